/**
 * The commentary notes and Nave's Topical Bible, loaded from their packs into IndexedDB the
 * first time they are needed (and again when a new pack version ships), then queried there.
 */
import { formatOsis, parseOsis, firstVerse, lastVerse } from '../bible/osis';
import { getBook } from '../bible/books';
import type { NaveIndex, NaveTopic } from '../bible/packs';
import { chapterKeys, intervals, rankNotes } from '../commentary/match';
import type { CommentaryPack } from '../commentary/pack';
import type { CommentaryReply, TopicView } from '../commentary/views';
import type { IntercedeDb, NaveVerseRow } from './database';

/** Where the packs come from: the extension package in production, fixtures in tests. */
export interface CommentarySource {
  commentary(): Promise<CommentaryPack>;
  /** The data manifest version, which versions the Nave's packs. */
  naveVersion(): Promise<string>;
  naveTopics(): Promise<NaveTopic[]>;
  naveIndex(): Promise<NaveIndex>;
}

/** At most this many Nave's sections, and references per section, are offered. */
export const NAVE_SECTIONS = 6;
export const NAVE_REFS = 8;

const META_NOTES = 'commentary';
const META_NAVE = 'nave';

/** Answers "what do the notes (or Nave's) say about this passage?". */
export class CommentaryService {
  private notesReady: Promise<void> | undefined;
  private naveReady: Promise<void> | undefined;

  constructor(
    private readonly db: IntercedeDb,
    private readonly source: CommentarySource,
  ) {}

  /** Notes ranked for the passage; Nave's topics when no note overlaps it. @throws OsisError */
  async getCommentary(osis: string): Promise<CommentaryReply> {
    parseOsis(osis);
    await (this.notesReady ??= this.loadNotes().catch((error: unknown) => {
      this.notesReady = undefined;
      throw error;
    }));
    const rows = await this.db.commentary.where('chapters').anyOf(chapterKeys(osis)).distinct().toArray();
    const ranked = rankNotes(osis, rows);
    const notes = ranked.map(({ note }) => ({
      id: note.id,
      title: note.title,
      passagesLabel: formatOsis(note.passages.join(',')),
      paragraphs: note.body,
      themes: note.themes,
      related: note.related,
    }));
    const overlapping = ranked.some((m) => m.kind !== 'chapter');
    return { notes, topics: overlapping ? [] : await this.naveTopicsFor(osis) };
  }

  /** Empties the notes and Nave's tables; they load from their packs again when next needed. */
  async clear(): Promise<void> {
    this.notesReady = undefined;
    this.naveReady = undefined;
    await this.db.transaction(
      'rw',
      [this.db.commentary, this.db.naveTopics, this.db.naveVerses, this.db.meta],
      async () => {
        await Promise.all([
          this.db.commentary.clear(),
          this.db.naveTopics.clear(),
          this.db.naveVerses.clear(),
        ]);
        await this.db.meta.bulkDelete([META_NOTES, META_NAVE]);
      },
    );
  }

  private async loadNotes(): Promise<void> {
    const pack = await this.source.commentary();
    const cached = await this.db.meta.get(META_NOTES);
    if (cached?.value === pack.version) return;
    await this.db.transaction('rw', this.db.commentary, this.db.meta, async () => {
      await this.db.commentary.clear();
      await this.db.commentary.bulkPut(
        pack.notes.map((note) => ({
          id: note.id,
          title: note.title,
          passages: note.passages,
          themes: note.themes,
          related: note.related,
          body: note.paragraphs,
          chapters: [...new Set(note.passages.flatMap(chapterKeys))],
        })),
      );
      await this.db.meta.put({ key: META_NOTES, value: pack.version });
    });
  }

  private async loadNave(): Promise<void> {
    const version = await this.source.naveVersion();
    const cached = await this.db.meta.get(META_NAVE);
    if (cached?.value === version) return;
    const [topics, index] = await Promise.all([this.source.naveTopics(), this.source.naveIndex()]);
    const verses: NaveVerseRow[] = [];
    for (const [osis, refs] of Object.entries(index)) {
      const [book, c, v] = osis.split('.');
      const b = getBook(book!);
      if (b) verses.push({ b: b.index, c: Number(c), v: Number(v), refs });
    }
    // The big write leaves `meta` out of its scope, so verse lookups (which read meta) never wait on it.
    await this.db.transaction('rw', this.db.naveTopics, this.db.naveVerses, async () => {
      await this.db.naveTopics.clear();
      await this.db.naveVerses.clear();
      await this.db.naveTopics.bulkPut(topics.map((t, id) => ({ id, name: t.name, sections: t.sections })));
      await this.db.naveVerses.bulkPut(verses);
    });
    await this.db.meta.put({ key: META_NAVE, value: version });
  }

  /** The Nave's sections citing most verses of the passage, with their other references. */
  private async naveTopicsFor(osis: string): Promise<TopicView[]> {
    await (this.naveReady ??= this.loadNave().catch((error: unknown) => {
      this.naveReady = undefined;
      throw error;
    }));
    const counts = new Map<string, number>();
    for (const span of parseOsis(osis)) {
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
        .limit(200)
        .toArray();
      for (const row of rows) {
        for (const [topic, section] of row.refs) {
          const k = `${topic}/${section}`;
          counts.set(k, (counts.get(k) ?? 0) + 1);
        }
      }
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, NAVE_SECTIONS);
    const topics = await this.db.naveTopics.bulkGet(best.map(([k]) => Number(k.split('/')[0])));
    const asked = intervals(osis);
    const views: TopicView[] = [];
    best.forEach(([k], i) => {
      const topic = topics[i];
      const section = topic?.sections[Number(k.split('/')[1])];
      if (!topic || !section) return;
      const others = section.refs.filter(
        (ref) => !intervals(ref).some(([s, e]) => asked.some(([a, b]) => s <= b && a <= e)),
      );
      views.push({
        topic: topic.name,
        heading: section.heading,
        refs: others.slice(0, NAVE_REFS).map((ref) => ({ osis: ref, label: formatOsis(ref) })),
      });
    });
    return views;
  }
}
