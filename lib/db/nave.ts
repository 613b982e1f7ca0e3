/**
 * Nave's Topical Bible in IndexedDB, loaded from its packs the first time a passage needs it
 * (no note overlaps it), and again when the data manifest's version changes. The packs are
 * split by book (the index) and by topic id (the topics), so the first card reads only its own
 * book's index and its topics' files (about 100 KB instead of 4.5 MB) and answers from them;
 * the rest is read and its 35,000 rows written in later tasks, after the answer has gone.
 */
import { BOOKS, getBook, type Book } from '../bible/books';
import { firstVerse, formatOsis, isValidOsis, lastVerse, parseOsis, type Span } from '../bible/osis';
import { NAVE_TOPIC_CHUNK, type NaveIndex, type NaveTopic } from '../bible/packs';
import type { BookId } from '../bible/books';
import { intervals } from '../commentary/match';
import type { TopicView } from '../commentary/views';
import { namedTopic, TopicNames, type NamedTopic } from '../search/topic';
import type { IntercedeDb, NaveTopicRow, NaveVerseRow } from './database';
import { nextTask } from './next-task';
import { SharedOnce } from './shared-once';

/** Where Nave's packs come from: the extension package in production, fixtures in tests. */
export interface NaveSource {
  /** The data manifest's version, which versions the Nave's packs. */
  naveVersion(): Promise<string>;
  /** How many topics there are (the data manifest says). */
  naveTopicCount(): Promise<number>;
  /** Topics chunk × NAVE_TOPIC_CHUNK onwards, NAVE_TOPIC_CHUNK of them (fewer in the last). */
  naveTopics(chunk: number): Promise<NaveTopic[]>;
  /** One book's index: its verses → the [topic, section] pairs citing them. */
  naveIndex(book: BookId): Promise<NaveIndex>;
}

/** At most this many Nave's sections are offered for a passage. */
export const NAVE_SECTIONS = 6;
/** At most this many of a section's other references are offered. */
export const NAVE_REFS = 8;
/** Only the first this-many verses of a long passage that Nave's cites are counted. */
const NAVE_VERSES = 200;

/** The `meta` key holding the version of the Nave's rows. */
export const META_NAVE = 'nave';

/** [topic id, section index] pairs, one list per cited verse of a passage. */
type Citations = [number, number][][];

const damaged = () => new Error("The Nave's Topical Bible pack is damaged; reinstall the extension");

/** Nave's sections citing a passage, from IndexedDB or, until its rows are written, from the packs. */
export class NaveService {
  /** Whether IndexedDB holds the rows of the current packs, asked once per service-worker lifetime. */
  private readonly current = new SharedOnce(() => this.isCurrent());
  /** Packs read in this lifetime, kept until their rows are written. */
  private indexes = new Map<BookId, Promise<NaveIndex>>();
  private chunks = new Map<number, Promise<NaveTopic[]>>();
  private writing = false;
  private written: Promise<void> = Promise.resolve();
  /** Every topic name and section heading, read once per service-worker lifetime. */
  private names: Promise<TopicNames> | undefined;

  constructor(
    private readonly db: IntercedeDb,
    private readonly source: NaveSource,
  ) {}

