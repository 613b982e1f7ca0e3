/**
 * Maps an imported file's verses onto Intercede's versification (lib/bible/books.ts): each of
 * the 66 books gets every chapter and verse slot our table has, filled with the file's text or
 * left empty (absent); verses outside the table (another versification's extra verses, the
 * deuterocanon) are kept apart, never moved onto a neighbour. Every format's parser feeds one.
 */
import { BOOKS, getBook, type BookId } from '../bible/books';
import { ImportError } from './errors';

/** What the reader says of the translation (prefilled from the file, editable before storing). */
export interface ImportMeta {
  name: string;
  abbreviation: string;
  /** BCP 47, e.g. `en`; empty when the file does not say. */
  language: string;
  /** The copyright or licence line the card shows under the text. */
  copyright: string;
}

/** One book mapped onto our versification, in the shape of a bundled pack (lib/bible/packs.ts). */
export interface ImportedBook {
  book: BookId;
  /** chapters[c - 1][v - 1] is the text of c:v; null where the file has no text for it. */
  chapters: (string | null)[][];
  /** Canonical chapter titles (psalm superscriptions) by chapter number. */
  titles?: Record<string, string>;
}

/** A verse of the file with no place in our versification, stored but not shown in cards. */
export interface ApartVerse {
  osis: string;
  text: string;
}

/** A parsed and mapped file, ready to be stored. */
export interface ParsedBible {
  meta: ImportMeta;
  /** The books of the 66 the file has, in canonical order. */
  books: ImportedBook[];
  /** Verses outside our versification, in file order. */
  apart: ApartVerse[];
  /** OSIS ids of the verse slots of `books` the file leaves empty. */
  absent: string[];
  /** Books of the 66 the file does not have at all. */
  missingBooks: BookId[];
  /** Verses with text placed in `books`. */
  verses: number;
  /** Markup faults read past (tags out of order), with where the first one is. */
  repairs: { count: number; first?: string };
}

/**
 * OSIS ids of books outside the 66 that translations carry (the deuterocanon and others). Their
 * verses are kept apart; any other id is an error.
 */
const OTHER_BOOKS = new Set(
  (
    'Tob Jdt EsthGr AddEsth Wis Sir SirP Bar EpJer PrAzar Sus Bel AddDan DanGr 1Macc 2Macc 3Macc ' +
    '4Macc 1Esd 2Esd 3Esd 4Esd 5Ezra 6Ezra PrMan AddPs Ps151 Odes PssSol EpLao 1En Jub 4Ezra'
  ).split(' '),
);

/** Collects verses from a parser and maps them on our versification. */
export class VerseCollector {
  private books = new Map<BookId, ImportedBook>();
  private seen = new Map<string, number>();
  private apart: ApartVerse[] = [];
  private count = 0;
  private repairs: ParsedBible['repairs'] = { count: 0 };

  /** A markup fault the reader read past. */
  repaired(where: string): void {
    this.repairs.count++;
    this.repairs.first ??= where;
  }

  /**
   * One verse. An empty text leaves the slot absent.
   * @throws ImportError for an unknown book id, a chapter or verse that is not a positive
   *   number, or a verse given twice.
   */
  verse(bookId: string, chapter: number, verse: number, text: string, line?: number): void {
    const osis = `${bookId}.${chapter}.${verse}`;
    if (!Number.isInteger(chapter) || !Number.isInteger(verse) || chapter < 0 || verse < 0) {
      throw new ImportError('importErrNotVerseRef', [osis], line);
    }
    const first = this.seen.get(osis);
    if (first !== undefined) {
      throw first > 0
        ? new ImportError('importErrVerseTwiceFirst', [osis, first], line)
        : new ImportError('importErrVerseTwice', [osis], line);
    }
    this.seen.set(osis, line ?? 0);
    const book = getBook(bookId);
    if (!book) {
      if (!OTHER_BOOKS.has(bookId)) throw new ImportError('importErrUnknownBookId', [bookId], line);
      if (text) this.apart.push({ osis, text });
      return;
    }
    const slots = book.verses[chapter - 1];
    if (slots === undefined || verse < 1 || verse > slots) {
      if (text) this.apart.push({ osis, text });
      return;
    }
    if (!text) return;
    const row = this.bookRow(book.id);
    row.chapters[chapter - 1]![verse - 1] = text;
    this.count++;
  }

  /** A canonical chapter title (a psalm superscription); ignored outside our versification. */
  title(bookId: string, chapter: number, text: string): void {
    const book = getBook(bookId);
    if (!book || !text || chapter < 1 || chapter > book.verses.length) return;
    const row = this.bookRow(book.id);
    (row.titles ??= {})[chapter] = text;
  }

  /**
   * The mapped translation.
   * @throws ImportError when no verse of the 66 books was found.
   */
  result(meta: ImportMeta): ParsedBible {
    if (this.count === 0) {
      throw new ImportError('importErrNoVerse');
    }
    const books: ImportedBook[] = [];
    const absent: string[] = [];
    const missingBooks: BookId[] = [];
    for (const book of BOOKS) {
      const row = this.books.get(book.id);
      if (!row || row.chapters.every((c) => c.every((v) => v === null))) {
        missingBooks.push(book.id);
        continue;
      }
      row.chapters.forEach((verses, c) =>
        verses.forEach((text, v) => {
          if (text === null) absent.push(`${book.id}.${c + 1}.${v + 1}`);
        }),
      );
      books.push(row);
    }
    return {
      meta,
      books,
      apart: this.apart,
      absent,
      missingBooks,
      verses: this.count,
      repairs: this.repairs,
    };
  }

  private bookRow(id: BookId): ImportedBook {
    let row = this.books.get(id);
    if (!row) {
      const book = getBook(id)!;
      row = { book: id, chapters: book.verses.map((n) => new Array<string | null>(n).fill(null)) };
      this.books.set(id, row);
    }
    return row;
  }
}

/**
 * The verse numbers of a USFM/USFX verse id: `3` is [3], a bridge `3-5` is [3, 4, 5] (its text
 * goes to the first, the others are left absent); `3a` reads as 3. Undefined when not a number.
 */
export function verseNumbers(id: string): number[] | undefined {
  const [first = '', last = first, more] = id.split('-');
  const from = parseInt(first, 10);
  const to = parseInt(last, 10);
  if (
    more !== undefined ||
    !Number.isInteger(from) ||
    !Number.isInteger(to) ||
    from < 0 ||
    to < from ||
    to - from > 50
  ) {
    return undefined;
  }
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
