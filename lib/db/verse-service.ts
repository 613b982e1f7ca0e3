/**
 * Passage lookups, cache-first: a book is copied from its pack in the extension package
 * into IndexedDB the first time any of its verses is asked for; from then on IndexedDB
 * answers and the pack is never read again until a new pack version replaces the rows.
 */
import { BOOKS, type BookId } from '../bible/books';
import { firstVerse, formatOsis, lastVerse, parseOsis, type Span } from '../bible/osis';
import type { BookPack } from '../bible/packs';
import type { Passage, Verse } from '../bible/passage';
import { translationLabel, type TranslationId } from '../bible/translations';
import { PassageNotFoundError } from '../errors';
import type { IntercedeDb, VerseRow } from './database';
import { nextTask } from './next-task';

/** Where book packs come from: the extension package in production, fixtures in tests. */
export interface PackSource {
  /**
   * The version of the packs shipped with this build; with a translation, that translation's
   * (an imported one's changes with each import).
   */
  version(translation?: TranslationId): Promise<string>;
  /** One book of one translation. */
  book(translation: TranslationId, book: string): Promise<BookPack>;
}

const META_PACK_VERSION = (t: TranslationId) => `pack:${t}`;

/** How many books stay in memory after their pack is read (a few hundred kilobytes at most). */
const MEMORY_BOOKS = 8;

/** A book read from its pack whose rows are being written to IndexedDB. */
interface PendingBook {
  rows: VerseRow[];
  written: Promise<void>;
}

