import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IntercedeDb } from '@/lib/db/database';
import { HISTORY_KEPT, HistoryService } from '@/lib/db/history';

let db: IntercedeDb;
let name = 0;
let clock = 0;
let history: HistoryService;
beforeEach(() => {
  db = new IntercedeDb(`history-${name++}`);
  clock = 1000;
  history = new HistoryService(db, () => (clock += 10));
});
afterEach(async () => {
  await db.delete();
});

describe('HistoryService', () => {
  it('lists lookups newest first, as many as asked, with when each was made', async () => {
    await history.add('Heb.7.25', 'WEB');
    await history.add('John.17', 'KJV');
    await history.add('Rom.8.34', 'WEB');
    expect(await history.recent(2)).toEqual([
      { osis: 'Rom.8.34', translation: 'WEB', at: 1030 },
      { osis: 'John.17', translation: 'KJV', at: 1020 },
    ]);
  });

  it('moves a passage looked up again to the top, once, in the translation asked last', async () => {
    await history.add('Heb.7.25', 'WEB');
    await history.add('John.17', 'WEB');
    await history.add('Heb.7.25', 'KJV');
    expect((await history.recent(10)).map((e) => `${e.osis} ${e.translation}`)).toEqual([
      'Heb.7.25 KJV',
      'John.17 WEB',
    ]);
  });

  it(`keeps only the newest ${HISTORY_KEPT} lookups`, async () => {
    for (let i = 1; i <= HISTORY_KEPT + 2; i++) await history.add(`Ps.${i}`, 'WEB');
    const kept = await history.recent(100);
    expect(kept).toHaveLength(HISTORY_KEPT);
    expect(kept[0]!.osis).toBe(`Ps.${HISTORY_KEPT + 2}`);
    expect(kept.at(-1)!.osis).toBe('Ps.3');
  });

  it('forgets every lookup', async () => {
    await history.add('Heb.7.25', 'WEB');
    await history.clear();
    expect(await history.recent(10)).toEqual([]);
  });
});
