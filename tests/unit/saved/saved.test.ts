import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Passage } from '@/lib/bible/passage';
import { IntercedeDb } from '@/lib/db/database';
import { SavedService } from '@/lib/db/saved';
import { PassageNotFoundError } from '@/lib/errors';
import { BACKUP_FORMAT, MAX_IMPORT_BYTES, parseTags, toCsv, toMarkdown } from '@/lib/saved/format';

/** A stand-in verse service: the label and placeholder text of any valid passage. */
const verses = {
  getPassage: async (osis: string, translation: 'WEB' | 'KJV'): Promise<Passage> => {
    if (osis === 'Acts.8.37' && translation === 'WEB') {
      throw new PassageNotFoundError('Acts 8:37 is not in the WEB');
    }
    return {
      osis,
      translation,
      label: osis.replace(/\./g, ' '),
      verses: [{ book: 'Heb', chapter: 7, verse: 25, text: `placeholder text of ${osis}` }],
      omitted: [],
      source: 'cache',
    };
  },
};

let db: IntercedeDb;
let n = 0;
let clock = 1_000;
const service = () => new SavedService(db, verses, () => clock++);
beforeEach(() => {
  db = new IntercedeDb(`saved-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('SavedService', () => {
  it('saves a passage once per translation and toggles it off', async () => {
    const s = service();
    expect(await s.toggle('Heb.7.25', 'WEB')).toBe('saved');
    await s.save('Heb.7.25', 'WEB');
    await s.save('Heb.7.25', 'KJV');
    expect(await s.count()).toBe(2);
    expect(await s.state('Heb.7.25', 'WEB')).toBe('saved');
    expect(await s.toggle('Heb.7.25', 'WEB')).toBe('unsaved');
    expect(await s.state('Heb.7.25', 'WEB')).toBe('unsaved');
  });

  it('keeps a verse with the reader’s note or tags unless the removal was confirmed', async () => {
    const s = service();
    const item = await s.save('Heb.7.25', 'WEB');
    await s.update(item.id!, { note: 'mine', tags: [] });
    expect(await s.state('Heb.7.25', 'WEB')).toBe('annotated');
    expect(await s.toggle('Heb.7.25', 'WEB')).toBe('annotated');
    expect((await s.list())[0]).toMatchObject({ note: 'mine' });
    await s.update(item.id!, { note: ' ', tags: ['kept'] });
    expect(await s.toggle('Heb.7.25', 'WEB', false)).toBe('annotated');
    expect(await s.toggle('Heb.7.25', 'WEB', true)).toBe('unsaved');
    expect(await s.count()).toBe(0);
  });

  it('edits notes and tags, removes with undo, lists newest first', async () => {
    const s = service();
    const a = await s.save('Rom.8.34', 'WEB');
    await s.save('John.17', 'KJV');
    await s.update(a.id!, { note: 'Christ intercedes', tags: ['priesthood'] });
    const removed = await s.remove(a.id!);
    expect((await s.list()).map((x) => x.osis)).toEqual(['John.17']);
    await s.restore(removed);
    expect((await s.list()).map((x) => [x.osis, x.note, x.tags])).toEqual([
      ['John.17', '', []],
      ['Rom.8.34', 'Christ intercedes', ['priesthood']],
    ]);
    await expect(s.remove(9999)).rejects.toThrow(/no longer exists/);
  });

  it('exports JSON that imports into an empty database as the identical list', async () => {
    const s = service();
    for (const osis of ['Heb.7.25', 'Rom.8.26-Rom.8.27', '1John.2.1']) await s.save(osis, 'WEB');
    const first = await s.list();
    await s.update(first[0]!.id!, { note: 'a "quoted" note, with commas', tags: ['advocate', 'john'] });
    const before = (await s.list()).map(({ id: _, ...rest }) => rest);
    const json = await s.export('json');

    await db.delete();
    db = new IntercedeDb(`saved-${n++}`);
    const fresh = service();
    expect(await fresh.import(json)).toEqual({ added: 3, skipped: 0 });
    expect((await fresh.list()).map(({ id: _, ...rest }) => rest)).toEqual(before);
    expect(await fresh.import(json)).toEqual({ added: 0, skipped: 3 });
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['a foreign file', JSON.stringify({ hello: 'world' }), /not an Intercede saved-verses backup/],
    ['a newer version', JSON.stringify({ format: BACKUP_FORMAT, version: 99, items: [] }), /version 99/],
    [
      'an invalid reference',
      JSON.stringify({
        format: BACKUP_FORMAT,
        version: 1,
        items: [
          {
            osis: 'Jude.2.1',
            translation: 'WEB',
            label: '',
            text: '',
            note: '',
            tags: [],
            createdAt: 1,
            updatedAt: 1,
          },
        ],
      }),
      /Item 1: "osis" is not a valid reference/,
    ],
    ['an oversized file', ' '.repeat(MAX_IMPORT_BYTES + 1), /larger than/],
  ])('refuses %s with a clear error and changes nothing', async (_, text, message) => {
    const s = service();
    await s.save('Heb.7.25', 'WEB');
    await expect(s.import(text)).rejects.toThrow(message);
    await expect(s.import(text)).rejects.toMatchObject({ code: 'invalid-data' });
    expect((await s.list()).map((x) => x.osis)).toEqual(['Heb.7.25']);
  });

  it.each([
    ['a date past what Date can hold', { createdAt: 9e15 }, /Item 1: "createdAt"/],
    ['a 200,000-character tag', { tags: ['x'.repeat(200_000)] }, /Item 1: "tags.0"/],
    ['a passage this translation leaves empty', { osis: 'Acts.8.37' }, /Acts.8.37 is not in the WEB/],
  ])('refuses an item with %s, and changes nothing', async (_, change, message) => {
    const s = service();
    await s.save('Heb.7.25', 'WEB');
    const before = JSON.stringify(await s.list());
    const item = {
      osis: 'Rom.8.34',
      translation: 'WEB',
      note: '',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
      ...change,
    };
    const text = JSON.stringify({ format: BACKUP_FORMAT, version: 1, items: [item] });
    await expect(s.import(text)).rejects.toThrow(message);
    await expect(s.import(text)).rejects.toMatchObject({ code: 'invalid-data' });
    expect(JSON.stringify(await s.list())).toBe(before);
  });

  it('imports forged labels and texts as the packs have them, and never reuses an id in use', async () => {
    const s = service();
    const mine = await s.save('Heb.7.25', 'WEB');
    await s.update(mine.id!, { note: 'mine', tags: ['keep'] });
    const before = await db.saved.get(mine.id!);
    const forged = {
      id: mine.id,
      osis: 'Gen.1.6',
      translation: 'WEB',
      label: 'FORGED Genesis',
      text: 'FORGED words',
      note: 'theirs',
      tags: [],
      createdAt: 3,
      updatedAt: 3,
    };
    expect(await s.import(JSON.stringify({ format: BACKUP_FORMAT, version: 1, items: [forged] }))).toEqual({
      added: 1,
      skipped: 0,
    });
    expect(await db.saved.get(mine.id!)).toEqual(before);
    const imported = (await s.list()).find((x) => x.osis === 'Gen.1.6')!;
    expect(imported.id).not.toBe(mine.id);
    expect(imported).toMatchObject({ label: 'Gen 1 6', text: 'placeholder text of Gen.1.6', note: 'theirs' });
  });

  it('saves the second translation shown beside the first, and keeps it through export, import and undo', async () => {
    const s = service();
    expect(await s.toggle('Heb.7.25', 'WEB', false, 'KJV')).toBe('saved');
    await s.save('Rom.8.34', 'KJV');
    const [plain, two] = await s.list();
    expect(two).toMatchObject({
      osis: 'Heb.7.25',
      translation: 'WEB',
      text: 'placeholder text of Heb.7.25',
      second: 'KJV',
      secondText: 'placeholder text of Heb.7.25',
    });
    // Saved with one translation: no second field at all, as before.
    expect(Object.keys(plain!)).not.toContain('second');
    const json = await s.export('json');
    expect(JSON.parse(json).items[1]).toMatchObject({ second: 'KJV', secondText: expect.any(String) });
    expect(JSON.parse(json).items[0]).not.toHaveProperty('second');
    const before = (await s.list()).map(({ id: _, ...rest }) => rest);

    await db.delete();
    db = new IntercedeDb(`saved-${n++}`);
    const fresh = service();
    expect(await fresh.import(json)).toEqual({ added: 2, skipped: 0 });
    expect((await fresh.list()).map(({ id: _, ...rest }) => rest)).toEqual(before);
    const removed = await fresh.remove((await fresh.list())[1]!.id!);
    await fresh.restore(removed);
    expect((await fresh.list()).find((x) => x.osis === 'Heb.7.25')).toMatchObject({
      second: 'KJV',
      secondText: 'placeholder text of Heb.7.25',
    });
  });

  it('imports a backup written before there were two translations, and refuses a second not installed', async () => {
    const s = service();
    const old = {
      osis: 'Heb.7.25',
      translation: 'WEB',
      label: 'Hebrews 7:25',
      text: 'placeholder',
      note: 'kept',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    };
    const file = (items: unknown[]) => JSON.stringify({ format: BACKUP_FORMAT, version: 1, items });
    expect(await s.import(file([old]))).toEqual({ added: 1, skipped: 0 });
    expect((await s.list())[0]).not.toHaveProperty('second');
    await expect(s.import(file([{ ...old, osis: 'Rom.8.34', second: 'NIV' }]))).rejects.toThrow(
      /Item 1: "second" must be one of WEB, KJV/,
    );
    // A second equal to the first, or one the passage is not in, leaves the first alone.
    await s.import(
      file([
        { ...old, osis: 'John.17.9', second: 'WEB' },
        { ...old, osis: 'Acts.8.37', translation: 'KJV', second: 'WEB', secondText: 'FORGED' },
      ]),
    );
    const items = await s.list();
    expect(items.find((x) => x.osis === 'John.17.9')).not.toHaveProperty('second');
    expect(items.find((x) => x.osis === 'Acts.8.37')).not.toHaveProperty('secondText');
  });

  it('imports all or nothing', async () => {
    const s = service();
    const good = {
      osis: 'Heb.7.25',
      translation: 'WEB',
      label: 'x',
      text: 'y',
      note: '',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    };
    const bad = { ...good, osis: 'Rom.8.34', translation: 'NIV' };
    await expect(
      s.import(JSON.stringify({ format: BACKUP_FORMAT, version: 1, items: [good, bad] })),
    ).rejects.toThrow(/Item 2: "translation" must be one of WEB, KJV/);
    expect(await s.count()).toBe(0);
  });
});

describe('export formats', () => {
  const item = {
    osis: 'Heb.7.25',
    translation: 'WEB' as const,
    label: 'Hebrews 7:25',
    text: 'placeholder',
    note: '=SUM(A1) "note"',
    tags: ['priesthood'],
    createdAt: 0,
    updatedAt: 0,
  };
  it('writes Markdown with the note and tags', () => {
    expect(toMarkdown([item])).toContain(
      '## Hebrews 7:25 (WEB)\n\n> placeholder\n\n=SUM(A1) "note"\n\n#priesthood',
    );
  });
  it('writes both translations of an item saved with two, each named', () => {
    const two = { ...item, note: '', tags: [], second: 'KJV' as const, secondText: 'placeholder two' };
    expect(toMarkdown([two])).toContain(
      '## Hebrews 7:25 (WEB, KJV)\n\n> WEB: placeholder\n>\n> KJV: placeholder two\n',
    );
    expect(toCsv([two]).split('\r\n')[1]).toMatch(/,"KJV","placeholder two"$/);
  });
  it('writes CSV that spreadsheets cannot execute', () => {
    expect(toCsv([item]).split('\r\n')[1]).toBe(
      '"Hebrews 7:25","Heb.7.25","WEB","placeholder","\'=SUM(A1) ""note""","priesthood","1970-01-01T00:00:00.000Z","",""',
    );
  });
  it('cleans typed tags', () => {
    expect(parseTags(' #Prayer, hebrews  prayer ')).toEqual(['prayer', 'hebrews']);
  });
});
