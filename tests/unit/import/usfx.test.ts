import { describe, expect, it } from 'vitest';
import { parseUsfx } from '@/lib/import/usfx';
import { allVersesOf, textsOf } from './convert';
import { refusalOf } from './reason';

/** A USFX document of `books`, as eBible.org writes one. */
const doc = (books: string, head = '<languageCode>eng</languageCode>') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<usfx xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${head}\n${books}\n</usfx>`;
const jude = (body: string) => `<book id="JUD"><h>Jude</h><c id="1"/>${body}</book>`;

/** The verses with text (placed and apart) by OSIS id. */
const versesOf = (source: string) => allVersesOf(parseUsfx(source));

const refusal = (source: string) => refusalOf(() => parseUsfx(source));

describe('parseUsfx', () => {
  it.each<[string, string, Record<string, string>]>([
    [
      'milestone verses',
      '<p><v id="1"/>alpha beta<ve/><v id="2"/>gamma<ve/></p>',
      { 'Jude.1.1': 'alpha beta', 'Jude.1.2': 'gamma' },
    ],
    [
      'verses without <ve/>',
      '<p><v id="1"/>alpha</p><p><v id="2"/>beta</p>',
      { 'Jude.1.1': 'alpha', 'Jude.1.2': 'beta' },
    ],
    [
      'text after <ve/> left out',
      '<p><v id="1"/>alpha<ve/> between <v id="2"/>beta<ve/></p>',
      { 'Jude.1.1': 'alpha', 'Jude.1.2': 'beta' },
    ],
    [
      'a footnote',
      '<p><v id="1"/>alpha<f caller="+"><fr>1:1 </fr><ft>a <fq>note</fq></ft></f>beta<ve/></p>',
      { 'Jude.1.1': 'alpha beta' },
    ],
    [
      'an empty element inside a footnote',
      '<p><v id="1"/>alpha<f><ref tgt="x"/>note</f> beta<ve/><v id="2"/>gamma<ve/></p>',
      { 'Jude.1.1': 'alpha beta', 'Jude.1.2': 'gamma' },
    ],
    [
      'a cross reference and a heading',
      '<p><v id="1"/>alpha<x>Gen 1:1</x><ve/></p><s>A heading</s><p><v id="2"/>beta<ve/></p>',
      { 'Jude.1.1': 'alpha', 'Jude.1.2': 'beta' },
    ],
    ['an empty dropped element', '<p><v id="1"/>alpha<fig/>beta<ve/></p>', { 'Jude.1.1': 'alpha beta' }],
    [
      'character styles inside words',
      '<p><v id="1"/>al<nd>ph</nd>a <w s="G1">beta</w>’s<ve/></p>',
      { 'Jude.1.1': 'alpha beta’s' },
    ],
    [
      'poetry lines',
      '<q level="1"><v id="1"/>alpha</q><q level="2">beta</q><ve/>',
      { 'Jude.1.1': 'alpha beta' },
    ],
    ['a verse after a poetry line', '<p><v id="1"/><q>alpha</q>beta<ve/></p>', { 'Jude.1.1': 'alpha beta' }],
    ['a line break', '<p><v id="1"/>alpha<b/>beta<ve/></p>', { 'Jude.1.1': 'alpha beta' }],
    ['a verse ended by its book', '<p><v id="1"/>alpha</p>', { 'Jude.1.1': 'alpha' }],
    [
      'a bridge',
      '<p><v id="1-2"/>alpha<ve/><v id="3"/>beta<ve/></p>',
      { 'Jude.1.1': 'alpha', 'Jude.1.3': 'beta' },
    ],
    [
      'a second chapter, kept apart',
      '<p><v id="1"/>alpha<ve/></p><c id="2"/><p><v id="1"/>beta<ve/></p>',
      { 'Jude.1.1': 'alpha', 'Jude.2.1': 'beta' },
    ],
    [
      'a verse ended by the next chapter',
      '<p><v id="1"/>alpha<c id="2"/><v id="1"/>beta<ve/></p>',
      { 'Jude.1.1': 'alpha', 'Jude.2.1': 'beta' },
    ],
  ])('reads %s', (_, body, verses) => {
    expect(versesOf(doc(jude(body)))).toEqual(verses);
  });

  it('reads several books, each from its own first chapter, and the language', () => {
    const parsed = parseUsfx(
      doc(
        '<book id="3JN"><c id="1"/><v id="1"/>alpha<ve/></book>\nbetween\n<book id="JUD"><id id="JUD">x</id><c id="1"/><v id="1"/>beta</book>',
        '<languageCode>\n spa </languageCode>',
      ),
    );
    expect(Object.fromEntries(textsOf(parsed))).toEqual({ '3John.1.1': 'alpha', 'Jude.1.1': 'beta' });
    expect(parsed.meta).toEqual({ name: '', abbreviation: '', language: 'es', copyright: '' });
  });

  it('ends a verse left open with its book: text between books is no verse’s', () => {
    expect(
      versesOf(
        doc(
          '<book id="3JN"><c id="1"/><v id="1"/>alpha</book>between<book id="JUD"><c id="1"/><v id="1"/>beta</book>after',
        ),
      ),
    ).toEqual({ '3John.1.1': 'alpha', 'Jude.1.1': 'beta' });
  });

  it('reads a file with no language, or an empty one', () => {
    expect(parseUsfx(doc(jude('<v id="1"/>alpha'), '')).meta.language).toBe('');
    const parsed = parseUsfx(doc(jude('<v id="1"/>alpha'), '<languageCode/>'));
    expect(parsed.meta.language).toBe('');
    expect(Object.fromEntries(textsOf(parsed))).toEqual({ 'Jude.1.1': 'alpha' });
  });

  it('skips front matter, glossaries and anything outside a book', () => {
    expect(
      versesOf(
        doc(
          '<p>Before any book <v id="9"/></p><book id="FRT"><p>Front <v id="1"/>matter</p><c id="1"/><v id="1"/>loose text<ve/></book>' +
            jude('<v id="1"/>alpha<ve/>') +
            '<book id="GLO"><p><c id="1"/><v id="1"/>glossary</p></book>',
        ),
      ),
    ).toEqual({ 'Jude.1.1': 'alpha' });
  });

  it.each<[string, string, Record<string, string>, Record<string, string>]>([
    [
      'before the first verse',
      '<c id="3"/><d>A psalm.</d><q><v id="1"/>alpha<ve/></q>',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'in verse 1',
      '<c id="3"/><v id="1"/><d>A <f>x</f>psalm.</d><q>alpha</q><ve/>',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'with a character style',
      '<c id="3"/><d>A <nd>psalm</nd>.</d><v id="1"/>alpha<ve/>',
      { 3: 'A psalm.' },
      { 'Ps.3.1': 'alpha' },
    ],
    [
      'after verse 2: dropped',
      '<c id="3"/><v id="1"/>alpha<ve/><v id="2"/>beta<d>Not a title.</d>gamma<ve/>',
      {},
      { 'Ps.3.1': 'alpha', 'Ps.3.2': 'beta gamma' },
    ],
    ['empty', '<c id="3"/><d/><v id="1"/>alpha<ve/>', {}, { 'Ps.3.1': 'alpha' }],
    [
      'after verse 2 has ended: dropped',
      '<c id="3"/><v id="1"/>alpha<ve/><v id="2"/>beta<ve/><d>Not a title.</d>',
      {},
      { 'Ps.3.1': 'alpha', 'Ps.3.2': 'beta' },
    ],
  ])('keeps a psalm title (<d>) %s', (_, body, titles, verses) => {
    const parsed = parseUsfx(doc(`<book id="PSA">${body}</book>`));
    expect(parsed.books[0]!.titles ?? {}).toEqual(titles);
    expect(Object.fromEntries(textsOf(parsed))).toEqual(verses);
  });

  it('reports its progress from 0 to 1', () => {
    const shares: number[] = [];
    parseUsfx(doc(jude('<v id="1"/>alpha')), (share) => shares.push(share));
    expect(shares).toEqual([0, 1]);
  });

  it.each<[string, string, string]>([
    [
      'another root',
      '<?xml version="1.0"?>\n<usfm><book id="JUD"/></usfm>',
      'line 1: this is not a USFX file: its root element is <usfm>, not <usfx>',
    ],
    ['no root', 'alpha', 'line 1: this is not a USFX file: its root element is <?>, not <usfx>'],
    ['an unknown book', doc('<book id="XYZ"><c id="1"/></book>'), 'line 3: unknown book id "XYZ"'],
    ['a book with no id', doc('\n<book><c id="1"/></book>'), 'line 4: unknown book id ""'],
    ['a chapter that is not a number', doc(jude('<c id="x"/>')), 'line 3: chapter "x" is not a number'],
    ['a chapter with no number', doc(jude('<c/>')), 'line 3: chapter "" is not a number'],
    ['chapter 0', doc(jude('<c id="0"/>')), 'line 3: chapter "0" is not a number'],
    ['chapter 1.5', doc(jude('<c id="1.5"/>')), 'line 3: chapter "1.5" is not a number'],
    [
      'a verse before any chapter',
      doc('<book id="JUD">\n<p><v id="1"/>alpha</p></book>'),
      'line 4: verse 1 comes before any chapter',
    ],
    [
      'a verse with no number before any chapter',
      doc('<book id="JUD"><v/></book>'),
      'line 3: verse  comes before any chapter',
    ],
    [
      'a verse of a chapter of the book before',
      doc('<book id="3JN"><c id="1"/><v id="1"/>alpha</book>\n<book id="JUD"><v id="1"/>beta</book>'),
      'line 4: verse 1 comes before any chapter',
    ],
    ['a verse that is not a number', doc(jude('\n<v id="x"/>')), 'line 4: verse "x" is not a number'],
    ['a verse with no number', doc(jude('<v/>')), 'line 3: verse "" is not a number'],
    [
      'a verse twice',
      doc(jude('<v id="1"/>alpha<ve/>\n<v id="1"/>beta<ve/>')),
      'line 4: Jude.1.1 appears twice (first on line 3)',
    ],
    ['no verse', doc(jude('<p>alpha</p>')), 'no verse of the 66 books of the Bible was found in it'],
    [
      'a file cut short',
      doc(jude('<v id="1"/>alpha')).slice(0, -8),
      'line 2: the file ends before <usfx> is closed: it looks cut short',
    ],
  ])('refuses %s', (_, source, text) => {
    expect(refusal(source)).toBe(text);
  });
});
