import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { IntercedeDb, SCHEMA } from '@/lib/db/database';

/** Sample rows a user could have in any version; later versions must keep them. */
const SAVED = {
  osis: 'Heb.7.25',
  translation: 'WEB',
  label: 'Hebrews 7:25',
  text: 'sample',
  note: 'my note',
  tags: ['priesthood'],
  createdAt: 1,
  updatedAt: 1,
};

describe('IntercedeDb schema', () => {
  it('keeps the name every installed copy opened (another name would lose their saved verses)', () => {
    expect(new IntercedeDb().name).toBe('intercede');
  });

  it('opens an empty database at the newest version', async () => {
    const db = new IntercedeDb('schema-fresh');
    await db.open();
    expect(db.verno).toBe(SCHEMA.length);
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(SCHEMA.at(-1)!).sort());
    await db.delete();
  });

  it.each(SCHEMA.map((_, i) => i + 1))(
    'upgrades a database written by version %i without losing saved verses',
    async (n) => {
      const name = `schema-from-${n}`;
      const old = new Dexie(name);
      SCHEMA.slice(0, n).forEach((stores, i) => old.version(i + 1).stores(stores));
      await old.open();
      await old.table('saved').add({ ...SAVED });
      await old.table('history').add({ osis: 'John.17', translation: 'KJV', at: 2 });
      old.close();

      const db = new IntercedeDb(name);
      await db.open();
      expect(db.verno).toBe(SCHEMA.length);
      expect(await db.saved.toArray()).toEqual([{ ...SAVED, id: 1 }]);
      expect(await db.history.count()).toBe(1);
      await db.delete();
    },
  );

  it('keeps one saved item per passage and translation', async () => {
    const db = new IntercedeDb('schema-unique');
    await db.saved.add({ ...SAVED, translation: 'WEB' });
    await db.saved.add({ ...SAVED, translation: 'KJV' });
    await expect(db.saved.add({ ...SAVED, translation: 'WEB' })).rejects.toThrow();
    expect(await db.saved.count()).toBe(2);
    await db.delete();
  });
});
