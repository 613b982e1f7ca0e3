import { describe, expect, it } from 'vitest';
import { ImportError } from '@/lib/import/errors';
import { parseOsis } from '@/lib/import/osis';
import { checkSize, MAX_IMPORT_BYTES, parseTranslationFile } from '@/lib/import/parse-file';
import { MOD2OSIS_MISSING, moduleOsis, osisBooks } from './module-export';
import { reasonText, refusalOf } from './reason';
import { allVersesOf, textsOf } from './convert';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A small hand-written OSIS document around `body`. */
const doc = (body: string) =>
  `<?xml version="1.0"?>\n<osis><osisText osisIDWork="Test" xml:lang="en"><header><work osisWork="Test">` +
  `<title>Test Bible</title><rights>CC0</rights></work></header>\n${body}\n</osisText></osis>`;

/** The error a parse throws, for assertions on its reason and line. */
function failure(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('parseOsis on hand-written files', () => {
  it('reads container and milestone verses, drops notes and headings, keeps psalm titles apart', () => {
    const parsed = parseOsis(
      doc(`<div type="book" osisID="Ps"><chapter osisID="Ps.3">
<title type="psalm" canonical="true">A Psalm of David.</title>
<verse osisID="Ps.3.1">Yahweh, how<note>a footnote</note> my adversaries<lb/>have increased!</verse>
<title>A heading</title>
<verse sID="v2" osisID="Ps.3.2"/>Many &amp; more<verse eID="v2"/>
</chapter></div>`),
    );
    expect(parsed.meta).toEqual({
      name: 'Test Bible',
      abbreviation: 'Test',
      language: 'en',
      copyright: 'CC0',
    });
    const psalms = parsed.books[0]!;
    expect(psalms.book).toBe('Ps');
    expect(psalms.titles).toEqual({ 3: 'A Psalm of David.' });
    expect(psalms.chapters[2]!.slice(0, 3)).toEqual([
      'Yahweh, how my adversaries have increased!',
      'Many & more',
      null,
    ]);
    expect(parsed.verses).toBe(2);
    // Every other slot of Psalms is absent; every other book is missing.
    expect(parsed.absent).toContain('Ps.3.3');
    expect(parsed.absent).toContain('Ps.150.6');
    expect(parsed.missingBooks).toHaveLength(65);
  });

  it('refuses a file whose root is not <osis>, naming the root', () => {
    const error = failure(() => parseOsis('<?xml version="1.0"?><bible><verse/></bible>'));
    expect(reasonText(error)).toMatch(/root element is <bible>/);
  });

  it('refuses a verse given twice, naming both lines', () => {
    const error = failure(() =>
      parseOsis(doc('<verse osisID="Gen.1.1">One</verse>\n\n<verse osisID="Gen.1.1">Again</verse>')),
    );
    expect(reasonText(error)).toBe('Gen.1.1 appears twice (first on line 3)');
    expect(error.line).toBe(5);
  });

  it('refuses an unknown book id, and keeps the deuterocanon apart', () => {
    expect(
      failure(() => parseOsis(doc('<verse osisID="Gen.1.1">a</verse>\n<verse osisID="Xyz.1.1">b</verse>'))),
    ).toMatchObject({ reason: 'importErrUnknownBookId', args: ['Xyz'], line: 4 });
    const parsed = parseOsis(doc('<verse osisID="Gen.1.1">a</verse><verse osisID="Tob.1.1">b</verse>'));
    expect(parsed.apart).toEqual([{ osis: 'Tob.1.1', text: 'b' }]);
  });

  it('refuses a file cut short, naming the element left open', () => {
    const error = failure(() =>
      parseOsis(doc('<verse osisID="Gen.1.1">a</verse>').slice(0, -'</osisText></osis>'.length)),
    );
    expect(reasonText(error)).toMatch(/cut short/);
    expect(reasonText(error)).toContain('<osisText>');
  });

  it('refuses a file with no verse of the 66 books', () => {
    expect(reasonText(failure(() => parseOsis(doc('<p>nothing</p>'))))).toMatch(/no verse of the 66 books/);
  });

  it('refuses a file larger than the limit before reading it', async () => {
    expect(reasonText(failure(() => checkSize(40 * 1024 * 1024)))).toBe(
      'the file is 40 MB; the largest accepted is 32 MB',
    );
    expect(
      reasonText(
        failure(() => checkSize(40.5 * 1024 * 1024)),
        'es',
      ),
    ).toBe('el archivo ocupa 40,5 MB; el máximo aceptado es 32 MB');
    // A 40 MB buffer that is not even XML is refused for its size, not its content.
    const big = new Uint8Array(40 * 1024 * 1024);
    await expect(parseTranslationFile(big)).rejects.toMatchObject({
      reason: 'importErrTooLarge',
      args: [40, 32],
    });
    expect(MAX_IMPORT_BYTES).toBeLessThan(big.byteLength);
  });

  it('tells the format from the root element', async () => {
    await expect(parseTranslationFile(utf8(doc('<verse osisID="Gen.1.1">a</verse>')))).resolves.toMatchObject(
      {
        format: 'osis',
        verses: 1,
      },
    );
    await expect(parseTranslationFile(utf8('<html><body/></html>'))).rejects.toMatchObject({
      reason: 'importErrUnknownRoot',
      args: ['html'],
    });
    await expect(parseTranslationFile(utf8('just text'))).rejects.toMatchObject({
      reason: 'importErrUnknownFormat',
    });
  });
});

// Each test exports a whole module with mod2osis first (cached after): seconds on a slow machine,
// past the default 5 s once (6.9 s for the KJV on a busy 2-core runner).
describe.skipIf(MOD2OSIS_MISSING)('parseOsis on a module exported by mod2osis', { timeout: 60_000 }, () => {
  if (MOD2OSIS_MISSING) it.skip(MOD2OSIS_MISSING, () => undefined);

  it('reads the whole KJV: 31,102 verses, the two NRSVA-only slots absent', () => {
    let last = 0;
    const parsed = parseOsis(moduleOsis('engKJV2006eb'), (share) => {
      expect(share).toBeGreaterThanOrEqual(last);
      last = share;
    });
    expect(last).toBe(1);
    expect(parsed.verses).toBe(31_102);
    expect(parsed.absent).toEqual(['3John.1.15', 'Rev.12.18']);
    expect(parsed.missingBooks).toEqual([]);
    expect(parsed.meta).toMatchObject({ name: 'King James Version', language: 'en' });
    const john = parsed.books.find((b) => b.book === 'John')!;
    expect(john.chapters[10]![34]).toBe('Jesus wept.');
    // SWORD's export leaves some tags out of order inside footnotes: read past and counted.
    expect(parsed.repairs.count).toBeGreaterThan(0);
    expect(parsed.repairs.first).toMatch(/^line \d+: /);
  });

  it('reads a few books of the Reina-Valera, its omitted slots absent', () => {
    const parsed = parseOsis(osisBooks(moduleOsis('spaRV1909eb'), ['Ruth', 'Jonah', 'Jude']));
    expect(parsed.books.map((b) => b.book)).toEqual(['Ruth', 'Jonah', 'Jude']);
    expect(parsed.meta.language).toBe('es');
    // The RV1909 numbers Jonah 1:17 as 2:1 (KJV versification has it at 1:17).
    expect(parsed.absent).toEqual(['Jonah.1.17']);
    expect(parsed.books[0]!.chapters[0]![15]).toMatch(/^Y Ruth respondió: No me ruegues/);
  });

  it('reads a truncated export as cut short, with the line', () => {
    const xml = osisBooks(moduleOsis('spaRV1909eb'), ['Ruth']);
    const error = failure(() => parseOsis(xml.slice(0, Math.floor(xml.length / 2))));
    expect(reasonText(error)).toMatch(/cut short/);
    expect(error.line).toBeGreaterThan(1);
  });
});

const HEADER = '<header><work osisWork="Test"><title>Test Bible</title><rights>CC0</rights></work></header>';
/** A small OSIS document around `body`. */
const markupDoc = (body: string, header = HEADER, text = '<osisText osisIDWork="Test" xml:lang="en">') =>
  `<?xml version="1.0"?>\n<osis>${text}${header}\n${body}\n</osisText></osis>`;

/** The verses with text (placed and apart) by OSIS id. */
const versesOf = (source: string) => allVersesOf(parseOsis(source));

const refusal = (source: string) => refusalOf(() => parseOsis(source));

describe('parseOsis, markup by markup', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      'container verses',
      '<verse osisID="Jude.1.1">alpha</verse><verse osisID="Jude.1.2">beta</verse>',
      { 'Jude.1.1': 'alpha', 'Jude.1.2': 'beta' },
    ],
    [
      'milestone verses',
      '<p><verse sID="a" osisID="Jude.1.1"/>alpha<verse eID="a"/><verse sID="b" osisID="Jude.1.2"/>beta<verse eID="b"/></p>',
      { 'Jude.1.1': 'alpha', 'Jude.1.2': 'beta' },
    ],
    [
      'milestones across paragraphs',
      '<p><verse sID="a" osisID="Jude.1.1"/>alpha</p><p>beta<verse eID="a"/></p>',
      { 'Jude.1.1': 'alpha beta' },
    ],
    [
      'a milestone verse ended by the next',
      '<verse sID="a" osisID="Jude.1.1"/>alpha<verse sID="b" osisID="Jude.1.2"/>beta<verse eID="b"/>',
      { 'Jude.1.1': 'alpha', 'Jude.1.2': 'beta' },
    ],
    [
      'a milestone verse ended by its chapter',
      '<chapter osisID="Jude.1"><verse sID="a" osisID="Jude.1.1"/>alpha</chapter>\nbetween',
      { 'Jude.1.1': 'alpha' },
    ],
    [
      'a milestone verse ended by a chapter milestone',
      '<chapter sID="c1" osisID="Jude.1"/><verse sID="a" osisID="Jude.1.1"/>alpha<chapter eID="c1"/>between',
      { 'Jude.1.1': 'alpha' },
    ],
    [
      'a milestone verse left open, ended by the next chapter starting (milestone)',
      '<verse sID="a" osisID="Jude.1.1"/>alpha<chapter sID="c2" osisID="Jude.2"/><p>between</p><verse osisID="Jude.2.1">beta</verse>',
      { 'Jude.1.1': 'alpha', 'Jude.2.1': 'beta' },
    ],
    [
      'a milestone verse left open, ended by the next chapter starting (container)',
      '<verse sID="a" osisID="Jude.1.1"/>alpha<chapter osisID="Jude.2"><p>between</p><verse osisID="Jude.2.1">beta</verse></chapter>',
      { 'Jude.1.1': 'alpha', 'Jude.2.1': 'beta' },
    ],
    [
      'a milestone verse ended by a bare empty chapter',
      '<verse sID="a" osisID="Jude.1.1"/>alpha<chapter/>between',
      { 'Jude.1.1': 'alpha' },
    ],
    [
      'a verse over a book end',
      '<div type="book" osisID="Jude"><verse sID="a" osisID="Jude.1.1"/>alpha</div>beta<verse eID="a"/>',
      { 'Jude.1.1': 'alpha beta' },
    ],
    [
      'joined verses',
      '<verse osisID="Jude.1.1 Jude.1.2">alpha</verse><verse osisID="Jude.1.3">beta</verse>',
      { 'Jude.1.1': 'alpha', 'Jude.1.3': 'beta' },
    ],
    ['a work prefix', '<verse osisID="Test:Jude.1.1">alpha</verse>', { 'Jude.1.1': 'alpha' }],
    [
      'a footnote',
      '<verse osisID="Jude.1.1">alpha<note type="study">a <hi>note</hi></note>beta</verse>',
      { 'Jude.1.1': 'alpha beta' },
    ],
    ['an empty note', '<verse osisID="Jude.1.1">alpha<note/>beta</verse>', { 'Jude.1.1': 'alpha beta' }],
    [
      'an empty element in a note',
      '<verse osisID="Jude.1.1">alpha<note><lb/>x</note>beta</verse><verse osisID="Jude.1.2">gamma</verse>',
      { 'Jude.1.1': 'alpha beta', 'Jude.1.2': 'gamma' },
    ],
    [
      'a heading inside a verse',
      '<verse osisID="Jude.1.1">alpha<title>A heading</title>beta</verse>',
      { 'Jude.1.1': 'alpha beta' },
    ],
    ['an empty title', '<verse osisID="Jude.1.1">alpha<title/>beta</verse>', { 'Jude.1.1': 'alphabeta' }],
    [
      'words marked up',
      '<verse osisID="Jude.1.1"><w lemma="strong:G1">al</w>pha <divineName>beta</divineName>’s</verse>',
      { 'Jude.1.1': 'alpha beta’s' },
    ],
    [
      'poetry lines',
      '<verse osisID="Jude.1.1"><lg><l>alpha</l><l>beta</l></lg></verse>',
      { 'Jude.1.1': 'alpha beta' },
    ],
    ['a line break', '<verse osisID="Jude.1.1">alpha<lb/>beta</verse>', { 'Jude.1.1': 'alpha beta' }],
    [
      'a division inside a verse',
      '<verse osisID="Jude.1.1">alpha<div type="x">beta</div>gamma</verse>',
      { 'Jude.1.1': 'alpha beta gamma' },
    ],
    ['text outside any verse', 'before<verse osisID="Jude.1.1">alpha</verse>after', { 'Jude.1.1': 'alpha' }],
    [
      'text between milestone verses left out',
      '<verse sID="a" osisID="Jude.1.1"/>alpha<verse eID="a"/> between <verse sID="b" osisID="Jude.1.2"/>beta<verse eID="b"/>',
      { 'Jude.1.1': 'alpha', 'Jude.1.2': 'beta' },
    ],
    [
      'a verse ended by a chapter end milestone naming the chapter',
      '<verse sID="a" osisID="Jude.1.1"/>alpha<chapter eID="c1" osisID="Jude.1"/>between',
      { 'Jude.1.1': 'alpha' },
    ],
    [
      'a note with markup and text after it',
      '<verse osisID="Jude.1.1">alpha<note>a <hi>b</hi> c</note>beta</verse>',
      { 'Jude.1.1': 'alpha beta' },
    ],
    [
      'an empty note before any verse',
      '<note/><verse osisID="Jude.1.1">alpha</verse>',
      { 'Jude.1.1': 'alpha' },
    ],
    [
      'markup inside a word',
      '<verse osisID="Jude.1.1">al<hi type="bold">ph</hi>a</verse>',
      { 'Jude.1.1': 'alpha' },
    ],
    ['a line, then text', '<verse osisID="Jude.1.1"><l>alpha</l>beta</verse>', { 'Jude.1.1': 'alpha beta' }],
    [
      'a verse with no id ending nothing',
      '<verse osisID="Jude.1.1">alpha</verse><verse/>',
      { 'Jude.1.1': 'alpha' },
    ],
  ])('reads %s', (_, body, verses) => {
    expect(versesOf(markupDoc(body))).toEqual(verses);
  });

  it.each<[string, string, Record<string, string>, Record<string, string>]>([
    [
      'before the first verse',
      '<chapter osisID="Ps.3"><title type="psalm" canonical="true">A psalm.</title><verse osisID="Ps.3.1">alpha</verse></chapter>',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'inside verse 1',
      '<chapter osisID="Ps.3"><verse osisID="Ps.3.1"><title canonical="true">A psalm.</title>alpha</verse></chapter>',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'inside verse 1 without a chapter element',
      '<verse osisID="Ps.3.1"><title canonical="true">A psalm.</title>alpha</verse>',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'with markup inside',
      '<chapter osisID="Ps.3"><title canonical="true">A <hi type="italic">psalm</hi>.</title><verse osisID="Ps.3.1">alpha</verse></chapter>',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'ending with a break',
      '<chapter osisID="Ps.3"><verse osisID="Ps.3.1">alpha<title canonical="true">A psalm.</title>beta</verse></chapter>',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha beta' },
    ],
    [
      'inside verse 11: dropped',
      '<chapter osisID="Ps.119"><verse osisID="Ps.119.11">alpha<title canonical="true">Not a title.</title></verse></chapter>',
      {},
      { 'Ps.119.11': 'alpha' },
    ],
    [
      'after verse 1: dropped',
      '<chapter osisID="Ps.3"><verse osisID="Ps.3.1">alpha</verse><title canonical="true">Not a title.</title><verse osisID="Ps.3.2">beta</verse></chapter>',
      {},
      { 'Ps.3.1': 'alpha', 'Ps.3.2': 'beta' },
    ],
    [
      'not canonical: dropped',
      '<chapter osisID="Ps.3"><title>A heading</title><verse osisID="Ps.3.1">alpha</verse></chapter>',
      {},
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'canonical="false": dropped',
      '<chapter osisID="Ps.3"><title canonical="false">A heading</title><verse osisID="Ps.3.1">alpha</verse></chapter>',
      {},
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'before any chapter: dropped',
      '<title canonical="true">A title.</title><verse osisID="Ps.3.1">alpha</verse>',
      {},
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'for a chapter milestone',
      '<chapter sID="c" osisID="Ps.4"/><title canonical="true">A psalm.</title><verse osisID="Ps.4.1">alpha</verse><chapter eID="c"/>',
      { 4: 'A psalm.' },
      { 'Ps.4.1': 'alpha' },
    ],
    [
      'after a verse left open in the chapter before',
      '<chapter sID="c3" osisID="Ps.3"/><verse sID="v" osisID="Ps.3.8"/>alpha<chapter sID="c4" osisID="Ps.4"/><title canonical="true">A psalm.</title><verse osisID="Ps.4.1">beta</verse>',
      { 4: 'A psalm.' },
      { 'Ps.3.8': 'alpha', 'Ps.4.1': 'beta' },
    ],
    [
      'of a chapter with a three-part id: dropped',
      '<chapter osisID="Ps.3.x"><title canonical="true">A psalm.</title><verse osisID="Ps.3.1">alpha</verse></chapter>',
      {},
      { 'Ps.3.1': 'alpha' },
    ],
  ])('keeps a canonical psalm title %s', (_, body, titles, verses) => {
    const parsed = parseOsis(markupDoc(body));
    expect(parsed.books[0]!.titles ?? {}).toEqual(titles);
    expect(Object.fromEntries(textsOf(parsed))).toEqual(verses);
  });

  it.each<[string, string, string, Record<string, string>]>([
    [
      'a work',
      HEADER,
      '<osisText osisIDWork="Test" xml:lang="en">',
      { name: 'Test Bible', abbreviation: 'Test', language: 'en', copyright: 'CC0' },
    ],
    [
      'two works, the first describing the translation',
      '<header><work osisWork="A"><title>\n Alpha\n Bible </title><rights>One</rights></work><work osisWork="B"><title>Beta</title><rights>Two</rights></work></header>',
      '<osisText osisIDWork="A" xml:lang="es">',
      { name: 'Alpha Bible', abbreviation: 'A', language: 'es', copyright: 'One' },
    ],
    [
      'a title outside a work',
      '<header><title>Not it</title><work osisWork="A"><title>Alpha</title></work></header>',
      '<osisText>',
      { name: 'Alpha', abbreviation: '', language: '', copyright: '' },
    ],
    [
      'a title marked up',
      '<header><work osisWork="A"><title>Alpha <hi>Bible</hi></title><description>x</description></work></header>',
      '<osisText>',
      { name: 'Alpha Bible', abbreviation: '', language: '', copyright: '' },
    ],
    [
      'rights marked up',
      '<header><work osisWork="A"><rights>Copyright <a href="x">Alpha</a> 2020</rights></work></header>',
      '<osisText>',
      { name: '', abbreviation: '', language: '', copyright: 'Copyright Alpha 2020' },
    ],
    ['no header', '', '<osisText>', { name: '', abbreviation: '', language: '', copyright: '' }],
    [
      'a work with empty elements',
      '<header><work osisWork="A"><type type="x-bible"/><refSystem>Bible</refSystem><title>Alpha</title></work></header>',
      '<osisText>',
      { name: 'Alpha', abbreviation: '', language: '', copyright: '' },
    ],
  ])('reads the header: %s', (_, header, text, meta) => {
    const parsed = parseOsis(markupDoc('<verse osisID="Jude.1.1">alpha</verse>', header, text));
    expect(parsed.meta).toEqual(meta);
    expect(Object.fromEntries(textsOf(parsed))).toEqual({ 'Jude.1.1': 'alpha' });
  });

  it('reads a file with no <osisText> or header as saying nothing of itself', () => {
    const parsed = parseOsis(
      '<osis><div type="book"><verse osisID="Jude.1.1">alpha</verse>after<verse osisID="Jude.1.2">beta</verse></div></osis>',
    );
    expect(parsed.meta).toEqual({ name: '', abbreviation: '', language: '', copyright: '' });
    expect(Object.fromEntries(textsOf(parsed))).toEqual({ 'Jude.1.1': 'alpha', 'Jude.1.2': 'beta' });
  });

  it('counts markup it read past, naming the first', () => {
    const parsed = parseOsis(
      markupDoc(
        '<verse osisID="Jude.1.1">alpha <hi>beta</verse>\n<verse osisID="Jude.1.2">gamma</q></verse>',
      ),
    );
    expect(Object.fromEntries(textsOf(parsed))).toEqual({ 'Jude.1.1': 'alpha beta', 'Jude.1.2': 'gamma' });
    expect(parsed.repairs).toEqual({ count: 2, first: 'line 3: <hi> left open inside <verse>' });
  });

  it('reports its progress from 0 to 1', () => {
    const shares: number[] = [];
    parseOsis(markupDoc('<verse osisID="Jude.1.1">alpha</verse>'), (share) => shares.push(share));
    expect(shares).toEqual([0, 1]);
  });

  it.each<[string, string, string]>([
    ['no root', '', 'line 1: this is not an OSIS file: its root element is <?>, not <osis>'],
    [
      'a verse with an empty id',
      markupDoc('\n<verse osisID=" ">alpha</verse>'),
      'line 4: a <verse> without an osisID',
    ],
    [
      'a milestone with no id',
      markupDoc('<verse osisID="Jude.1.1">alpha</verse>\n<verse sID="x"/>beta<verse eID="x"/>'),
      'line 4: a <verse> without an osisID',
    ],
    [
      'a verse id of two parts',
      markupDoc('<verse osisID="Jude.1.1">alpha</verse>\n<verse osisID="Jude.2">beta</verse>'),
      'line 4: "Jude.2" is not a verse reference',
    ],
    [
      'a second joined id of four parts',
      markupDoc('<verse osisID="Jude.1.1 Jude.1.2.3">alpha</verse>'),
      'line 3: "Jude.1.2.3" is not a verse reference',
    ],
    [
      'a verse number that is not a number',
      markupDoc('<verse osisID="Jude.1.x">alpha</verse>'),
      'line 3: "Jude.1.NaN" is not a verse reference',
    ],
  ])('refuses %s', (_, source, text) => {
    expect(refusal(source)).toBe(text);
  });
});