/** Reads passages through the IndexedDB cache. */
export class VerseService {
  /** Per translation: the pack version check for this service worker's lifetime. */
  private fresh = new Map<TranslationId, Promise<string>>();
  /** Books read from their pack and still being written, so concurrent lookups share one read. */
  private pending = new Map<string, Promise<PendingBook>>();
  /** The last books read from their packs, by `${translation}:${index}`, newest last. */
  private memory = new Map<string, VerseRow[]>();
  /** Our IndexedDB writes, one at a time, so a read waits for one write, never for a queue. */
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly db: IntercedeDb,
    private readonly packs: PackSource,
  ) {}

  /**
   * A passage by OSIS id. A cold lookup answers from the pack it has just read while the
   * rows are written to IndexedDB, so the first card does not wait for the write. With
   * `keep: false` (a private window) the cache is read but nothing is written: a book not
   * cached yet is read from its pack and kept in memory only.
   * @throws OsisError or PassageNotFoundError
   */
  async getPassage(osis: string, translation: TranslationId, { keep = true } = {}): Promise<Passage> {
    const spans = parseOsis(osis);
    // Without keeping, stale rows are not dropped either: each cached book carries its pack's
    // version, so a stale one is read from its pack like a missing one. (In Firefox's permanent
    // private browsing the database refuses every write.)
    const version = keep ? await this.ensureFresh(translation) : await this.packs.version(translation);
    const bookIndexes = new Set<number>();
    for (const span of spans) {
      for (let b = span.start.book.index; b <= span.end.book.index; b++) bookIndexes.add(b);
    }
    const books = [...bookIndexes];
    const fromMemory = () => {
      const rows = books.map((b) => this.memory.get(`${translation}:${b}`));
      return rows.every(Boolean)
        ? spans.flatMap((span) => rowsInSpan(rows.flat() as VerseRow[], span))
        : undefined;
    };
    let rows = fromMemory();
    let source: Passage['source'] = 'memory';
    if (!rows) {
      const cached = await this.db.books.bulkGet(
        books.map((b) => [translation, b] as [TranslationId, number]),
      );
      const missing = books.filter((_, i) => cached[i]?.version !== version);
      if (missing.length > 0 && !keep) {
        const read = await Promise.all(missing.map((b) => this.readPack(translation, b)));
        read.forEach((bookRows, i) => this.remember(`${translation}:${missing[i]}`, bookRows));
        source = 'pack';
        rows = fromMemory();
        if (!rows) {
          // More books than memory holds: the cached ones from IndexedDB, the rest as read.
          const cachedRows = (
            await Promise.all(spans.map((span) => this.readSpan(translation, span)))
          ).flat();
          const all = [...cachedRows, ...read.flat()].sort((x, y) => x.b - y.b || x.c - y.c || x.v - y.v);
          rows = spans.flatMap((span) => rowsInSpan(all, span));
        }
      } else if (missing.length > 0) {
        const loaded = await Promise.all(missing.map((b) => this.loadBook(translation, b, version)));
        rows = fromMemory();
        source = 'pack';
        // Only when a book fell out of memory meanwhile does the answer wait for the writes.
        if (!rows) await Promise.all(loaded.map((book) => book.written));
      }
      if (!rows) {
        rows = (await Promise.all(spans.map((span) => this.readSpan(translation, span)))).flat();
        source = 'cache';
      }
    }
    const verses: Verse[] = [];
    const omitted: string[] = [];
    for (const row of rows) {
      const book = bookIdAt(row.b);
      if (row.text === null) {
        omitted.push(`${book}.${row.c}.${row.v}`);
        continue;
      }
      const verse: Verse = { book, chapter: row.c, verse: row.v, text: row.text };
      if (row.title) verse.title = row.title;
      verses.push(verse);
    }
    if (verses.length === 0) {
      throw new PassageNotFoundError(`${formatOsis(osis)} is not in the ${translationLabel(translation)}`);
    }
    return { osis, translation, label: formatOsis(osis), verses, omitted, source };
  }

  /** Resolves when every book read so far is written to IndexedDB (or failed to be). */
  async settled(): Promise<void> {
    const pending = await Promise.allSettled(this.pending.values());
    await Promise.allSettled(pending.map((p) => (p.status === 'fulfilled' ? p.value.written : undefined)));
  }

  /** Empties the verse cache; books are read from their packs again when next asked for. */
  async clear(): Promise<void> {
    await this.settled();
    this.memory.clear();
    this.fresh.clear();
    await this.db.transaction('rw', this.db.verses, this.db.books, this.db.meta, async () => {
      await this.db.verses.clear();
      await this.db.books.clear();
      await this.db.meta.where('key').startsWith('pack:').delete();
    });
  }

  /**
   * Forgets one translation's cached verses (an imported translation replaced or removed); its
   * books are read from their source again when next asked for.
   */
  async forget(translation: TranslationId): Promise<void> {
    await this.settled();
    for (const key of [...this.memory.keys()]) {
      if (key.startsWith(`${translation}:`)) this.memory.delete(key);
    }
    this.fresh.delete(translation);
    await this.db.transaction('rw', this.db.verses, this.db.books, this.db.meta, async () => {
      await this.db.verses.where('[t+b+c+v]').between([translation], [translation, []]).delete();
      await this.db.books.where('[t+b]').between([translation], [translation, []]).delete();
      await this.db.meta.delete(META_PACK_VERSION(translation));
    });
  }

  /** How many books of each translation are cached. */
  async cachedBooks(): Promise<Record<TranslationId, number>> {
    const counts = { WEB: 0, KJV: 0 } as Record<TranslationId, number>;
    await this.db.books.each((row) => (counts[row.t] += 1));
    return counts;
  }

  private readSpan(translation: TranslationId, span: Span): Promise<VerseRow[]> {
    const from = firstVerse(span);
    const to = lastVerse(span);
    // The upper bound uses the generous verse count; a translation with fewer verses simply has no row there.
    return this.db.verses
      .where('[t+b+c+v]')
      .between(
        [translation, from.book.index, from.chapter, from.verse],
        [translation, to.book.index, to.chapter, to.verse],
        true,
        true,
      )
      .toArray();
  }

  /**
   * Once per service-worker lifetime and translation: when the shipped packs are newer than
   * the cached rows (an extension update), the translation's rows are dropped.
   */
  private ensureFresh(translation: TranslationId): Promise<string> {
    let pending = this.fresh.get(translation);
    if (!pending) {
      pending = (async () => {
        const version = await this.packs.version(translation);
        const cached = await this.db.meta.get(META_PACK_VERSION(translation));
        // Memory holds no book of this translation yet: its books are read only after this check.
        if (cached?.value !== version) {
          await this.db.transaction('rw', this.db.verses, this.db.books, this.db.meta, async () => {
            await this.db.verses.where('[t+b+c+v]').between([translation], [translation, []]).delete();
            await this.db.books.where('[t+b]').between([translation], [translation, []]).delete();
            await this.db.meta.put({ key: META_PACK_VERSION(translation), value: version });
          });
        }
        return version;
      })();
      pending.catch(() => this.fresh.delete(translation));
      this.fresh.set(translation, pending);
    }
    return pending;
  }

  /** Reads a book's pack once and starts writing its rows; concurrent callers share the read. */
  private loadBook(translation: TranslationId, b: number, version: string): Promise<PendingBook> {
    const key = `${translation}:${b}`;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = this.readPack(translation, b).then((rows) => {
        this.remember(key, rows);
        const write = () =>
          this.db.transaction('rw', this.db.verses, this.db.books, async () => {
            await this.db.verses.bulkPut(rows);
            await this.db.books.put({ t: translation, b, version, loadedAt: Date.now() });
          });
        // The write starts in a later task, so the answer to this lookup goes out first.
        const written = this.writes
          .then(nextTask, nextTask)
          .then(write)
          .finally(() => this.pending.delete(key));
        this.writes = written.catch(() => undefined);
        // A failed write (a full disk) leaves no marker, so the next lookup reads the pack again.
        written.catch((error: unknown) => console.warn(`Intercede: caching ${key} failed`, error));
        return { rows, written };
      });
      pending.catch(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    return pending;
  }

  private remember(key: string, rows: VerseRow[]): void {
    this.memory.delete(key);
    this.memory.set(key, rows);
    while (this.memory.size > MEMORY_BOOKS) this.memory.delete(this.memory.keys().next().value!);
  }

  private async readPack(translation: TranslationId, b: number): Promise<VerseRow[]> {
    const id = bookIdAt(b);
    const pack = await this.packs.book(translation, id);
    if (pack?.book !== id || pack.translation !== translation || !Array.isArray(pack.chapters)) {
      throw new Error(`The ${translation} pack for ${id} is damaged; reinstall the extension`);
    }
    const rows: VerseRow[] = [];
    pack.chapters.forEach((verses, ci) =>
      verses.forEach((text, vi) => {
        const row: VerseRow = { t: translation, b, c: ci + 1, v: vi + 1, text };
        const title = vi === 0 ? pack.titles?.[ci + 1] : undefined;
        if (title) row.title = title;
        rows.push(row);
      }),
    );
    return rows;
  }
}

/** The rows of `span`, from rows in canonical order. */
function rowsInSpan(rows: readonly VerseRow[], span: Span): VerseRow[] {
  const from = firstVerse(span);
  const to = lastVerse(span);
  const lo = [from.book.index, from.chapter, from.verse];
  const hi = [to.book.index, to.chapter, to.verse];
  const cmp = (row: VerseRow, key: number[]) => row.b - key[0]! || row.c - key[1]! || row.v - key[2]!;
  return rows.filter((row) => cmp(row, lo) >= 0 && cmp(row, hi) <= 0);
}

function bookIdAt(index: number): BookId {
  const book = BOOKS[index];
  if (!book) throw new Error(`No book at index ${index}`);
  return book.id;
}
