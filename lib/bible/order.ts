/**
 * Bible order as one number: a verse's place in the whole canon (Genesis 1:1 is 1, and the
 * versification table's last verse of Revelation is 31,104). Sorting, widths of passages
 * and pages of long passages all count with it, so they agree on what "before" and "how
 * many verses" mean.
 */
import { BOOKS } from './books';
import type { VersePosition } from './osis';

/** Where each chapter starts in the count, built once. */
const CHAPTER_START: number[][] = (() => {
  let n = 0;
  return BOOKS.map((book) =>
    book.verses.map((count) => {
      const start = n;
      n += count;
      return start;
    }),
  );
})();

/** Every verse slot of the canon, by the versification table. */
export const CANON_VERSES = BOOKS.reduce((sum, book) => sum + book.verses.reduce((a, c) => a + c, 0), 0);

/** A verse's place in the canon (1-based). */
export function canonOrder(v: VersePosition): number {
  return CHAPTER_START[v.book.index]![v.chapter - 1]! + v.verse;
}

/** The verse at a place in the canon (the inverse of canonOrder). */
export function atCanonOrder(n: number): VersePosition {
  if (!Number.isInteger(n) || n < 1 || n > CANON_VERSES) throw new RangeError(`No verse ${n} in the canon`);
  // Binary search over books, then chapters: pages of long passages call this once per page.
  let lo = 0;
  let hi = BOOKS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (CHAPTER_START[mid]![0]! < n) lo = mid;
    else hi = mid - 1;
  }
  const book = BOOKS[lo]!;
  const starts = CHAPTER_START[lo]!;
  let c = starts.length - 1;
  while (starts[c]! >= n) c--;
  return { book, chapter: c + 1, verse: n - starts[c]! };
}
