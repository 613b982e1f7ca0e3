/**
 * Translations the reader imported (#12 §5): their registry and books in IndexedDB, a pack
 * source that serves their books to the verse service as the bundled packs are served, and
 * the import itself, received book by book from the options page and stored in one
 * transaction at the end, so a file that fails halfway leaves nothing behind.
 */
import { BOOKS, getBook } from '../bible/books';
import type { BookPack } from '../bible/packs';
import {
  isBundledTranslation,
  type ImportedTranslationId,
  type TranslationAbout,
  type TranslationId,
} from '../bible/translations';
import type { ApartVerse, ImportedBook, ImportMeta } from '../import/collect';
import { CodedError } from '../errors';
import type { ImportedTranslationRow, IntercedeDb } from './database';
import type { PackSource } from './verse-service';

/** An imported translation as the options page lists it. */
export interface ImportedSummary extends TranslationAbout {
  format: string;
  verses: number;
  absent: number;
  missingBooks: number;
  apart: number;
  repairs: number;
  importedAt: number;
}

/** What the options page says when it starts an import. */
export interface ImportStart {
  meta: ImportMeta;
  format: string;
  /** The reader confirmed replacing an installed translation of the same abbreviation. */
  replace: boolean;
}

/** An import under way: the books received so far, in memory until it finishes. */
interface Pending {
  id: ImportedTranslationId;
  start: ImportStart;
  books: Map<number, ImportedBook>;
  touched: number;
}

/** An import left unfinished this long (its page closed) is dropped. */
const PENDING_MS = 10 * 60_000;

/** The id of an imported translation from its abbreviation. */
function importedId(abbreviation: string): ImportedTranslationId {
  return `u:${abbreviation}`;
}

function summary(row: ImportedTranslationRow): ImportedSummary {
  return {
    id: row.id,
    name: row.name,
    language: row.language,
    copyright: row.copyright,
    imported: true,
    format: row.format,
    verses: row.verses,
    absent: row.absent.length,
    missingBooks: row.missingBooks.length,
    apart: row.apart.length,
    repairs: row.repairs,
    importedAt: row.importedAt,
  };
}

/** The imported translations' registry, books and imports. */
export class ImportedTranslations {
  /** The registry, read once per service-worker lifetime and kept in step with every change. */
  private rows?: Promise<Map<ImportedTranslationId, ImportedTranslationRow>>;
  private pending = new Map<string, Pending>();

  constructor(
    private readonly db: IntercedeDb,
    private readonly now: () => number = Date.now,
    private readonly token: () => string = () => crypto.randomUUID(),
  ) {}

