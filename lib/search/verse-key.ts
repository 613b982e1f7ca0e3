/**
 * Compact verse ids for the word index: one integer per verse, `book * 65536 + chapter * 256
 * + verse`, so numeric order is canonical order (no chapter or verse reaches 256).
 */
import { BOOKS } from '../bible/books';

/** The key of a verse; `bookIndex` is the 0-based canonical index. */
export function verseKey(bookIndex: number, chapter: number, verse: number): number {
  return bookIndex * 65536 + chapter * 256 + verse;
}

/** The parts of a key. */
export function splitVerseKey(key: number): { bookIndex: number; chapter: number; verse: number } {
  return { bookIndex: Math.floor(key / 65536), chapter: Math.floor(key / 256) % 256, verse: key % 256 };
}

/** The OSIS id of a key, e.g. `Heb.7.25`. */
export function verseKeyToOsis(key: number): string {
  const { bookIndex, chapter, verse } = splitVerseKey(key);
  const book = BOOKS[bookIndex];
  if (!book) throw new Error(`No book at index ${bookIndex}`);
  return `${book.id}.${chapter}.${verse}`;
}