  /**
   * The sections citing most verses of the passage (then in Nave's order), each with its
   * references that do not overlap the passage.
   * @throws OsisError
   */
  async topicsFor(osis: string): Promise<TopicView[]> {
    const spans = parseOsis(osis);
    const fromDb = await this.current.get();
    const citations = fromDb ? await this.citationsInDb(spans) : await this.citationsInPacks(spans);
    const counts = new Map<string, { topic: number; section: number; n: number }>();
    for (const refs of citations) {
      for (const [topic, section] of refs) {
        const k = `${topic}/${section}`;
        const entry = counts.get(k) ?? { topic, section, n: 0 };
        entry.n += 1;
        counts.set(k, entry);
      }
    }
    const best = [...counts.values()]
      .sort((a, b) => b.n - a.n || a.topic - b.topic || a.section - b.section)
      .slice(0, NAVE_SECTIONS);
    const ids = best.map((b) => b.topic);
    const topics: (Pick<NaveTopicRow, 'name' | 'sections'> | undefined)[] = fromDb
      ? await this.db.naveTopics.bulkGet(ids)
      : await Promise.all(ids.map((id) => this.topicInPacks(id)));
    // The answer is made; the rest of the packs are read and written after it (once).
    if (!fromDb) this.writeAll();
    const asked = intervals(osis);
    const views: TopicView[] = [];
    best.forEach(({ section: s }, i) => {
      const topic = topics[i];
      const section = topic?.sections[s];
      if (!topic || !section) return;
      const refs = section.refs
        .filter(isValidOsis)
        .filter((ref) => !intervals(ref).some(([a, b]) => asked.some(([x, y]) => a <= y && x <= b)))
        .slice(0, NAVE_REFS)
        .map((ref) => ({ osis: ref, label: formatOsis(ref) }));
      views.push({ topic: topic.name, heading: section.heading, refs });
    });
    return views;
  }

  /**
   * The topic a word search names ("intercession", "prayer"), with all its sections, or the
   * sections headed as it says ("high priest"); null when the query names none.
   */
  async topicNamed(query: string): Promise<NamedTopic | null> {
    const fromDb = await this.current.get();
    if (!this.names) {
      const names = this.readNames(fromDb);
      this.names = names;
      names.catch(() => {
        if (this.names === names) this.names = undefined;
      });
    }
    const entry = (await this.names).find(query);
    if (!entry) return null;
    const ids = 'topic' in entry ? [entry.topic] : entry.sections.map(([t]) => t);
    const rows = fromDb
      ? await this.db.naveTopics.bulkGet(ids)
      : await Promise.all(ids.map((id) => this.topicInPacks(id)));
    if (!fromDb) this.writeAll();
    const byId = new Map(ids.map((id, i) => [id, rows[i]]));
    if (rows.some((row) => !row)) return null;
    return namedTopic(entry, (id) => byId.get(id)!);
  }

  /** Every topic's name and headings: from IndexedDB, or from all the topics files before it is written. */
  private async readNames(fromDb: boolean): Promise<TopicNames> {
    return new TopicNames(fromDb ? await this.db.naveTopics.toArray() : (await this.allTopics()).flat());
  }

  /** Every topics file, in order. */
  private async allTopics(): Promise<NaveTopic[][]> {
    const count = await this.source.naveTopicCount();
    return Promise.all(Array.from({ length: Math.ceil(count / NAVE_TOPIC_CHUNK) }, (_, n) => this.chunk(n)));
  }

  /** Resolves when the rows being written (if any) are written, or have failed to be. */
  settled(): Promise<void> {
    return this.written;
  }

  /** Empties the Nave's tables; they load from the packs again when next needed. */
  async clear(): Promise<void> {
    await this.settled();
    this.forgetPacks();
    this.names = undefined;
    await this.db.transaction('rw', [this.db.naveTopics, this.db.naveVerses, this.db.meta], async () => {
      await Promise.all([this.db.naveTopics.clear(), this.db.naveVerses.clear()]);
      await this.db.meta.delete(META_NAVE);
    });
    this.current.reset();
  }

  private async isCurrent(): Promise<boolean> {
    const version = await this.source.naveVersion();
    return (await this.db.meta.get(META_NAVE))?.value === version;
  }

  /** One book's index pack, read once while the rows are not written. */
  private index(book: Book): Promise<NaveIndex> {
    let index = this.indexes.get(book.id);
    if (!index) {
      index = this.source.naveIndex(book.id).then((read) => {
        if (typeof read !== 'object' || read === null || Array.isArray(read)) throw damaged();
        return read;
      });
      index.catch(() => this.indexes.delete(book.id));
      this.indexes.set(book.id, index);
    }
    return index;
  }

