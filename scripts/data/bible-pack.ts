/** Builds one translation's book packs and versification table from a mod2imp export. */
import { BOOKS, type Book, type BookId } from '../../lib/bible/books';
import type { BookPack, VersificationPack } from '../../lib/bible/packs';
import type { TranslationId } from '../../lib/bible/translations';
import type { ImpEntry } from './sword';
import { osisToText } from './osis-to-text';

const BY_SWORD_NAME = new Map<string, Book>(BOOKS.map((book) => [book.swordName, book]));
const VERSE_KEY = /^(.+) (\d+):(\d+)$/;

/** Both outputs of one translation. */
export interface BiblePacks {
  books: BookPack[];
  versification: VersificationPack;
}

/**
 * Converts every canonical verse slot of the export. Books outside the 66 (the WEB's
 * deuterocanon) are skipped; a slot with no text is kept as null and listed as omitted,
 * never filled in.
 */
export function buildBiblePacks(
  entries: ImpEntry[],
  translation: TranslationId,
  version: string,
): BiblePacks {
  const chapters = new Map<BookId, (string | null)[][]>();
  const titles = new Map<BookId, Record<string, string>>();
  const omitted: string[] = [];
  for (const { key, body } of entries) {
    const m = VERSE_KEY.exec(key);
    if (!m) continue;
    const book = BY_SWORD_NAME.get(m[1]!);
    const chapter = Number(m[2]);
    const verse = Number(m[3]);
    if (!book || chapter === 0 || verse === 0) continue;
    const { text, title } = osisToText(body);
    const bookChapters = chapters.get(book.id) ?? [];
    chapters.set(book.id, bookChapters);
    const verses = (bookChapters[chapter - 1] ??= []);
    if (verses.length !== verse - 1) {
      throw new Error(`${translation}: ${key} is out of order (expected verse ${verses.length + 1})`);
    }
    verses.push(text || null);
    if (!text) omitted.push(`${book.id}.${chapter}.${verse}`);
    if (title) {
      const bookTitles = titles.get(book.id) ?? {};
      bookTitles[chapter] = title;
      titles.set(book.id, bookTitles);
    }
  }
  const books: BookPack[] = [];
  const counts = {} as Record<BookId, number[]>;
  for (const book of BOOKS) {
    const bookChapters = chapters.get(book.id);
    if (!bookChapters || bookChapters.some((c) => !c))
      throw new Error(`${translation}: ${book.name} is missing`);
    counts[book.id] = bookChapters.map((c) => c.length);
    const pack: BookPack = { translation, book: book.id, version, chapters: bookChapters };
    const bookTitles = titles.get(book.id);
    if (bookTitles) pack.titles = bookTitles;
    books.push(pack);
  }
  return { books, versification: { translation, version, books: counts, omitted } };
}
