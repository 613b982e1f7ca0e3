/**
 * The commentary notes in IndexedDB: loaded from their pack the first time a passage asks
 * for them, and replaced when the pack's version (a hash of the notes) changes. A lookup
 * narrows the notes with the multiEntry `chapters` index, ranks them (lib/commentary/match),
 * and falls back to Nave's Topical Bible when no note overlaps the passage.
 */
import { parseOsis } from '../bible/osis';
import { anyOverlap, chapterKeys, rankNotes } from '../commentary/match';
import type { CommentaryPack } from '../commentary/pack';
import { noteView, type CommentaryReply } from '../commentary/views';
import type { CommentaryRow, IntercedeDb } from './database';
import { NaveService, type NaveSource } from './nave';
import { SharedOnce } from './shared-once';

/** Where the packs come from: the extension package in production, fixtures in tests. */
export interface CommentarySource extends NaveSource {
  /** public/data/commentary.json */
  commentary(): Promise<CommentaryPack>;
}

/** The `meta` key holding the version of the notes in the `commentary` table. */
export const META_COMMENTARY = 'commentary';

/** The rows for a pack's notes, with the chapter keys their passages touch. */
function commentaryRows(pack: CommentaryPack): CommentaryRow[] {
  return pack.notes.map((note) => ({
    id: note.id,
    title: note.title,
    passages: note.passages,
    themes: note.themes,
    related: note.related,
    body: note.paragraphs,
    chapters: [...new Set(note.passages.flatMap(chapterKeys))],
  }));
}

/** Answers "what do the notes (or Nave's) say about this passage?". */
export class CommentaryService {
  /** Loading the notes pack into IndexedDB, once per service-worker lifetime. */
  private readonly loaded = new SharedOnce(() => this.load());

  constructor(
    private readonly db: IntercedeDb,
    private readonly source: CommentarySource,
    /** Nave's topics for passages no note overlaps. */
    readonly nave: NaveService = new NaveService(db, source),
  ) {}

  /**
   * Every note matching the passage, ranked; Nave's topics only when none overlaps it.
   * @throws OsisError for an invalid passage.
   */
  async getCommentary(osis: string): Promise<CommentaryReply> {
    parseOsis(osis);
    await this.loaded.get();
    const rows = await this.db.commentary.where('chapters').anyOf(chapterKeys(osis)).distinct().toArray();
    const ranked = rankNotes(osis, rows);
    return {
      notes: ranked.map(({ note }) => noteView({ ...note, paragraphs: note.body })),
      topics: anyOverlap(ranked) ? [] : await this.nave.topicsFor(osis),
    };
  }

  /** Empties the notes and Nave's tables; they load from their packs again when next needed. */
  async clear(): Promise<void> {
    await this.loaded.current?.catch(() => undefined);
    this.loaded.reset();
    await this.db.transaction('rw', this.db.commentary, this.db.meta, async () => {
      await this.db.commentary.clear();
      await this.db.meta.delete(META_COMMENTARY);
    });
    await this.nave.clear();
  }

  private async load(): Promise<void> {
    const pack = await this.source.commentary();
    if (typeof pack?.version !== 'string' || !Array.isArray(pack.notes)) {
      throw new Error('The commentary pack is damaged; reinstall the extension');
    }
    if ((await this.db.meta.get(META_COMMENTARY))?.value === pack.version) return;
    let rows: CommentaryRow[];
    try {
      rows = commentaryRows(pack);
    } catch (error) {
      throw new Error(
        `The commentary pack is damaged (${(error as Error).message}); reinstall the extension`,
        { cause: error },
      );
    }
    await this.db.transaction('rw', this.db.commentary, this.db.meta, async () => {
      await this.db.commentary.clear();
      await this.db.commentary.bulkPut(rows);
      await this.db.meta.put({ key: META_COMMENTARY, value: pack.version });
    });
  }
}