  /** One topics pack, read once while the rows are not written. */
  private chunk(n: number): Promise<NaveTopic[]> {
    let chunk = this.chunks.get(n);
    if (!chunk) {
      chunk = this.source.naveTopics(n).then((read) => {
        if (!Array.isArray(read)) throw damaged();
        return read;
      });
      chunk.catch(() => this.chunks.delete(n));
      this.chunks.set(n, chunk);
    }
    return chunk;
  }

  private async topicInPacks(id: number): Promise<NaveTopic | undefined> {
    return (await this.chunk(Math.floor(id / NAVE_TOPIC_CHUNK)))[id % NAVE_TOPIC_CHUNK];
  }

  private forgetPacks(): void {
    this.indexes.clear();
    this.chunks.clear();
  }

  /** Reads the rest of the packs and writes every row, in later tasks, once. */
  private writeAll(): void {
    if (this.writing) return;
    this.writing = true;
    this.written = nextTask()
      .then(() => this.write())
      .then(
        () => {
          // From now on lookups read IndexedDB (asked again: one meta read); the packs can go.
          this.current.reset();
          this.forgetPacks();
        },
        (error: unknown) => {
          // Nothing marks the rows as current, so the next lookup reads the packs again.
          console.warn("Intercede: caching Nave's Topical Bible failed", error);
          this.forgetPacks();
        },
      )
      .finally(() => {
        this.writing = false;
      });
  }

  private async write(): Promise<void> {
    const version = await this.source.naveVersion();
    const topics = (await this.allTopics()).flat();
    const verses: NaveVerseRow[] = [];
    for (const book of BOOKS) {
      for (const [osis, refs] of Object.entries(await this.index(book))) {
        const [id, c, v] = osis.split('.');
        if (getBook(id ?? '') === book) verses.push({ b: book.index, c: Number(c), v: Number(v), refs });
      }
    }
    // `meta` stays out of the big transaction, so verse lookups (which read meta) never wait on it.
    await this.db.transaction('rw', this.db.naveTopics, this.db.naveVerses, async () => {
      await Promise.all([this.db.naveTopics.clear(), this.db.naveVerses.clear()]);
      await this.db.naveTopics.bulkPut(topics.map((t, id) => ({ id, name: t.name, sections: t.sections })));
      await this.db.naveVerses.bulkPut(verses);
    });
    await this.db.meta.put({ key: META_NAVE, value: version });
  }

  private async citationsInDb(spans: readonly Span[]): Promise<Citations> {
    const out: Citations = [];
    for (const span of spans) {
      if (out.length >= NAVE_VERSES) break;
      const from = firstVerse(span);
      const to = lastVerse(span);
      const rows = await this.db.naveVerses
        .where('[b+c+v]')
        .between(
          [from.book.index, from.chapter, from.verse],
          [to.book.index, to.chapter, to.verse],
          true,
          true,
        )
        .limit(NAVE_VERSES - out.length)
        .toArray();
      out.push(...rows.map((row) => row.refs));
    }
    return out;
  }

  /** The same as the IndexedDB query, over the index packs of the books the passage touches. */
  private async citationsInPacks(spans: readonly Span[]): Promise<Citations> {
    const out: Citations = [];
    for (const span of spans) {
      const from = firstVerse(span);
      const to = lastVerse(span);
      for (let b = from.book.index; b <= to.book.index; b++) {
        const book = BOOKS[b]!;
        const index = await this.index(book);
        const lastChapter = b === to.book.index ? to.chapter : book.verses.length;
        for (let c = b === from.book.index ? from.chapter : 1; c <= lastChapter; c++) {
          const lastVerseHere = b === to.book.index && c === to.chapter ? to.verse : book.verses[c - 1]!;
          const firstVerseHere = b === from.book.index && c === from.chapter ? from.verse : 1;
          for (let v = firstVerseHere; v <= lastVerseHere; v++) {
            const refs = index[`${book.id}.${c}.${v}`];
            if (refs) out.push(refs);
            if (out.length >= NAVE_VERSES) return out;
          }
        }
      }
    }
    return out;
  }
}
