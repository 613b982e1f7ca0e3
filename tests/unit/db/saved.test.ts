import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Passage, Verse } from '@/lib/bible/passage';
import { IntercedeDb } from '@/lib/db/database';
import { SavedService } from '@/lib/db/saved';
import { toCsv, toMarkdown } from '@/lib/saved/format';

/** A stand-in verse service answering with the given verses (placeholder text, not Bible text). */
function versesOf(verses: Verse[]) {
  return {
    getPassage: async (osis: string, translation: 'WEB' | 'KJV'): Promise<Passage> => ({
      osis,
      translation,
      label: `label of ${osis}`,
      verses,
      omitted: [],
      source: 'cache',
    }),
  };
}
const verse = (n: number): Verse => ({ book: 'Heb', chapter: 7, verse: n, text: `words of ${n}` });

let db: IntercedeDb;
let n = 0;
let clock = 1_000;
const service = (verses = [verse(25)]) => new SavedService(db, versesOf(verses), () => clock++);
beforeEach(() => {
  db = new IntercedeDb(`db-saved-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('SavedService', () => {
  it('keeps one verse’s text as it is and numbers the verses of a longer passage', async () => {
    expect((await service([verse(25)]).save('Heb.7.25', 'WEB')).text).toBe('words of 25');
    expect((await service([verse(23), verse(24)]).save('Heb.7.23-Heb.7.24', 'WEB')).text).toBe(
      '23 words of 23 24 words of 24',
    );
    expect((await service().list()).map((item) => item.label)).toEqual([
      'label of Heb.7.23-Heb.7.24',
      'label of Heb.7.25',
    ]);
  });

  it('says an item no longer exists when it is edited or removed after being deleted', async () => {
    const s = service();
    const { id } = await s.save('Heb.7.25', 'WEB');
    await s.remove(id!);
    for (const attempt of [s.update(id!, { note: 'x', tags: [] }), s.remove(id!)]) {
      await expect(attempt).rejects.toMatchObject({
        code: 'not-found',
        message: 'That saved verse no longer exists',
      });
    }
  });

  it('saves many passages once each, leaving those already saved (and their notes) as they are', async () => {
    const s = service();
    const noted = await s.save('Heb.7.25', 'WEB');
    await s.update(noted.id!, { note: 'kept', tags: [] });
    const result = await s.saveMany([
      { osis: 'Heb.7.25', translation: 'WEB' },
      { osis: 'Heb.7.25', translation: 'KJV' },
      { osis: 'John.17.20', translation: 'WEB' },
    ]);
    expect(result).toEqual({ added: 2, already: 1 });
    const list = await s.list();
    expect(list.map((item) => `${item.osis} ${item.translation} ${item.note}`).sort()).toEqual([
      'Heb.7.25 KJV ',
      'Heb.7.25 WEB kept',
      'John.17.20 WEB ',
    ]);
    expect(await s.saveMany([{ osis: 'John.17.20', translation: 'WEB' }])).toEqual({ added: 0, already: 1 });
    expect(await s.count()).toBe(3);
  });

  it('edits a note and its time, and nothing else', async () => {
    const s = service();
    const saved = await s.save('Heb.7.25', 'WEB');
    const edited = await s.update(saved.id!, { note: 'for Peter', tags: ['faith'] });
    expect(edited).toEqual({ ...saved, note: 'for Peter', tags: ['faith'], updatedAt: saved.updatedAt + 1 });
  });

  it('lets a passage saved again after a removal win over the undo', async () => {
    const s = service();
    const first = await s.save('Heb.7.25', 'WEB');
    await s.remove(first.id!);
    const again = await s.save('Heb.7.25', 'WEB');
    await s.restore(first);
    expect(await s.list()).toEqual([again]);
  });

  it('exports the list in the format asked for', async () => {
    const s = service();
    await s.save('Heb.7.25', 'WEB');
    await s.save('Rom.8.34', 'KJV');
    const items = await s.list();
    expect(await s.export('markdown')).toBe(toMarkdown(items));
    expect(await s.export('csv')).toBe(toCsv(items));
    expect(JSON.parse(await s.export('json')).items).toHaveLength(2);
  });
});
