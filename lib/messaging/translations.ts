/**
 * Translations the reader brings (#12 §5): the list every extension page offers, and the
 * import, sent by the options page book by book (a whole Bible in one message would hold the
 * page's thread while it is copied) and stored by the background at the end.
 */
import { BOOKS, getBook } from '../bible/books';
import {
  BUNDLED_ABOUT,
  isAbbreviation,
  isBundledTranslation,
  type ImportedTranslationId,
  type TranslationAbout,
} from '../bible/translations';
import type { ApartVerse, ImportedBook, ImportMeta } from '../import/collect';
import { BadRequestError } from '../errors';
import {
  expectInteger,
  expectKeys,
  expectObject,
  expectString,
  expectTranslation,
  type Fields,
} from './fields';

/** An installed translation as the options page lists it; the counts only for imported ones. */
export interface InstalledTranslation extends TranslationAbout {
  format?: string;
  verses?: number;
  absent?: number;
  missingBooks?: number;
  apart?: number;
  repairs?: number;
  importedAt?: number;
}

/** The import formats the background accepts the name of. */
const FORMATS = ['osis', 'usfx', 'zefania', 'usfm'];

/** The longest verse text accepted (Esther 8:9, the longest, is under 600 characters in English). */
const MAX_VERSE = 20_000;
/** Most verses kept apart in one import (the WEB's deuterocanon is about 6,400). */
const MAX_APART = 40_000;

/** Import and translation-list requests. */
export interface TranslationsContract {
  /** The bundled translations, then the imported ones by name. */
  listTranslations: { request: object; response: InstalledTranslation[] };
  /**
   * Starts an import; replies with its token. With an abbreviation already installed it fails
   * unless `replace` says the reader confirmed.
   */
  beginImport: {
    request: { meta: ImportMeta; format: string; replace: boolean };
    response: { token: string };
  };
  /** Some books of an import under way, mapped on our versification. */
  importBooks: { request: { token: string; books: ImportedBook[] }; response: null };
  /** Stores the import (all of it or nothing) and replies with it as listed. */
  finishImport: {
    request: { token: string; apart: ApartVerse[]; repairs: number };
    response: InstalledTranslation;
  };
  /** Removes an imported translation (the bundled ones cannot be). */
  removeTranslation: { request: { translation: ImportedTranslationId }; response: null };
}

/** What the background provides for these requests. */
export interface TranslationsDeps {
  translations: {
    list(): Promise<InstalledTranslation[]>;
    begin(start: { meta: ImportMeta; format: string; replace: boolean }): Promise<string>;
    addBooks(token: string, books: readonly ImportedBook[]): void;
    finish(token: string, apart: readonly ApartVerse[], repairs: number): Promise<InstalledTranslation>;
    remove(id: ImportedTranslationId): Promise<void>;
  };
}

function expectMeta(raw: Fields, where: string): ImportMeta {
  const fields = expectObject(raw.meta, `${where}: "meta"`);
  expectKeys(fields, ['name', 'abbreviation', 'language', 'copyright'], `${where}: "meta"`);
  const abbreviation = expectString(fields, 'abbreviation', where, 16);
  if (!isAbbreviation(abbreviation)) {
    throw new BadRequestError(
      `${where}: "abbreviation" must be letters, digits or hyphens, not a bundled translation's id`,
    );
  }
  const language = expectString(fields, 'language', where, 35, true);
  if (language && !/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/.test(language)) {
    throw new BadRequestError(`${where}: "language" must be a language tag such as en or pt-BR`);
  }
  return {
    name: expectString(fields, 'name', where, 120).trim(),
    abbreviation,
    language,
    copyright: expectString(fields, 'copyright', where, 600, true).trim(),
  };
}

