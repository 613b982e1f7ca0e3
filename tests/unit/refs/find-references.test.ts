import { describe, expect, it } from 'vitest';
import { BOOKS, isSingleChapter } from '@/lib/bible/books';
import { isValidOsis } from '@/lib/bible/osis';
import { findReferences, formatReference, type FindOptions } from '@/lib/refs';
import cases from '../../fixtures/refs/cases.json';
import bookNames from '../../fixtures/refs/book-names.json';

interface Case {
  text: string;
  expect: [string, string][];
  options?: FindOptions;
}

const found = (text: string, options?: FindOptions) =>
  findReferences(text, options).map((m) => [m.text, m.osis]);

describe('findReferences: written forms', () => {
  it.each((cases as Case[]).map((c) => [c.text, c]))('%j', (_, c) => {
    expect(found(c.text, c.options)).toEqual(c.expect);
  });
});

describe('findReferences: every book by every common name', () => {
  const rows = Object.entries(bookNames as Record<string, string[]>).flatMap(([id, names]) =>
    names.map((name) => [name, id] as const),
  );

  it.each(rows)('%s 1:1 → %s', (name, id) => {
    const book = BOOKS.find((b) => b.id === id)!;
    expect(found(`see ${name} 1:1 here`)).toEqual([[`${name} 1:1`, `${id}.1.1`]]);
    // The last verse of the last chapter is found; one past it is not.
    const last = book.verses.length;
    const lastVerse = book.verses[last - 1]!;
    const ref = isSingleChapter(book) ? `${name} ${lastVerse}` : `${name} ${last}:${lastVerse}`;
    expect(found(ref)).toEqual([[ref, `${id}.${last}.${lastVerse}`]]);
  });

  it.each(rows)('%s past its end is not a reference', (name) => {
    const b = BOOKS.find((x) => (bookNames as Record<string, string[]>)[x.id]!.includes(name))!;
    const last = b.verses.length;
    expect(found(`${name} ${last + 1}:1`)).toEqual([]);
    expect(found(`${name} ${last}:${b.verses[last - 1]! + 1}`)).toEqual([]);
  });
});

describe('findReferences: contract', () => {
  const sample = (cases as Case[]).map((c) => c.text).join(' … ');

  it('gives offsets into the input and valid OSIS ids', () => {
    const matches = findReferences(sample);
    expect(matches.length).toBeGreaterThan(100);
    let last = 0;
    for (const m of matches) {
      expect(sample.slice(m.start, m.end)).toBe(m.text);
      expect(isValidOsis(m.osis)).toBe(true);
      expect(m.start).toBeGreaterThanOrEqual(last);
      last = m.end;
    }
  });

  it('finds every label formatReference writes, for a chapter of every book', () => {
    for (const book of BOOKS) {
      const middle = Math.ceil(book.verses.length / 2);
      const osis = isSingleChapter(book)
        ? `${book.id}.1.2-${book.id}.1.3`
        : `${book.id}.${middle}.2-${book.id}.${middle}.3`;
      const label = formatReference(osis);
      expect(found(`(${label})`), label).toEqual([[label, osis]]);
    }
  });

  it('is pure: the same input gives the same output', () => {
    expect(findReferences(sample)).toEqual(findReferences(sample));
  });

  it('returns nothing for text without digits', () => {
    expect(findReferences('Hebrews, John and Romans are books.')).toEqual([]);
  });
});
