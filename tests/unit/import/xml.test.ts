import { describe, expect, it } from 'vitest';
import { ImportError } from '@/lib/import/errors';
import { readXml, rootName, type Attributes } from '@/lib/import/xml';
import { reasonText } from './reason';

type Event = ['open', string, Attributes, boolean, number] | ['close', string] | ['text', string];

/**
 * What a parser is told of `source`, in order: elements with their attributes and line, and the
 * text between them (adjacent pieces joined, as a parser reads them).
 */
function eventsOf(source: string, repairs?: string[]): Event[] {
  const events: Event[] = [];
  readXml(source, {
    open: (name, attributes, empty, line) => events.push(['open', name, attributes, empty, line()]),
    close: (name) => events.push(['close', name]),
    text: (value) => {
      const last = events.at(-1);
      if (last?.[0] === 'text') last[1] += value;
      else if (value) events.push(['text', value]);
    },
    ...(repairs && { repair: (detail: string, line: number) => repairs.push(`line ${line}: ${detail}`) }),
  });
  return events;
}

/** The error reading `source` throws: its reason as the reader reads it, and its line. */
function refusal(source: string, repair = false): { text: string; line: number | undefined } {
  try {
    readXml(source, {
      open: () => undefined,
      close: () => undefined,
      text: () => undefined,
      ...(repair && { repair: () => undefined }),
    });
  } catch (error) {
    if (error instanceof ImportError) return { text: reasonText(error), line: error.line };
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('readXml', () => {
  it('reports elements with their attributes and lines, and the text between them', () => {
    const source =
      '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE bible>\n<!-- a <comment> -->\n' +
      '<bible lang="en">\n  <verse\tn="1"\r\nid = \'a\' >alpha<lb/>beta</verse>\n' +
      '<!--\n\n-->\n<verse n="2"/>\n</bible>\n';
    expect(eventsOf(source)).toEqual([
      ['open', 'bible', { lang: 'en' }, false, 4],
      ['text', '\n  '],
      ['open', 'verse', { n: '1', id: 'a' }, false, 5],
      ['text', 'alpha'],
      ['open', 'lb', {}, true, 6],
      ['text', 'beta'],
      ['close', 'verse'],
      ['text', '\n\n'],
      ['open', 'verse', { n: '2' }, true, 10],
      ['text', '\n'],
      ['close', 'bible'],
    ]);
  });

  it.each([
    ['&amp; &lt; &gt; &quot; &apos;', '& < > " \''],
    ['&#65;&#x42;&#X43;', 'ABC'],
    ['&#x1F600;', '😀'],
    ['&#1114111;', '\u{10FFFF}'],
    ['&#0000000065;', 'A'],
    ['a &amp;&amp; b', 'a && b'],
    ['<![CDATA[x < y & z]]>', 'x < y & z'],
    ['<![CDATA[]]>', ''],
    [']]><![CDATA[x]]>', ']]>x'],
    ['a<!--> b -->c', 'ac'],
    ['a<?pi x > y?>b', 'a y?>b'],
  ])('decodes %j as %j', (inner, text) => {
    const events = eventsOf(`<a>${inner}</a>`);
    expect(events.filter((e) => e[0] === 'text')).toEqual(text ? [['text', text]] : []);
  });

  it('decodes references in attributes, and keeps the other quote inside a value', () => {
    expect(eventsOf(`<a x="1 &amp; 2" y='say "hi"' z="it's" w=""/>`)).toEqual([
      ['open', 'a', { x: '1 & 2', y: 'say "hi"', z: "it's", w: '' }, true, 1],
    ]);
  });

  it.each([
    ['a space', ' '],
    ['a tab', '\t'],
    ['a line end', '\n'],
    ['a carriage return', '\r'],
  ])('separates a name and its attributes with %s', (_, space) => {
    expect(eventsOf(`\n<a${space}x="1"${space}y='2'${space}/>`)).toEqual([
      ['open', 'a', { x: '1', y: '2' }, true, 2],
    ]);
  });

  it('leaves text and CDATA outside the root element out', () => {
    expect(eventsOf('<![CDATA[x]]>\n<a/>\n<!-- end -->\n')).toEqual([['open', 'a', {}, true, 2]]);
  });

  it('names an end tag with spaces as its element', () => {
    expect(eventsOf('<a></a >')).toEqual([
      ['open', 'a', {}, false, 1],
      ['close', 'a'],
    ]);
  });

  it.each([
    ['<a>&nbsp;</a>', 'unknown character reference "&nbsp;"', 1],
    ['<a>a & b</a>', 'unknown character reference "&"', 1],
    ['<a>a &amp b</a>', 'unknown character reference "&amp"', 1],
    // The reference alone, not the text after it.
    ['<a>&nbsp; and more text after it</a>', 'unknown character reference "&nbsp;"', 1],
    ['<a>&copy<b/>and more</a>', 'unknown character reference "&copy"', 1],
    ['<a>&abcdefghijklmnopq rest</a>', 'unknown character reference "&abcdefghijk…"', 1],
    ['<a>&abcdefghijk; rest</a>', 'unknown character reference "&abcdefghijk;"', 1],
    ['<a>a long run of text &nbsp;glued</a>', 'unknown character reference "&nbsp;"', 1],
    ['<a>&abcdefghijk rest</a>', 'unknown character reference "&abcdefghijk"', 1],
    ['<a>&ampx</a>', 'unknown character reference "&ampx"', 1],
    ['\n<a>\n&bad;</a>', 'unknown character reference "&bad;"', 3],
    ['<a>&#0;</a>', 'unknown character reference "&#0;"', 1],
    ['<a>&#x110000;</a>', 'unknown character reference "&#x110000;"', 1],
    ['<a>&#1.5;</a>', 'unknown character reference "&#1.5;"', 1],
    ['<a>&#xZZ;</a>', 'unknown character reference "&#xZZ;"', 1],
    ['<a>&#00000000065;</a>', 'unknown character reference "&#0000000006…"', 1],
    ['<a>&averyveryverylongname;</a>', 'unknown character reference "&averyveryve…"', 1],
    ['<a>\n<b x="&bad;"/></a>', 'unknown character reference "&bad;"', 2],
    ['<a>\n<b x/></a>', 'a malformed attribute in <b>', 2],
    ['<a>\n<b x=1/></a>', 'an unquoted attribute "x" in <b>', 2],
    ['<a>\n<b x="1/></a>', 'an unclosed attribute "x" in <b>', 2],
    ['<a>\n<b x = 1/></a>', 'an unquoted attribute "x" in <b>', 2],
    ['<a>\n< b/></a>', 'a malformed attribute in <>', 2],
    ['<a>\n<></a>', 'a tag with no name', 2],
    ['<a>\n</>', '</> closes <a> (opened on line 1)', 2],
    ['x<a/>', 'text outside the root element', 1],
    ['<a/>\n\nx', 'text outside the root element', 1],
    ['<a>\n<!-- x', 'the file ends inside a comment: it looks cut short', 2],
    ['<a>\n<![CDATA[ x', 'the file ends inside a CDATA section: it looks cut short', 2],
    ['<a>\n<?pi x', 'the file ends inside a declaration: it looks cut short', 2],
    ['<a>\n<!DOCTYPE', 'the file ends inside a declaration: it looks cut short', 2],
    ['<a>\n<b x="1"', 'the file ends inside a tag: it looks cut short', 2],
    ['<a>\n<b>\n\n</a>', '</a> closes <b> (opened on line 2)', 4],
    ['<a/>\n</b>', '</b> closes nothing', 2],
    ['<a/>\n<b/>', 'a second root element <b>', 2],
    ['<a>\n<b>x</b>\n<c>', 'the file ends before <c> is closed: it looks cut short', 3],
    ['<a>\n<b>x</b>', 'the file ends before <a> is closed: it looks cut short', 1],
    ['', 'no XML element: this is not an XML file', 1],
    ['<?xml version="1.0"?>\n<!-- only a comment -->\n', 'no XML element: this is not an XML file', 1],
  ])('refuses %j: %s, line %i', (source, text, line) => {
    expect(refusal(source)).toEqual({ text, line });
  });

  it.each([
    ['<a>alpha\nbeta\n\ngamma &bad;</a>', 4],
    ['<a>\n<b>alpha\n&amp;&bad;</b></a>', 3],
    ['<a>\n<b x="alpha\nbeta &bad;"/></a>', 3],
    ['<a>\n<b\nx="alpha"\n\ny="&bad;"/></a>', 5],
  ])('names the line of an unknown reference, not where its text or tag starts: %j', (source, line) => {
    expect(refusal(source)).toEqual({ text: 'unknown character reference "&bad;"', line });
  });

  it('repairs end tags out of order when asked, reporting each', () => {
    const repairs: string[] = [];
    const events = eventsOf('<a>\n<b><c>x</a>\n', repairs);
    expect(events).toEqual([
      ['open', 'a', {}, false, 1],
      ['text', '\n'],
      ['open', 'b', {}, false, 2],
      ['open', 'c', {}, false, 2],
      ['text', 'x'],
      ['close', 'c'],
      ['close', 'b'],
      ['close', 'a'],
    ]);
    expect(repairs).toEqual(['line 2: <c> left open inside <a>']);
  });

  it('drops a stray end tag when repairing, and still refuses a file cut short', () => {
    const repairs: string[] = [];
    expect(eventsOf('<a>x\n</b>y</a>', repairs)).toEqual([
      ['open', 'a', {}, false, 1],
      ['text', 'x\ny'],
      ['close', 'a'],
    ]);
    expect(repairs).toEqual(['line 2: a stray </b>']);
    expect(refusal('<a>\n<b>', true)).toEqual({
      text: 'the file ends before <b> is closed: it looks cut short',
      line: 2,
    });
    expect(refusal('<a/>\n<b/>', true)).toEqual({ text: 'a second root element <b>', line: 2 });
  });

  it('reports its progress about every 256 KB, from 0 to 1', () => {
    const source = `<a>${'<b>alpha</b>\n'.repeat(50_000)}</a>`;
    const shares: number[] = [];
    readXml(source, { open: () => undefined, close: () => undefined, text: () => undefined }, (share) =>
      shares.push(share),
    );
    expect(shares[0]).toBe(0);
    expect(shares.at(-1)).toBe(1);
    // 650 KB: 0, then after each 256 KB read, then the end.
    expect(shares).toHaveLength(4);
    expect(shares[1]).toBeGreaterThan(0.4);
    expect(shares[1]).toBeLessThan(0.41);
    expect([...shares].sort((x, y) => x - y)).toEqual(shares);
  });
});

describe('rootName', () => {
  it.each([
    ['<osis>', 'osis'],
    ['<osis/>', 'osis'],
    ['<osis xmlns="http://www.bibletechnologies.net/2003/OSIS/namespace">', 'osis'],
    ['<usfx\txmlns:xsi="x">', 'usfx'],
    ['<XMLBIBLE\n biblename="x">', 'XMLBIBLE'],
    ['<osis', 'osis'],
    ['\uFEFF<?xml version="1.0"?>\n<!DOCTYPE osis>\n<!-- <bible> -->\n<osis>', 'osis'],
    ['<!----><usfx>', 'usfx'],
    ['<!--<a--><osis>', 'osis'],
    ['', undefined],
    ['just text', undefined],
    ['<!-- <osis> never closed', undefined],
  ])('of %j is %j', (source, name) => {
    expect(rootName(source)).toBe(name);
  });
});
