/**
 * Saved verses, kept in their own table: the passage cache never evicts them, and one
 * passage in one translation is saved once.
 */
import type { TranslationId } from '../bible/translations';
import { ImportError, parseBackup, toCsv, toJson, toMarkdown, type SavedVerse } from '../saved/format';
import { CodedError } from '../messaging/reply';
import type { IntercedeDb } from './database';
import type { VerseService } from './verse-service';

import type { ExportFormat } from '../messaging/saved';

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

  /** Whether this passage is saved in this translation. */
  async isSaved(osis: string, translation: TranslationId): Promise<boolean> {
    return (await this.find(osis, translation)) !== undefined;
  }

  /** Saves a passage (once); returns the saved item. */
  async save(osis: string, translation: TranslationId): Promise<SavedVerse> {
    const existing = await this.find(osis, translation);
    if (existing) return existing;
    const passage = await this.verses.getPassage(osis, translation);
    const several = passage.verses.length > 1;
    const text = passage.verses.map((v) => (several ? `${v.verse} ${v.text}` : v.text)).join(' ');
    const at = this.now();
    const item: SavedVerse = {
      osis,
      translation,
      label: passage.label,
      text,
      note: '',
      tags: [],
      createdAt: at,
      updatedAt: at,
    };
    item.id = await this.db.saved.add(item);
    return item;
  }

  /** Saves or unsaves; returns the new state. */
  async toggle(osis: string, translation: TranslationId): Promise<boolean> {
    const existing = await this.find(osis, translation);
    if (existing) {
      await this.db.saved.delete(existing.id!);
      return false;
    }
    await this.save(osis, translation);
    return true;
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

  /** Puts a removed item back (Undo); a duplicate saved meanwhile wins. */
  async restore(item: SavedVerse): Promise<void> {
    if (await this.find(item.osis, item.translation)) return;
    await this.db.saved.put(item);
  }

  /** The list as a file. */
  async export(format: ExportFormat): Promise<string> {
    const items = await this.list();
    if (format === 'json') return toJson(items, this.now());
    return format === 'markdown' ? toMarkdown(items) : toCsv(items);
  }

  /** Merges a JSON backup: all of it or nothing, skipping passages already saved. */
  async import(text: string): Promise<ImportResult> {
    let items;
    try {
      items = parseBackup(text);
    } catch (error) {
      if (error instanceof ImportError) throw new CodedError('invalid-data', error.message);
      throw error;
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