  /** Every imported translation, by name. */
  async list(): Promise<ImportedSummary[]> {
    const rows = [...(await this.registry()).values()];
    return rows.map(summary).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** What pages show of an imported translation, or undefined when none has that id. */
  async about(id: TranslationId): Promise<TranslationAbout | undefined> {
    if (isBundledTranslation(id)) return undefined;
    const row = (await this.registry()).get(id);
    return row && { id, name: row.name, language: row.language, copyright: row.copyright, imported: true };
  }

  /**
   * The bundled packs with the imported translations' books beside them. An imported
   * translation's version changes with each import, so the verse cache and the word index
   * replace what an older import left.
   */
  packs(bundled: PackSource): PackSource {
    return {
      version: async (translation) => {
        const base = await bundled.version(translation);
        if (translation === undefined || isBundledTranslation(translation)) return base;
        return `${base}:${(await this.row(translation)).version}`;
      },
      book: async (translation, book) => {
        if (isBundledTranslation(translation)) return bundled.book(translation, book);
        await this.row(translation);
        const b = getBook(book)!;
        const row = await this.db.importedBooks.get([translation, b.index]);
        // A book the translation lacks reads as a book of empty slots: "not in the …".
        const pack: BookPack = {
          translation,
          book: b.id,
          version: '',
          chapters: row?.chapters ?? b.verses.map((n) => new Array<null>(n).fill(null)),
        };
        if (row?.titles) pack.titles = row.titles;
        return pack;
      },
    };
  }

  /**
   * Starts an import; its books follow with addBooks, and finish stores it all.
   * @throws CodedError `invalid-data` when the abbreviation is taken and `replace` is not set.
   */
  async begin(start: ImportStart): Promise<string> {
    this.dropStale();
    const id = importedId(start.meta.abbreviation);
    if (!start.replace && (await this.registry()).has(id)) {
      throw new CodedError(
        'invalid-data',
        `A translation abbreviated ${start.meta.abbreviation} is installed already; confirm to replace it`,
      );
    }
    const token = this.token();
    this.pending.set(token, { id, start, books: new Map(), touched: this.now() });
    return token;
  }

  /**
   * Books of an import under way.
   * @throws CodedError `not-found` for an unknown or expired import, `invalid-data` for a book twice.
   */
  addBooks(token: string, books: readonly ImportedBook[]): void {
    const pending = this.pendingImport(token);
    for (const book of books) {
      const index = getBook(book.book)!.index;
      if (pending.books.has(index)) throw new CodedError('invalid-data', `${book.book} was sent twice`);
      pending.books.set(index, book);
    }
    pending.touched = this.now();
  }

  /**
   * Stores the import: its books and its registry entry in one transaction, replacing an
   * installed translation of the same id. Returns it as listed.
   * @throws CodedError `invalid-data` when no book was sent; `quota` when the disk is full.
   */
  async finish(token: string, apart: readonly ApartVerse[], repairs: number): Promise<ImportedSummary> {
    const pending = this.pendingImport(token);
    this.pending.delete(token);
    const { id, start } = pending;
    let verses = 0;
    const absent: string[] = [];
    const missingBooks: string[] = [];
    for (const book of BOOKS) {
      const row = pending.books.get(book.index);
      if (!row) {
        missingBooks.push(book.id);
        continue;
      }
      row.chapters.forEach((slots, c) =>
        slots.forEach((text, v) => {
          if (text === null) absent.push(`${book.id}.${c + 1}.${v + 1}`);
          else verses++;
        }),
      );
    }
    if (verses === 0) throw new CodedError('invalid-data', 'The import holds no verse');
    const importedAt = this.now();
    const entry: ImportedTranslationRow = {
      id,
      name: start.meta.name,
      abbreviation: start.meta.abbreviation,
      language: start.meta.language,
      copyright: start.meta.copyright,
      format: start.format,
      verses,
      absent,
      missingBooks,
      apart: [...apart],
      repairs,
      version: `${importedAt}-${token.slice(0, 8)}`,
      importedAt,
    };
    const registry = await this.registry();
    if (!start.replace && registry.has(id)) {
      throw new CodedError(
        'invalid-data',
        `A translation abbreviated ${start.meta.abbreviation} is installed already`,
      );
    }
    try {
      await this.db.transaction('rw', this.db.importedTranslations, this.db.importedBooks, async () => {
        await this.db.importedBooks.where('[t+b]').between([id], [id, []]).delete();
        await this.db.importedBooks.bulkPut(
          [...pending.books.entries()].map(([b, book]) => {
            const row = { t: id, b, chapters: book.chapters } as const;
            return book.titles ? { ...row, titles: book.titles } : row;
          }),
        );
        await this.db.importedTranslations.put(entry);
      });
    } catch (error) {
      if ((error as Error).name === 'QuotaExceededError') {
        throw new CodedError(
          'quota',
          'The browser has no room to store this translation; nothing was stored',
        );
      }
      throw error;
    }
    registry.set(id, entry);
    return summary(entry);
  }

  /**
   * Removes an imported translation and its books.
   * @throws CodedError `not-found` when none has that id.
   */
  async remove(id: ImportedTranslationId): Promise<void> {
    const registry = await this.registry();
    if (!registry.has(id)) throw new CodedError('not-found', `No imported translation ${id.slice(2)}`);
    await this.db.transaction('rw', this.db.importedTranslations, this.db.importedBooks, async () => {
      await this.db.importedBooks.where('[t+b]').between([id], [id, []]).delete();
      await this.db.importedTranslations.delete(id);
    });
    registry.delete(id);
  }

  private registry(): Promise<Map<ImportedTranslationId, ImportedTranslationRow>> {
    this.rows ??= this.db.importedTranslations.toArray().then((rows) => new Map(rows.map((r) => [r.id, r])));
    this.rows.catch(() => (this.rows = undefined));
    return this.rows;
  }

  private async row(id: ImportedTranslationId): Promise<ImportedTranslationRow> {
    const row = (await this.registry()).get(id);
    if (!row) throw new CodedError('not-found', `No translation ${id.slice(2)} is installed`);
    return row;
  }

  private pendingImport(token: string): Pending {
    this.dropStale();
    const pending = this.pending.get(token);
    if (!pending)
      throw new CodedError('not-found', 'This import is over or was never started; start it again');
    return pending;
  }

  private dropStale(): void {
    const now = this.now();
    for (const [token, pending] of this.pending) {
      if (now - pending.touched > PENDING_MS) this.pending.delete(token);
    }
  }
}
