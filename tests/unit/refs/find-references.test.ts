import { describe, expect, it } from 'vitest';
import { BOOKS, getBook } from '@/lib/bible/books';
import { findReferences, type FindOptions } from '@/lib/refs';
import bookNamesEs from '../../fixtures/refs/book-names-es.json';
import bookNames from '../../fixtures/refs/book-names.json';
import { CASES } from '../../fixtures/refs/cases';

const found = (text: string, options?: FindOptions) =>
  findReferences(text, options).map((m) =>
    m.translation === undefined ? [m.text, m.osis] : [m.text, m.osis, m.translation],
  );

describe.each(Object.entries(CASES))('findReferences: %s', (_, rows) => {
  it.each(rows.map((c) => [c.text, c]))('%j', (_, c) => {
    expect(found(c.text, c.options)).toEqual(c.expect);
  });
});

describe.each([
  ['English', bookNames],
  ['Spanish', bookNamesEs],
])('findReferences: every book by its common %s names', (_, table) => {
  const rows = Object.entries(table as Record<string, string[]>).flatMap(([id, names]) =>
    names.map((name) => [name, id] as const),
  );

  it.each(rows)('%s → %s, from its first verse to its last', (name, id) => {
    const book = getBook(id)!;
    const last = book.verses.length;
    const lastVerse = book.verses[last - 1]!;
    expect(found(`see ${name} 1:1 here`)).toEqual([[`${name} 1:1`, `${id}.1.1`]]);
    expect(found(`${name} ${last}:${lastVerse}`)).toEqual([
      [`${name} ${last}:${lastVerse}`, `${id}.${last}.${lastVerse}`],
    ]);
    // One past the last chapter, and one past the last verse, are not references at all.
    expect(found(`${name} ${last + 1}:1`)).toEqual([]);
    expect(found(`${name} ${last}:${lastVerse + 1}`)).toEqual([]);
  });

  it('covers all 66 books', () => {
    expect(Object.keys(table).sort()).toEqual(BOOKS.map((b) => b.id).sort());
  });
});

describe('findReferences: options', () => {
  it('reads names in any case only when asked', () => {
    expect(found('pray with mark 4:15 and 1 jn 2')).toEqual([]);
    expect(found('pray with mark 4:15 and 1 jn 2', { caseInsensitive: true })).toEqual([
      ['mark 4:15', 'Mark.4.15'],
      ['1 jn 2', '1John.2'],
    ]);
  });

  it('finds bare chapters by default and not when chapterOnly is off', () => {
    const text = 'Psalm 23, John 17:1 and Matt 5–7';
    expect(found(text).map(([, osis]) => osis)).toEqual(['Ps.23', 'John.17.1', 'Matt.5-Matt.7']);
    expect(found(text, { chapterOnly: false })).toEqual([['John 17:1', 'John.17.1']]);
  });

  it('treats missing options as the defaults', () => {
    const text = 'Psalm 23 and heb 7:25';
    expect(findReferences(text, {})).toEqual(findReferences(text));
    expect(findReferences(text, { caseInsensitive: undefined })).toEqual(findReferences(text));
  });
});

describe('findReferences: a year after Reina-Valera, and only after it', () => {
  it.each([
    ['Ps 23 RV 1909 dice', [['Ps 23 RV 1909', 'Ps.23', 'RV1909']]],
    ['Juan 3:16 RVR 1960.', [['Juan 3:16 RVR 1960', 'John.3.16', 'RVR1960']]],
    // Another year is not part of the code; nor is a year after another code, or after a hyphen.
    ['Ps 23 RV 1910 y', [['Ps 23 RV', 'Ps.23', 'RV']]],
    ['John 3:16 KJV 1909 edition', [['John 3:16 KJV', 'John.3.16', 'KJV']]],
    ['Ps 23 RV-1909', [['Ps 23', 'Ps.23']]],
    ['Ps 23 RV 19090', [['Ps 23 RV', 'Ps.23', 'RV']]],
  ])('%j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findReferences: the abbreviations of imported translations', () => {
  const codes = new Set(['LSG', 'NBLA-2005', 'Élb', 'RVR60']);
  it.each([
    ['Jn 3:16 (LSG)', [['Jn 3:16 (LSG)', 'John.3.16', 'LSG']], [['Jn 3:16', 'John.3.16']]],
    ['John 3:16 (LSG) says', [['John 3:16 (LSG)', 'John.3.16', 'LSG']], [['John 3:16', 'John.3.16']]],
    ['John 3:16 LSG.', [['John 3:16 LSG', 'John.3.16', 'LSG']], [['John 3:16', 'John.3.16']]],
    [
      'Rom 8:28 NBLA-2005 reads',
      [['Rom 8:28 NBLA-2005', 'Rom.8.28', 'NBLA-2005']],
      [['Rom 8:28', 'Rom.8.28']],
    ],
    ['Rom 8:28 [Élb]', [['Rom 8:28 [Élb]', 'Rom.8.28', 'Élb']], [['Rom 8:28', 'Rom.8.28']]],
    // Read exactly as imported: another case, a longer word or an unclosed bracket is not the code.
    ['John 3:16 lsg', [['John 3:16', 'John.3.16']], [['John 3:16', 'John.3.16']]],
    ['John 3:16 LSGX', [['John 3:16', 'John.3.16']], [['John 3:16', 'John.3.16']]],
    ['John 3:16 LSG-only', [['John 3:16', 'John.3.16']], [['John 3:16', 'John.3.16']]],
    ['John 3:16 (LSG', [['John 3:16', 'John.3.16']], [['John 3:16', 'John.3.16']]],
    ['John 3:16 (NBLA)', [['John 3:16', 'John.3.16']], [['John 3:16', 'John.3.16']]],
    // An abbreviation that is also a common code keeps its written form.
    [
      'Juan 3:16 RVR60',
      [['Juan 3:16 RVR60', 'John.3.16', 'RVR60']],
      [['Juan 3:16 RVR60', 'John.3.16', 'RVR1960']],
    ],
    // The common codes are read as before beside them.
    ['John 3:16 KJV', [['John 3:16 KJV', 'John.3.16', 'KJV']], [['John 3:16 KJV', 'John.3.16', 'KJV']]],
  ])('%j', (text, withCodes, without) => {
    expect(found(text, { translationCodes: codes })).toEqual(withCodes);
    expect(found(text)).toEqual(without);
  });
});
