import { describe, expect, it } from 'vitest';
import { parseZefania } from '@/lib/import/zefania';
import { allVersesOf, textsOf } from './convert';
import { refusalOf } from './reason';

/** A Zefania document of `books`. */
const doc = (books: string, head = '<XMLBIBLE biblename="Test Bible">') =>
  `<?xml version="1.0" encoding="utf-8"?>\n${head}\n${books}\n</XMLBIBLE>`;
const jude = (verses: string) =>
  `<BIBLEBOOK bnumber="65" bname="Jude"><CHAPTER cnumber="1">${verses}</CHAPTER></BIBLEBOOK>`;

/** The verses with text (placed and apart) by OSIS id. */
const versesOf = (source: string) => allVersesOf(parseZefania(source));

const refusal = (source: string) => refusalOf(() => parseZefania(source));

describe('parseZefania', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      'verses',
      '<VERS vnumber="1">alpha beta</VERS><VERS vnumber="2">gamma</VERS>',
      { 'Jude.1.1': 'alpha beta', 'Jude.1.2': 'gamma' },
    ],
    [
      'a note',
      '<VERS vnumber="1">alpha<NOTE type="x-studynote">a <STYLE>note</STYLE></NOTE>beta</VERS>',
      { 'Jude.1.1': 'alpha beta' },
    ],
    [
      'a cross reference after a comma',
      '<VERS vnumber="1">alpha,<XREF fscope="Gen 1:1"/>beta</VERS>',
      { 'Jude.1.1': 'alpha, beta' },
    ],
    [
      'a note with an empty element in it',
      '<VERS vnumber="1">alpha<NOTE><BR/>x</NOTE>beta</VERS><VERS vnumber="2">gamma</VERS>',
      { 'Jude.1.1': 'alpha beta', 'Jude.1.2': 'gamma' },
    ],
    [
      'a note with markup inside, and text after it',
      '<VERS vnumber="1">alpha<NOTE>a <STYLE>b</STYLE> c <NOTE>d</NOTE> e</NOTE>beta</VERS>',
      { 'Jude.1.1': 'alpha beta' },
    ],
    [
      'a line break between verses',
      '<VERS vnumber="1">alpha</VERS><BR/><VERS vnumber="2">beta</VERS>',
      { 'Jude.1.1': 'alpha', 'Jude.1.2': 'beta' },
    ],
    ['a line break', '<VERS vnumber="1">alpha<BR art="x-nl"/>beta</VERS>', { 'Jude.1.1': 'alpha beta' }],
    [
      'styles and Strong’s numbers inside words',
      '<VERS vnumber="1">al<STYLE fs="bold">ph</STYLE>a <gr str="1">beta</gr>’s</VERS>',
      { 'Jude.1.1': 'alpha beta’s' },
    ],
    [
      'an empty verse, left absent',
      '<VERS vnumber="1">alpha</VERS><VERS vnumber="2"/><VERS vnumber="3">beta</VERS>',
      { 'Jude.1.1': 'alpha', 'Jude.1.3': 'beta' },
    ],
    [
      'verse 0, kept apart',
      '<VERS vnumber="0">alpha</VERS><VERS vnumber="1">beta</VERS>',
      { 'Jude.1.0': 'alpha', 'Jude.1.1': 'beta' },
    ],
    [
      'a caption after verse 1: dropped',
      '<VERS vnumber="1">alpha</VERS><CAPTION>A heading</CAPTION><VERS vnumber="2">beta</VERS>',
      { 'Jude.1.1': 'alpha', 'Jude.1.2': 'beta' },
    ],
    [
      'a caption inside a verse: dropped',
      '<VERS vnumber="1">alpha<CAPTION>A heading</CAPTION>beta</VERS>',
      { 'Jude.1.1': 'alpha beta' },
    ],
  ])('reads %s', (_, verses, expected) => {
    expect(versesOf(doc(jude(verses)))).toEqual(expected);
  });

  it('leaves an empty verse absent, and refuses it given twice', () => {
    const parsed = parseZefania(doc(jude('<VERS vnumber="1">alpha</VERS><VERS vnumber="2"/>')));
    expect(parsed.absent.slice(0, 2)).toEqual(['Jude.1.2', 'Jude.1.3']);
    expect(
      refusal(doc(jude('<VERS vnumber="1">alpha</VERS>\n<VERS vnumber="2"/>\n<VERS vnumber="2"/>'))),
    ).toBe('line 5: Jude.1.2 appears twice (first on line 4)');
  });

  it.each<[string, string, Record<string, string>]>([
    [
      'a title and the rest',
      '<XMLBIBLE biblename="Name"><INFORMATION><title> Alpha\n  Bible </title><identifier>AB</identifier><language>SPA</language><rights>Public\ndomain.</rights><creator>x</creator></INFORMATION>',
      { name: 'Alpha Bible', abbreviation: 'AB', language: 'es', copyright: 'Public domain.' },
    ],
    [
      'only the bible’s name',
      '<XMLBIBLE biblename="Name">',
      { name: 'Name', abbreviation: '', language: '', copyright: '' },
    ],
    ['no name', '<XMLBIBLE>', { name: '', abbreviation: '', language: '', copyright: '' }],
    [
      'an empty information',
      '<XMLBIBLE biblename="Name"><INFORMATION/>',
      { name: 'Name', abbreviation: '', language: '', copyright: '' },
    ],
    [
      'a language written out',
      '<XMLBIBLE><INFORMATION><language>English</language><description>x</description></INFORMATION>',
      { name: '', abbreviation: '', language: '', copyright: '' },
    ],
    [
      'a language tag',
      '<XMLBIBLE><INFORMATION><format>Zefania XML</format><language>de-CH</language></INFORMATION>',
      { name: '', abbreviation: '', language: 'de-CH', copyright: '' },
    ],
  ])('reads the description: %s', (_, head, meta) => {
    const parsed = parseZefania(doc(jude('<VERS vnumber="1">alpha</VERS>'), head));
    expect(parsed.meta).toEqual(meta);
    expect(Object.fromEntries(textsOf(parsed))).toEqual({ 'Jude.1.1': 'alpha' });
  });

  it.each<[string, string, Record<string, string>, Record<string, string>]>([
    [
      'before the first verse',
      '<CAPTION vref="1">A psalm.</CAPTION><VERS vnumber="1">alpha</VERS>',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'with a note',
      '<CAPTION>A <NOTE>x</NOTE>psalm.</CAPTION><VERS vnumber="1">alpha</VERS>',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    ['empty', '<CAPTION/><VERS vnumber="1">alpha</VERS>', {}, { 'Ps.3.1': 'alpha' }],
    [
      'with a style',
      '<CAPTION>A <STYLE fs="italic">psalm</STYLE>.</CAPTION><VERS vnumber="1">alpha</VERS>',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'after an empty verse: dropped',
      '<VERS vnumber="1"/><CAPTION>Not a title.</CAPTION><VERS vnumber="2">alpha</VERS>',
      {},
      { 'Ps.3.2': 'alpha' },
    ],
  ])('keeps a psalm title (<CAPTION>) %s', (_, verses, titles, expected) => {
    const parsed = parseZefania(
      doc(`<BIBLEBOOK bnumber="19"><CHAPTER cnumber="3">${verses}</CHAPTER></BIBLEBOOK>`),
    );
    expect(parsed.books[0]!.titles ?? {}).toEqual(titles);
    expect(Object.fromEntries(textsOf(parsed))).toEqual(expected);
  });

  it('reads each chapter’s caption before its own first verse', () => {
    const parsed = parseZefania(
      doc(
        '<BIBLEBOOK bnumber="19"><CHAPTER cnumber="3"><VERS vnumber="1">alpha</VERS></CHAPTER>' +
          '<CHAPTER cnumber="4"><CAPTION>A psalm.</CAPTION><VERS vnumber="1">beta</VERS></CHAPTER></BIBLEBOOK>',
      ),
    );
    expect(parsed.books[0]!.titles).toEqual({ 4: 'A psalm.' });
  });

  it('reads the books past the 66 apart', () => {
    expect(
      versesOf(
        doc(
          jude('<VERS vnumber="1">alpha</VERS>') +
            '<BIBLEBOOK bnumber="67"><CHAPTER cnumber="1"><VERS vnumber="1">beta</VERS></CHAPTER></BIBLEBOOK>',
        ),
      ),
    ).toEqual({
      'Jude.1.1': 'alpha',
      'Jdt.1.1': 'beta',
    });
  });

  it('reports its progress from 0 to 1', () => {
    const shares: number[] = [];
    parseZefania(doc(jude('<VERS vnumber="1">alpha</VERS>')), (share) => shares.push(share));
    expect(shares).toEqual([0, 1]);
  });

  it.each<[string, string, string]>([
    [
      'another root',
      '<?xml version="1.0"?>\n<BIBLE><BIBLEBOOK/></BIBLE>',
      'line 1: this is not a Zefania file: its root element is <BIBLE>, not <XMLBIBLE>',
    ],
    ['no root', '', 'line 1: this is not a Zefania file: its root element is <?>, not <XMLBIBLE>'],
    ['an unknown book number', doc('<BIBLEBOOK bnumber="999"/>'), 'line 3: unknown book number "999"'],
    ['book number 0', doc('<BIBLEBOOK bnumber="0"/>'), 'line 3: unknown book number "0"'],
    ['no book number', doc('\n<BIBLEBOOK bname="Jude"/>'), 'line 4: unknown book number ""'],
    [
      'a chapter outside a book',
      doc('<CHAPTER cnumber="1"/>'),
      'line 3: a <CHAPTER> outside any <BIBLEBOOK>',
    ],
    [
      'a chapter that is not a number',
      doc('<BIBLEBOOK bnumber="65">\n<CHAPTER cnumber="x"/></BIBLEBOOK>'),
      'line 4: chapter "x" is not a number',
    ],
    [
      'chapter 0',
      doc('<BIBLEBOOK bnumber="65"><CHAPTER cnumber="0"/></BIBLEBOOK>'),
      'line 3: chapter "0" is not a number',
    ],
    [
      'a chapter with no number',
      doc('<BIBLEBOOK bnumber="65"><CHAPTER/></BIBLEBOOK>'),
      'line 3: chapter "" is not a number',
    ],
    [
      'a verse outside a book',
      doc('<VERS vnumber="1">alpha</VERS>'),
      'line 3: a <VERS> outside any <CHAPTER>',
    ],
    [
      'a verse outside a chapter',
      doc('<BIBLEBOOK bnumber="65">\n<VERS vnumber="1">alpha</VERS></BIBLEBOOK>'),
      'line 4: a <VERS> outside any <CHAPTER>',
    ],
    [
      'a verse before any chapter of the next book',
      doc(
        '<BIBLEBOOK bnumber="64"><CHAPTER cnumber="1"><VERS vnumber="1">alpha</VERS></CHAPTER></BIBLEBOOK>\n' +
          '<BIBLEBOOK bnumber="65">\n<VERS vnumber="2">beta</VERS></BIBLEBOOK>',
      ),
      'line 5: a <VERS> outside any <CHAPTER>',
    ],
    [
      'a verse that is not a number',
      doc(jude('<VERS vnumber="1">alpha</VERS>\n<VERS vnumber="x">beta</VERS>')),
      'line 4: verse "x" is not a number',
    ],
    ['a negative verse', doc(jude('<VERS vnumber="-1">alpha</VERS>')), 'line 3: verse "-1" is not a number'],
    ['verse 1.5', doc(jude('<VERS vnumber="1.5">alpha</VERS>')), 'line 3: verse "1.5" is not a number'],
    ['a verse with no number', doc(jude('<VERS>alpha</VERS>')), 'line 3: verse "" is not a number'],
    [
      'a verse twice',
      doc(jude('<VERS vnumber="1">alpha</VERS>\n<VERS vnumber="1">beta</VERS>')),
      'line 4: Jude.1.1 appears twice (first on line 3)',
    ],
    [
      'no verse',
      doc(jude('<CAPTION>alpha</CAPTION>')),
      'no verse of the 66 books of the Bible was found in it',
    ],
  ])('refuses %s', (_, source, text) => {
    expect(refusal(source)).toBe(text);
  });
});