function expectBook(raw: unknown, where: string): ImportedBook {
  const fields = expectObject(raw, where);
  expectKeys(fields, ['book', 'chapters', 'titles'], where);
  const book = typeof fields.book === 'string' ? getBook(fields.book) : undefined;
  if (!book) throw new BadRequestError(`${where}: "book" must be an OSIS book id`);
  const chapters = fields.chapters;
  if (!Array.isArray(chapters) || chapters.length !== book.verses.length) {
    throw new BadRequestError(
      `${where}: "chapters" must hold the ${book.verses.length} chapters of ${book.id}`,
    );
  }
  chapters.forEach((slots: unknown, c) => {
    if (!Array.isArray(slots) || slots.length !== book.verses[c]) {
      throw new BadRequestError(`${where}: chapter ${c + 1} must hold ${book.verses[c]} verse slots`);
    }
    for (const text of slots as unknown[]) {
      if (text !== null && (typeof text !== 'string' || text.length === 0 || text.length > MAX_VERSE)) {
        throw new BadRequestError(
          `${where}: a verse of chapter ${c + 1} is not text of at most ${MAX_VERSE} characters`,
        );
      }
    }
  });
  const result: ImportedBook = { book: book.id, chapters: chapters as (string | null)[][] };
  if (fields.titles !== undefined) {
    const titles = expectObject(fields.titles, `${where}: "titles"`);
    for (const [chapter, title] of Object.entries(titles)) {
      const n = Number(chapter);
      if (
        !Number.isInteger(n) ||
        n < 1 ||
        n > book.verses.length ||
        typeof title !== 'string' ||
        title.length > 2000
      ) {
        throw new BadRequestError(`${where}: "titles" must map chapter numbers to text`);
      }
    }
    result.titles = titles as Record<string, string>;
  }
  return result;
}

/** Validators: raw fields in, typed request fields out. */
export const translationsValidators = {
  listTranslations: (raw: Fields) => {
    expectKeys(raw, [], 'listTranslations');
    return {};
  },
  beginImport: (raw: Fields) => {
    expectKeys(raw, ['meta', 'format', 'replace'], 'beginImport');
    const format = expectString(raw, 'format', 'beginImport', 16);
    if (!FORMATS.includes(format))
      throw new BadRequestError(`beginImport: "format" must be one of ${FORMATS.join(', ')}`);
    if (typeof raw.replace !== 'boolean')
      throw new BadRequestError('beginImport: "replace" must be true or false');
    return { meta: expectMeta(raw, 'beginImport'), format, replace: raw.replace };
  },
  importBooks: (raw: Fields) => {
    expectKeys(raw, ['token', 'books'], 'importBooks');
    const token = expectString(raw, 'token', 'importBooks', 64);
    if (!Array.isArray(raw.books) || raw.books.length === 0 || raw.books.length > BOOKS.length) {
      throw new BadRequestError(`importBooks: "books" must be an array of 1 to ${BOOKS.length} books`);
    }
    return { token, books: raw.books.map((book, i) => expectBook(book, `importBooks: books[${i}]`)) };
  },
  finishImport: (raw: Fields) => {
    expectKeys(raw, ['token', 'apart', 'repairs'], 'finishImport');
    const token = expectString(raw, 'token', 'finishImport', 64);
    if (!Array.isArray(raw.apart) || raw.apart.length > MAX_APART) {
      throw new BadRequestError(`finishImport: "apart" must be an array of at most ${MAX_APART} verses`);
    }
    const apart = raw.apart.map((item, i) => {
      const where = `finishImport: apart[${i}]`;
      const fields = expectObject(item, where);
      expectKeys(fields, ['osis', 'text'], where);
      return {
        osis: expectString(fields, 'osis', where, 40),
        text: expectString(fields, 'text', where, MAX_VERSE),
      };
    });
    return { token, apart, repairs: expectInteger(raw, 'repairs', 'finishImport', 0, 10_000_000) };
  },
  removeTranslation: (raw: Fields) => {
    expectKeys(raw, ['translation'], 'removeTranslation');
    const translation = expectTranslation(raw, 'translation', 'removeTranslation');
    if (isBundledTranslation(translation)) {
      throw new BadRequestError('removeTranslation: the bundled translations cannot be removed');
    }
    return { translation };
  },
};

/** Handlers over the background's deps. */
export function translationsHandlers({ translations }: TranslationsDeps) {
  return {
    listTranslations: async () => [...BUNDLED_ABOUT, ...(await translations.list())],
    beginImport: async (request: TranslationsContract['beginImport']['request']) => ({
      token: await translations.begin(request),
    }),
    importBooks: async ({ token, books }: TranslationsContract['importBooks']['request']) => {
      translations.addBooks(token, books);
      return null;
    },
    finishImport: ({ token, apart, repairs }: TranslationsContract['finishImport']['request']) =>
      translations.finish(token, apart, repairs),
    removeTranslation: async ({ translation }: TranslationsContract['removeTranslation']['request']) => {
      await translations.remove(translation);
      return null;
    },
  };
}
