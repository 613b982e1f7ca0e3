/**
 * Saved verses, kept in their own table: the passage cache never evicts them, and one
 * passage in one translation is saved once.
 */
import type { TranslationId } from '../bible/translations';
import type { Passage } from '../bible/passage';
import {
  ImportError,
  parseBackup,
  savedState,
  toCsv,
  toJson,
  toMarkdown,
  type ExportFormat,
  type SavedState,
  type SavedVerse,
} from '../saved/format';
import type { SavedInput } from '../saved/schema';
import { CodedError, PassageNotFoundError } from '../errors';
import type { IntercedeDb } from './database';
import type { VerseService } from './verse-service';

/** What an import did. */
export interface ImportResult {
  added: number;
  skipped: number;
}

/** Saving, listing, editing, exporting and importing saved verses. */
export class SavedService {
  constructor(
    private readonly db: IntercedeDb,
    private readonly verses: Pick<VerseService, 'getPassage'>,
    private readonly now: () => number = Date.now,
  ) {}

  private find(osis: string, translation: TranslationId) {
    return this.db.saved.where('[osis+translation]').equals([osis, translation]).first();
  }

  /** Whether this passage is saved in this translation, and with the reader's note or tags. */
  async state(osis: string, translation: TranslationId): Promise<SavedState> {
    return savedState(await this.find(osis, translation));
  }

  /** Saves a passage (once), with the translation shown beside it if any; returns the saved item. */
  async save(osis: string, translation: TranslationId, second?: TranslationId): Promise<SavedVerse> {
    const existing = await this.find(osis, translation);
    if (existing) return existing;
    const at = this.now();
    const item = await this.fromPacks({
      osis,
      translation,
      ...(second && second !== translation ? { second } : {}),
      note: '',
      tags: [],
      createdAt: at,
      updatedAt: at,
    });
    item.id = await this.db.saved.add(item);
    return item;
  }

  /** Saves each passage not saved yet, one after another; says how many were added and how many were there. */
  async saveMany(
    items: { osis: string; translation: TranslationId }[],
  ): Promise<{ added: number; already: number }> {
    let added = 0;
    for (const { osis, translation } of items) {
      if (await this.find(osis, translation)) continue;
      await this.save(osis, translation);
      added++;
    }
    return { added, already: items.length - added };
  }

  /**
   * Saves or unsaves; returns the new state. A verse with the reader's note or tags is
   * removed only when `discardNote` says the reader confirmed it; otherwise it stays.
   */
  async toggle(
    osis: string,
    translation: TranslationId,
    discardNote = false,
    second?: TranslationId,
  ): Promise<SavedState> {
    const existing = await this.find(osis, translation);
    if (existing) {
      if (savedState(existing) === 'annotated' && !discardNote) return 'annotated';
      await this.db.saved.delete(existing.id!);
      return 'unsaved';
    }
    await this.save(osis, translation, second);
    return 'saved';
  }

  /** Every saved item, newest first. */
  list(): Promise<SavedVerse[]> {
    return this.db.saved.orderBy('createdAt').reverse().toArray();
  }

  /** How many items are saved (for the toolbar badge). */
  count(): Promise<number> {
    return this.db.saved.count();
  }

  /** Edits an item's note and tags. */
  async update(id: number, changes: { note: string; tags: string[] }): Promise<SavedVerse> {
    const updated = await this.db.saved.update(id, { ...changes, updatedAt: this.now() });
    if (!updated) throw new CodedError('not-found', 'That saved verse no longer exists');
    return (await this.db.saved.get(id))!;
  }

  /** Removes an item and returns it, so the popup can offer Undo. */
  async remove(id: number): Promise<SavedVerse> {
    const item = await this.db.saved.get(id);
    if (!item) throw new CodedError('not-found', 'That saved verse no longer exists');
    await this.db.saved.delete(id);
    return item;
  }

  /**
   * A row for the database: the label and text always come from the bundled packs, never
   * from the caller, so neither a backup file nor a message can make the list show words the
   * Bible does not have.
   */
  private async fromPacks(input: SavedInput): Promise<SavedVerse> {
    const passage: Passage = await this.verses.getPassage(input.osis, input.translation);
    const { osis, translation, note, tags, createdAt, updatedAt } = input;
    const item: SavedVerse = {
      osis,
      translation,
      label: passage.label,
      text: savedText(passage),
      note,
      tags,
      createdAt,
      updatedAt,
    };
    if (input.second) {
      // A passage the second translation leaves out is saved in the first alone, as the card showed it.
      const second = await this.verses.getPassage(osis, input.second).catch((error: unknown) => {
        if (error instanceof PassageNotFoundError) return undefined;
        throw error;
      });
      if (second) Object.assign(item, { second: input.second, secondText: savedText(second) });
    }
    return item;
  }

  /**
   * Puts a removed item back (Undo) under a new id, so it can never overwrite another saved
   * verse; a duplicate saved meanwhile wins.
   */
  async restore(input: SavedInput): Promise<void> {
    if (await this.find(input.osis, input.translation)) return;
    const item = await this.fromPacks(input);
    await this.db.saved.add(item);
  }

  /** The list as a file. */
  async export(format: ExportFormat): Promise<string> {
    const items = await this.list();
    if (format === 'json') return toJson(items, this.now());
    return format === 'markdown' ? toMarkdown(items) : toCsv(items);
  }

  /** Merges a JSON backup: all of it or nothing, skipping passages already saved. */
  async import(text: string): Promise<ImportResult> {
    let inputs;
    try {
      inputs = parseBackup(text);
    } catch (error) {
      if (error instanceof ImportError) throw new CodedError('invalid-data', error.message);
      throw error;
    }
    // Rows are made before the transaction: a transaction commits as soon as it waits on
    // anything but its own requests, and the packs are read outside it.
    const items: SavedVerse[] = [];
    for (const [i, input] of inputs.entries()) {
      try {
        items.push(await this.fromPacks(input));
      } catch (error) {
        if (!(error instanceof PassageNotFoundError)) throw error;
        throw new CodedError(
          'invalid-data',
          `Item ${i + 1}: ${input.osis} is not in the ${input.translation} (${(error as Error).message}); nothing was imported`,
        );
      }
    }
    return this.db.transaction('rw', this.db.saved, async () => {
      let added = 0;
      let skipped = 0;
      for (const item of items) {
        if (await this.find(item.osis, item.translation)) skipped++;
        else {
          await this.db.saved.add(item);
          added++;
        }
      }
      return { added, skipped };
    });
  }
}

/** A passage's text as the list shows it: verse numbers before the verses of a passage of several. */
function savedText(passage: Passage): string {
  const several = passage.verses.length > 1;
  return passage.verses.map((v) => (several ? `${v.verse} ${v.text}` : v.text)).join(' ');
}
