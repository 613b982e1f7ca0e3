/**
 * The popup's recent lookups. One row per passage (looking it up again moves it to the top),
 * and only the newest are kept: history is a convenience, not a record.
 */
import type { TranslationId } from '../bible/translations';
import type { HistoryEntry } from '../search/history';
import type { IntercedeDb } from './database';

/** Older lookups beyond this many are dropped. */
export const HISTORY_KEPT = 50;

/** Recording and listing lookups. */
export class HistoryService {
  constructor(
    private readonly db: IntercedeDb,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a lookup; an earlier lookup of the same passage (in any translation) gives way. */
  async add(osis: string, translation: TranslationId): Promise<void> {
    await this.db.transaction('rw', this.db.history, async () => {
      await this.db.history.filter((row) => row.osis === osis).delete();
      await this.db.history.add({ osis, translation, at: this.now() });
      const count = await this.db.history.count();
      if (count > HISTORY_KEPT) {
        const oldest = await this.db.history
          .orderBy('at')
          .limit(count - HISTORY_KEPT)
          .primaryKeys();
        await this.db.history.bulkDelete(oldest);
      }
    });
  }

  /** The newest lookups first. */
  async recent(limit: number): Promise<HistoryEntry[]> {
    const rows = await this.db.history.orderBy('at').reverse().limit(limit).toArray();
    return rows.map(({ osis, translation, at }) => ({ osis, translation, at }));
  }

  /** Forgets every lookup. */
  clear(): Promise<void> {
    return this.db.history.clear();
  }
}
