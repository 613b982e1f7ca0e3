import { describe, expect, it } from 'vitest';
import { parseUsfm } from '@/lib/import/usfm';
import { textsOf } from './convert';
import { refusalOf } from './reason';

/** The verses with text of one USFM book file, by OSIS id. */
const versesOf = (text: string) => Object.fromEntries(textsOf(parseUsfm([{ name: 'a.usfm', text }])));

/** What a reader is told of refused USFM files. */
const refusal = (...texts: string[]) =>
  refusalOf(() => parseUsfm(texts.map((text, i) => ({ name: `${i + 1}.usfm`, text }))));

const JUDE = '\\id JUD\n\\c 1\n';

describe('parseUsfm', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      'plain verses',
      '\\p\n\\v 1 alpha beta\n\\v 2 gamma\n',
      { 'Jude.1.1': 'alpha beta', 'Jude.1.2': 'gamma' },
    ],
    ['a footnote, dropped', '\\v 1 alpha\\f + \\fr 1:1 \\ft a note\\f*beta\n', { 'Jude.1.1': 'alpha beta' }],
    ['a footnote after a comma', '\\v 1 alpha,\\f + \\ft a note\\f* beta\n', { 'Jude.1.1': 'alpha, beta' }],
    ['a cross reference', '\\v 1 alpha\\x - \\xo 1:1 \\xt Gen 1:1\\x* beta\n', { 'Jude.1.1': 'alpha beta' }],
    [
      'an endnote and a figure',
      '\\v 1 alpha \\fe + \\ft x\\fe*beta \\fig a|src="a.jpg"\\fig* gamma\n',
      { 'Jude.1.1': 'alpha beta gamma' },
    ],
    ['a published verse number', '\\v 1 \\vp 1a\\vp* alpha\n', { 'Jude.1.1': 'alpha' }],
    ['a word with attributes', '\\v 1 \\w alpha|strong="G0001"\\w* beta\n', { 'Jude.1.1': 'alpha beta' }],
    [
      'a nested word with attributes',
      '\\v 1 \\wj \\+w alpha|strong="G1"\\+w* beta\\wj* gamma\n',
      { 'Jude.1.1': 'alpha beta gamma' },
    ],
    [
      'attributes over a line end',
      '\\v 1 \\w alpha|lemma="a"\nstrong="G1"\\w* beta\n',
      { 'Jude.1.1': 'alpha beta' },
    ],
    ['a bar outside a word', '\\v 1 alpha | beta\n', { 'Jude.1.1': 'alpha | beta' }],
    [
      'a bar after a word closed',
      '\\v 1 \\w alpha|x="1"\\w* beta | gamma\n',
      { 'Jude.1.1': 'alpha beta | gamma' },
    ],
    [
      'a stray closing marker',
      '\\v 1 \\nd*alpha \\w beta|x="1"\\w* gamma\n',
      { 'Jude.1.1': 'alpha beta gamma' },
    ],
    [
      'a closing marker that is not a character style',
      '\\v 1 alpha\\q1* beta | gamma\n',
      { 'Jude.1.1': 'alpha beta | gamma' },
    ],
    [
      'a character style inside a word',
      '\\v 1 the \\nd Lord\\nd*’s alpha\n',
      { 'Jude.1.1': 'the Lord’s alpha' },
    ],
    [
      'poetry lines',
      '\\q1\n\\v 1 alpha\n\\q2 beta\n\\q1 gamma\n\\v 2 delta\n',
      { 'Jude.1.1': 'alpha beta gamma', 'Jude.1.2': 'delta' },
    ],
    [
      'markup without a space after it',
      '\\v 1 alpha\\q2\tbeta\\m\r\ngamma\\b\r\\v 2 delta\\pi',
      { 'Jude.1.1': 'alpha beta gamma', 'Jude.1.2': 'delta' },
    ],
    [
      'a heading between verses',
      '\\v 1 alpha\n\\s1 A heading\n\\v 2 beta\n',
      { 'Jude.1.1': 'alpha', 'Jude.1.2': 'beta' },
    ],
    ['a heading inside a verse', '\\v 1 alpha\n\\s1 A heading\nbeta\n', { 'Jude.1.1': 'alpha beta' }],
    ['a heading at the end', '\\v 1 alpha\n\\r (Gen 1:1)', { 'Jude.1.1': 'alpha' }],
    ['a bridge', '\\v 1-2 alpha\n\\v 3 beta\n', { 'Jude.1.1': 'alpha', 'Jude.1.3': 'beta' }],
    ['a verse with a letter', '\\v 3a alpha\n', { 'Jude.1.3': 'alpha' }],
    [
      'a verse number glued to its text',
      '\\v 1\nalpha\n\\v 2\\nd beta\\nd*\n',
      { 'Jude.1.1': 'alpha', 'Jude.1.2': 'beta' },
    ],
    ['two chapters', '\\v 1 alpha\n\\c 2\n\\v 1 beta\n', { 'Jude.1.1': 'alpha', 'Jude.2.1': 'beta' }],
  ])('reads %s', (_, body, verses) => {
    // Jude has one chapter: a second one is kept apart, not among the verses.
    const parsed = parseUsfm([{ name: 'a.usfm', text: JUDE + body }]);
    const placed = Object.fromEntries(textsOf(parsed));
    const apart = Object.fromEntries(parsed.apart.map((v) => [v.osis, v.text]));
    expect({ ...placed, ...apart }).toEqual(verses);
  });

  // USFM 3 milestones carry attributes up to `\\*`: who speaks a quotation, or (unfoldingWord's
  // aligned texts) the original word each word translates. None of it is verse text.
  it.each<[string, string, string]>([
    [
      'a quotation',
      '\\v 1 \\qt-s |sid="qt_1" who="Pilate"\\*alpha\\qt-e |eid="qt_1"\\* beta\n',
      'alpha beta',
    ],
    ['a quotation, default attribute', '\\v 1 \\qt1-s |Pilate\\*alpha\\qt1-e\\* beta\n', 'alpha beta'],
    [
      'aligned words',
      '\\v 1 \\zaln-s |x-strong="G1" x-lemma="a"\\*\\w alpha|x-occurrence="1"\\w*\\zaln-e\\*\n' +
        '\\zaln-s |x-strong="G2"\\*\\w beta|x-occurrence="1"\\w*\\zaln-e\\*,\n',
      'alpha beta,',
    ],
    ['a milestone with no attributes', '\\v 1 alpha \\ts-s\\*beta\\ts-e\\*\n', 'alpha beta'],
    [
      'a milestone never closed, read on',
      '\\v 1 alpha \\qt-s |who="P" \\nd beta\\nd* gamma\\qt-e\\* delta\n',
      'alpha |who="P" beta gamma delta',
    ],
    ['a milestone at the very end', '\\v 1 alpha\\ts-s', 'alpha'],
    ['a marker with -e inside its name, not a milestone', '\\v 1 alpha \\z-ex beta\\*', 'alpha beta'],
  ])('drops the attributes of a milestone: %s', (_, body, text) => {
    expect(versesOf(JUDE + body)).toEqual({ 'Jude.1.1': text });
  });

  it.each<[string, string, string]>([
    ['a space', '\\v 1 al\\nd pha\\nd* beta', 'alpha beta'],
    ['a tab', '\\v 1 al\\nd\tpha\\nd* beta', 'alpha beta'],
    ['a line end', '\\v 1 al\\nd\npha\\nd* beta', 'alpha beta'],
    ['a Windows line end', '\\v 1 al\\nd\r\npha\\nd* beta', 'alpha beta'],
    ['an old Mac line end', '\\v 1 al\\nd\rpha\\nd* beta', 'alpha beta'],
    ['another marker', '\\p\\v 1 \\nd\\add alpha\\add*\\nd* beta', 'alpha beta'],
  ])('takes one space after a marker as part of it: %s', (_, body, text) => {
    expect(versesOf(JUDE + body)).toEqual({ 'Jude.1.1': text });
  });

  it.each<[string, string, string]>([
    ['with a, z and digits', '\\v 1 alpha \\zaz09 beta', 'alpha beta'],
    ['in capitals', '\\v 1 alpha \\AZ beta', 'alpha beta'],
    ['with a hyphen', '\\v 1 alpha \\x-my beta', 'alpha beta'],
    ['a quotation mark right after it', '\\v 1 alpha\\q2“beta”', 'alpha “beta”'],
    ['a lone backslash', '\\v 1 alpha \\ beta', 'alpha beta'],
  ])('reads an unknown marker’s name whole, as a break: %s', (_, body, text) => {
    expect(versesOf(JUDE + body)).toEqual({ 'Jude.1.1': text });
  });

  it.each<[string, string, string]>([
    ['after a nested style', '\\v 1 \\w \\+nd Lord\\+nd*|strong="H3068"\\w* alpha', 'Lord alpha'],
    ['after a style closed, a bar is text', '\\v 1 \\nd alpha\\nd* beta | gamma', 'alpha beta | gamma'],
    [
      'after a heading line, inside a style',
      '\\v 1 alpha\n\\s1 Heading\nbeta \\nd gamma\\nd* delta\n',
      'alpha beta gamma delta',
    ],
  ])('keeps a word’s text and drops its attributes: %s', (_, body, text) => {
    expect(versesOf(JUDE + body)).toEqual({ 'Jude.1.1': text });
  });

  it('skips introductions, titles and metadata before the first chapter', () => {
    expect(
      versesOf(
        '\\id JUD Test export\n\\usfm 3.0\n\\ide UTF-8\n\\h Jude\n\\toc1 Jude\n\\mt1 Jude\n' +
          '\\imt Introduction\n\\ip An introduction \\f + \\ft with a note\\f* to skip.\n\\c 1\n\\v 1 alpha\n',
      ),
    ).toEqual({ 'Jude.1.1': 'alpha' });
  });

  it('reads several books in one file, each verse in its own book', () => {
    expect(
      versesOf(
        '\\id JUD\n\\c 1\n\\v 1 alpha\n\\id 3JN Third John\n\\c 1\n\\v 1 beta\n' +
          '\\id PSA\n\\c 3\n\\d A psalm.\n\\id 2JN\n\\c 1\n\\v 1 gamma',
      ),
    ).toEqual({ 'Jude.1.1': 'alpha', '3John.1.1': 'beta', '2John.1.1': 'gamma' });
  });

  it('refuses a verse before the first chapter of the next book in one file', () => {
    expect(refusal('\\id JUD\n\\c 1\n\\v 1 alpha\n\\id 3JN\n\\v 1 beta\n')).toBe(
      '1.usfm, line 5: verse 1 comes before any chapter',
    );
  });

  it('reads a lower-case book code', () => {
    expect(versesOf('\\id jud\n\\c 1\n\\v 1 alpha\n')).toEqual({ 'Jude.1.1': 'alpha' });
  });

  it.each<[string, string, Record<string, string>, Record<string, string>]>([
    [
      'before the first verse',
      '\\c 3\n\\d A psalm.\n\\v 1 alpha\n',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    ['inside verse 1', '\\c 3\n\\v 1 \\d A psalm.\n\\p alpha\n', { 3: 'A psalm.' }, { 'Ps.3.1': 'alpha' }],
    [
      'before a bridge from verse 1',
      '\\c 3\n\\v 1-2 \\d A psalm.\n\\q alpha\n',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'with a note',
      '\\c 3\n\\d A \\f + \\ft x\\f*psalm.\n\\v 1 alpha\n',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    ['ended by the next verse', '\\c 3\n\\d A psalm.\\v 1 alpha\n', { 3: 'A psalm.' }, { 'Ps.3.1': 'alpha' }],
    [
      'at the end of the file',
      '\\c 3\n\\v 1 alpha\n\\c 4\n\\d A psalm.',
      { 4: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'after verse 2: dropped',
      '\\c 3\n\\v 1 alpha\n\\v 2 beta\n\\d Not a title.\n',
      {},
      { 'Ps.3.1': 'alpha', 'Ps.3.2': 'beta' },
    ],
    [
      'after verse 2, text after it kept',
      '\\c 3\n\\v 2 beta\n\\d Not a title.\ngamma\n',
      {},
      { 'Ps.3.2': 'beta gamma' },
    ],
  ])('keeps a psalm title (\\d) %s', (_, body, titles, verses) => {
    const parsed = parseUsfm([{ name: 'a.usfm', text: `\\id PSA\n${body}` }]);
    expect(parsed.books[0]!.titles ?? {}).toEqual(titles);
    expect(Object.fromEntries(textsOf(parsed))).toEqual(verses);
  });

  it('drops a \\d before any chapter', () => {
    const parsed = parseUsfm([{ name: 'a.usfm', text: '\\id PSA\n\\d Not a title.\n\\c 3\n\\v 1 alpha\n' }]);
    expect(parsed.books[0]!.titles).toBeUndefined();
    expect(Object.fromEntries(textsOf(parsed))).toEqual({ 'Ps.3.1': 'alpha' });
  });

  it('skips front matter and glossaries, even with verses, and reads the books beside them', () => {
    const parsed = parseUsfm([
      { name: '00FRT.usfm', text: '\\id FRT\n\\mt Front\n\\c 1\n\\v 1 not a verse\n' },
      { name: '65JUD.usfm', text: `${JUDE}\\v 1 alpha\n` },
      { name: '99GLO.usfm', text: '\\id GLO\n\\p glossary\n\\c 1\n\\v 1 not a verse\n' },
      { name: '98GLO.usfm', text: '\\id GLO\n\\p another\n' },
    ]);
    expect(Object.fromEntries(textsOf(parsed))).toEqual({ 'Jude.1.1': 'alpha' });
    expect(parsed.apart).toEqual([]);
    expect(parsed.meta).toEqual({ name: '', abbreviation: '', language: '', copyright: '' });
  });

  it('reports its progress by files read', () => {
    const shares: number[] = [];
    parseUsfm(
      [
        { name: 'a.usfm', text: '\\id 3JN\n\\c 1\n\\v 1 alpha\n' },
        { name: 'b.usfm', text: '\\id 2JN\n\\c 1\n\\v 1 alpha\n' },
        { name: 'c.usfm', text: `${JUDE}\\v 1 alpha\n` },
        { name: 'd.usfm', text: '\\id FRT' },
      ],
      (share) => shares.push(share),
    );
    expect(shares).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it.each<[string, string[], string]>([
    ['an unknown book', ['\\id XYZ\n\\c 1\n'], '1.usfm, line 1: unknown book id "XYZ"'],
    ['no book code', ['\n\\id \n\\c 1\n'], '1.usfm, line 2: unknown book id ""'],
    ['a chapter before \\id', ['\\rem x\n\\c 1\n\\id JUD\n'], "1.usfm, line 1: \\rem before the book's \\id"],
    ['a chapter that is not a number', [`\\id JUD\n\\c x\n`], '1.usfm, line 2: chapter "x" is not a number'],
    ['chapter 0', [`\\id JUD\n\\c 0\n`], '1.usfm, line 2: chapter "0" is not a number'],
    [
      'a verse before any chapter',
      ['\\id JUD\n\\p\n\\v 1 alpha\n'],
      '1.usfm, line 3: verse 1 comes before any chapter',
    ],
    [
      'a verse that is not a number',
      [`${JUDE}\\v 1 alpha\n\n\\v x beta\n`],
      '1.usfm, line 5: verse "x" is not a number',
    ],
    ['a verse with no number', [`${JUDE}\\v 1 alpha\n\\v\n`], '1.usfm, line 4: verse "" is not a number'],
    [
      'a footnote never closed',
      [`${JUDE}\\v 1 alpha\\f + \\ft a note\n\n`],
      '1.usfm, line 5: a \\f is never closed: the file looks cut short',
    ],
    [
      'a cross reference never closed',
      [`${JUDE}\\v 1 alpha\\x - \\xt b\\f*`],
      '1.usfm, line 3: a \\x is never closed: the file looks cut short',
    ],
    [
      'a verse twice',
      [`${JUDE}\\v 1 alpha\n\\v 2 beta\n\\v 1 gamma\n`],
      '1.usfm, line 5: Jude.1.1 appears twice (first on line 3)',
    ],
    [
      'a bridge over a verse given',
      [`${JUDE}\\v 2 alpha\n\\v 1-3 beta\n`],
      '1.usfm, line 4: Jude.1.2 appears twice (first on line 3)',
    ],
    [
      'a book in two files',
      [`${JUDE}\\v 1 alpha\n`, '\\id FRT\n', `${JUDE}\\v 2 beta\n`],
      '3.usfm: Jude is also in 1.usfm',
    ],
    [
      'a book twice in one file',
      [`${JUDE}\\v 1 alpha\n\\id JUD\n\\c 1\n\\v 1 beta\n`],
      '1.usfm, line 6: Jude.1.1 appears twice (first on line 3)',
    ],
    ['no verse at all', [`${JUDE}\\p\n`], 'no verse of the 66 books of the Bible was found in it'],
  ])('refuses %s', (_, texts, text) => {
    expect(refusal(...texts)).toBe(text);
  });
});
