/**
 * Nave's Topical Bible in IndexedDB: loaded from its packs the first time a passage needs it
 * (no note overlaps it), and again when the data manifest's version changes. Like the verse
 * cache, a cold lookup answers from the packs it has just read while their rows are written,
 * so the first card does not wait for some 35,000 rows to reach the disk.
 */
import { BOOKS, getBook } from '../bible/books';
import { firstVerse, formatOsis, isValidOsis, lastVerse, parseOsis, type Span } from '../bible/osis';
import type { NaveIndex, NaveTopic } from '../bible/packs';
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
  naveTopics(): Promise<NaveTopic[]>;
  naveIndex(): Promise<NaveIndex>;
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

/** The packs read in this service-worker lifetime, kept only until their rows are written. */
interface Packs {
  topics: NaveTopic[];
  index: NaveIndex;
}

/** Nave's sections citing a passage, from IndexedDB or from packs still being written. */
export class NaveService {
  /** Reading the packs (and starting their rows' write), once per service-worker lifetime. */
  private readonly loaded = new SharedOnce(() => this.load());
  private packs: Packs | undefined;
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
    await this.loaded.get();
    const packs = this.packs;
    const citations = packs ? citationsInPacks(packs.index, spans) : await this.citationsInDb(spans);
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
    const topics: (Pick<NaveTopicRow, 'name' | 'sections'> | undefined)[] = packs
      ? ids.map((id) => packs.topics[id])
      : await this.db.naveTopics.bulkGet(ids);
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
    await this.loaded.get();
    const names = await (this.names ??= this.readNames());
    const entry = names.find(query);
    if (!entry) return null;
    const ids = 'topic' in entry ? [entry.topic] : entry.sections.map(([t]) => t);
    const packs = this.packs;
    const rows = packs ? ids.map((id) => packs.topics[id]) : await this.db.naveTopics.bulkGet(ids);
    const byId = new Map(ids.map((id, i) => [id, rows[i]]));
    if (rows.some((row) => !row)) return null;
    return namedTopic(entry, (id) => byId.get(id)!);
  }

  private async readNames(): Promise<TopicNames> {
    const names = new TopicNames(this.packs?.topics ?? (await this.db.naveTopics.toArray()));
    return names;
  }

  /** Resolves when the rows being written (if any) are written, or have failed to be. */
  settled(): Promise<void> {
    return this.written;
  }

  /** Empties the Nave's tables; they load from the packs again when next needed. */
  async clear(): Promise<void> {
    await this.settled();
    this.loaded.reset();
    this.packs = undefined;
    this.names = undefined;
    await this.db.transaction('rw', [this.db.naveTopics, this.db.naveVerses, this.db.meta], async () => {
      await Promise.all([this.db.naveTopics.clear(), this.db.naveVerses.clear()]);
      await this.db.meta.delete(META_NAVE);
    });
  }

  private async load(): Promise<void> {
    const version = await this.source.naveVersion();
    if ((await this.db.meta.get(META_NAVE))?.value === version) return;
    const [topics, index] = await Promise.all([this.source.naveTopics(), this.source.naveIndex()]);
    if (!Array.isArray(topics) || typeof index !== 'object' || index === null) {
      throw new Error("The Nave's Topical Bible pack is damaged; reinstall the extension");
    }
    this.packs = { topics, index };
    // The rows are built and written in a later task, so this lookup's answer goes out first.
    this.written = nextTask()
      .then(() => this.write(topics, index, version))
      .then(
        () => {
          this.packs = undefined;
        },
        (error: unknown) => {
          // Nothing marks the rows as current, so the next lookup reads the packs again.
          console.warn("Intercede: caching Nave's Topical Bible failed", error);
          this.packs = undefined;
          this.loaded.reset();
        },
      );
  }

  private async write(topics: NaveTopic[], index: NaveIndex, version: string): Promise<void> {
    const verses: NaveVerseRow[] = [];
    for (const [osis, refs] of Object.entries(index)) {
      const [id, c, v] = osis.split('.');
      const book = getBook(id ?? '');
      if (book) verses.push({ b: book.index, c: Number(c), v: Number(v), refs });
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
}

/** The same as the IndexedDB query, over the index as read from its pack. */
function citationsInPacks(index: NaveIndex, spans: readonly Span[]): Citations {
  const out: Citations = [];
  for (const span of spans) {
    const from = firstVerse(span);
    const to = lastVerse(span);
    for (let b = from.book.index; b <= to.book.index; b++) {
      const book = BOOKS[b]!;
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
