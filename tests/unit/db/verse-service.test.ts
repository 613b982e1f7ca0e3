import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BookPack } from '@/lib/bible/packs';
import type { TranslationId } from '@/lib/bible/translations';
import { IntercedeDb } from '@/lib/db/database';
import { PassageNotFoundError } from '@/lib/errors';
import { VerseService, type PackSource } from '@/lib/db/verse-service';
import { OsisError } from '@/lib/bible/osis';

const dataDir = new URL('../../../public/data/bible/', import.meta.url);

/** How many verse slots a book has in the real pack. */
function versesOf(t: TranslationId, b: string): number {
  const pack = JSON.parse(readFileSync(new URL(`${t}/${b}.json`, dataDir), 'utf8')) as BookPack;
  return pack.chapters.reduce((n, c) => n + c.length, 0);
}

/** The real packs from public/data, counting every read. */
function countingPacks(version = 'v1', edit?: (pack: BookPack) => BookPack) {
  const reads: string[] = [];
  const source: PackSource = {
    version: async () => version,
    book: async (t: TranslationId, b: string) => {
      reads.push(`${t}:${b}`);
      const pack = JSON.parse(readFileSync(new URL(`${t}/${b}.json`, dataDir), 'utf8')) as BookPack;
      return edit ? edit(pack) : pack;
    },
  };
  return { source, reads };
}

let db: IntercedeDb;
let name = 0;
beforeEach(() => {
  db = new IntercedeDb(`verse-service-${name++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('VerseService.getPassage', () => {
  it('loads a book pack once, then answers from memory and, after a restart, from IndexedDB', async () => {
    const { source, reads } = countingPacks();
    const service = new VerseService(db, source);
    const cold = await service.getPassage('Heb.7.25', 'WEB');
    expect(cold.source).toBe('pack');
    expect(cold.label).toBe('Hebrews 7:25');
    expect(cold.verses).toHaveLength(1);
    expect(cold.verses[0]).toMatchObject({ book: 'Heb', chapter: 7, verse: 25 });
    expect(cold.verses[0]!.text).toMatch(/intercession/);
    const warm = await service.getPassage('Heb.4.14-Heb.4.16', 'WEB');
    expect(warm.source).toBe('memory');
    expect(warm.verses.map((v) => v.verse)).toEqual([14, 15, 16]);
    await service.settled();
    const restarted = await new VerseService(db, source).getPassage('Heb.4.14-Heb.4.16', 'WEB');
    expect(restarted).toEqual({ ...warm, source: 'cache' });
    expect(reads).toEqual(['WEB:Heb']);
  });

  it('with keep: false (a private window) reads the cache and the packs but writes nothing', async () => {
    const { source, reads } = countingPacks();
    const service = new VerseService(db, source);
    // A book cached before (in a normal window) is read from IndexedDB.
    await service.getPassage('Ps.23.1', 'WEB');
    await service.settled();
    const fresh = new VerseService(db, source);
    const before = { verses: await db.verses.count(), books: await db.books.toArray() };
    expect((await fresh.getPassage('Ps.23.1', 'WEB', { keep: false })).source).toBe('cache');
    const cold = await fresh.getPassage('Heb.7.25', 'WEB', { keep: false });
    expect(cold).toMatchObject({ source: 'pack', label: 'Hebrews 7:25' });
    expect(cold.verses[0]!.text).toMatch(/intercession/);
    // Nine books in one passage: more than memory holds, answered all the same.
    const wide = await fresh.getPassage('Gal.1.1-Rev.1.1', 'KJV', { keep: false });
    expect(wide.verses[0]).toMatchObject({ book: 'Gal', chapter: 1, verse: 1 });
    expect(wide.verses.at(-1)).toMatchObject({ book: 'Rev', chapter: 1, verse: 1 });
    expect(new Set(wide.verses.map((v) => v.book)).size).toBe(19);
    await fresh.settled();
    expect({ verses: await db.verses.count(), books: await db.books.toArray() }).toEqual(before);
    expect(reads.filter((r) => r === 'WEB:Heb')).toHaveLength(1);
  });

  it('with keep: false neither drops nor rewrites a cache left by older packs', async () => {
    const old = countingPacks('v0');
    await new VerseService(db, old.source).getPassage('Heb.7.25', 'WEB');
    await new VerseService(db, old.source).settled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const snapshot = async () => ({
      verses: await db.verses.count(),
      books: await db.books.toArray(),
      meta: await db.meta.toArray(),
    });
    const before = await snapshot();
    expect(before.books).toHaveLength(1);
    const { source, reads } = countingPacks('v1');
    const service = new VerseService(db, source);
    // The cached book is of the old packs: read from the new pack instead, and nothing touched.
    expect((await service.getPassage('Heb.7.25', 'WEB', { keep: false })).source).toBe('pack');
    expect(reads).toEqual(['WEB:Heb']);
    await service.settled();
    expect(await snapshot()).toEqual(before);
  });

  it('answers a cold lookup from the pack while IndexedDB is written behind it', async () => {
    const service = new VerseService(db, countingPacks().source);
    // Writing 2,461 rows clones each on the worker's thread: the answer must not queue behind it.
    const order: string[] = [];
    const bulkPut = db.verses.bulkPut.bind(db.verses);
    db.verses.bulkPut = ((...args: Parameters<typeof bulkPut>) => {
      order.push('write');
      return bulkPut(...args);
    }) as typeof db.verses.bulkPut;
    const cold = await service.getPassage('Ps.23', 'KJV').finally(() => order.push('answer'));
    expect(order).toEqual(['answer']);
    expect(cold).toMatchObject({ source: 'pack', label: 'Psalm 23' });
    expect(cold.verses).toHaveLength(6);
    await service.settled();
    expect(order).toEqual(['answer', 'write']);
    expect(await db.books.get(['KJV', 18])).toMatchObject({ version: 'v1' });
    expect(await db.verses.where('[t+b+c+v]').between(['KJV', 18], ['KJV', 18, []]).count()).toBe(2461);
    const warm = await new VerseService(db, countingPacks().source).getPassage('Ps.23', 'KJV');
    expect(warm).toEqual({ ...cold, source: 'cache' });
  });

  it('keeps the last eight books in memory and reads older ones from IndexedDB', async () => {
    const { source, reads } = countingPacks();
    const service = new VerseService(db, source);
    const books = ['Gen', 'Exod', 'Lev', 'Num', 'Deut', 'Josh', 'Judg', 'Ruth', '1Sam'];
    for (const book of books) await service.getPassage(`${book}.1.1`, 'KJV');
    await service.settled();
    const sources = async (list: string[]) => {
      const out: string[] = [];
      for (const book of list) out.push((await service.getPassage(`${book}.1.2`, 'KJV')).source);
      return out;
    };
    expect(await sources(books.slice(1))).toEqual(Array(8).fill('memory'));
    expect(await sources(['Gen'])).toEqual(['cache']);
    expect(reads).toHaveLength(books.length);
  });

  it('answers a passage spanning more books than memory holds (Gen.50.26–1Sam.1.1)', async () => {
    const books = ['Exod', 'Lev', 'Num', 'Deut', 'Josh', 'Judg', 'Ruth'];
    const whole = books.reduce((n, b) => n + versesOf('KJV', b), 0);
    const passage = await new VerseService(db, countingPacks().source).getPassage(
      'Gen.50.26-1Sam.1.1',
      'KJV',
    );
    expect(passage.verses).toHaveLength(1 + whole + 1);
    expect(passage.verses[0]).toMatchObject({ book: 'Gen', chapter: 50, verse: 26 });
    expect(passage.verses.at(-1)).toMatchObject({ book: '1Sam', chapter: 1, verse: 1 });
  });

  it('clears the cache but never saved verses', async () => {
    const service = new VerseService(db, countingPacks().source);
    await service.getPassage('Heb.7.25', 'WEB');
    await service.settled();
    await db.saved.add({
      osis: 'Heb.7.25',
      translation: 'WEB',
      label: 'x',
      text: 'y',
      note: '',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await service.clear();
    expect(await db.verses.count()).toBe(0);
    expect(await db.books.count()).toBe(0);
    expect(await db.saved.count()).toBe(1);
    expect((await service.getPassage('Heb.7.25', 'WEB')).source).toBe('pack');
  });

  it('keeps the cache across service instances (a service-worker restart)', async () => {
    const first = countingPacks();
    const service = new VerseService(db, first.source);
    await service.getPassage('Rom.8.34', 'KJV');
    await service.settled();
    const second = countingPacks();
    const again = await new VerseService(db, second.source).getPassage('Rom.8.34', 'KJV');
    expect(again.source).toBe('cache');
    expect(second.reads).toEqual([]);
  });

  it('loads a book once when lookups race', async () => {
    const { source, reads } = countingPacks();
    const service = new VerseService(db, source);
    await Promise.all(
      ['John.17.1', 'John.17.20', 'John.3.16'].map((osis) => service.getPassage(osis, 'WEB')),
    );
    expect(reads).toEqual(['WEB:John']);
  });

  it.each([
    ['John.17', 26, 'John 17'],
    ['Matt.5-Matt.7', 48 + 34 + 29, 'Matthew 5–7'],
    ['Rev.21.1-Rev.22.5', 27 + 5, 'Revelation 21:1–22:5'],
    ['Rom.8.1,Rom.8.34,Rom.10.9', 3, 'Romans 8:1, 34; 10:9'],
    ['Gen.50.25-Exod.1.2', 4, 'Genesis 50:25–Exodus 1:2'],
    ['Phlm.1.6', 1, 'Philemon 6'],
  ])('answers %s with %i verses labelled %s', async (osis, count, label) => {
    const passage = await new VerseService(db, countingPacks().source).getPassage(osis, 'KJV');
    expect(passage.verses).toHaveLength(count);
    expect(passage.label).toBe(label);
  });

  it('lists omitted slots instead of inventing them', async () => {
    const passage = await new VerseService(db, countingPacks().source).getPassage(
      'Acts.8.36-Acts.8.38',
      'WEB',
    );
    expect(passage.verses.map((v) => v.verse)).toEqual([36, 38]);
    expect(passage.omitted).toEqual(['Acts.8.37']);
  });

  it('keeps each translation’s versification', async () => {
    const service = new VerseService(db, countingPacks().source);
    // The WEB has a 3 John 1:15 slot (its words sit in 1:14); the KJV has no such verse.
    expect(await service.getPassage('3John.1.14-3John.1.15', 'WEB')).toMatchObject({
      omitted: ['3John.1.15'],
    });
    expect(await service.getPassage('3John.1.14-3John.1.15', 'KJV')).toMatchObject({ omitted: [] });
    await expect(service.getPassage('3John.1.15', 'KJV')).rejects.toThrow(PassageNotFoundError);
    await expect(service.getPassage('3John.1.15', 'WEB')).rejects.toThrow('3 John 15 is not in the WEB');
  });

  it('carries psalm titles on the first verse', async () => {
    const passage = await new VerseService(db, countingPacks().source).getPassage('Ps.3.1-Ps.3.2', 'WEB');
    expect(passage.verses[0]!.title).toBeTruthy();
    expect(passage.verses[1]).not.toHaveProperty('title');
  });

  it('rejects invalid OSIS ids before touching the cache', async () => {
    const { source, reads } = countingPacks();
    const service = new VerseService(db, source);
    await expect(service.getPassage('Jude.2.1', 'WEB')).rejects.toThrow(OsisError);
    await expect(service.getPassage('Foo.1.1', 'WEB')).rejects.toThrow(OsisError);
    expect(reads).toEqual([]);
  });

  it('replaces a translation’s cached rows when a new pack version ships, and only that translation’s', async () => {
    // Each worker lives until the rows it read are written (a moment after its answer).
    const lookup = async (source: PackSource, translation: TranslationId, osis = 'Heb.7.25') => {
      const service = new VerseService(db, source);
      const passage = await service.getPassage(osis, translation);
      await service.settled();
      return passage;
    };
    const rows = (t: TranslationId) => db.verses.where('[t+b+c+v]').between([t], [t, []]).count();
    for (const t of ['WEB', 'KJV'] as const) {
      await lookup(countingPacks('v1').source, t, 'John.17.20');
      await lookup(countingPacks('v1').source, t);
    }
    expect(await rows('WEB')).toBe(versesOf('WEB', 'John') + versesOf('WEB', 'Heb'));
    const updated = countingPacks('v2', (pack) => {
      pack.chapters[6]![24] = 'updated text';
      return pack;
    });
    const passage = await lookup(updated.source, 'WEB');
    expect(passage.source).toBe('pack');
    expect(passage.verses[0]!.text).toBe('updated text');
    expect(updated.reads).toEqual(['WEB:Heb']);
    // The WEB's old John rows went with the old version; the KJV keeps its rows until it is next asked.
    expect(await rows('WEB')).toBe(versesOf('WEB', 'Heb'));
    expect(await db.books.where('[t+b]').between(['WEB'], ['WEB', []]).primaryKeys()).toEqual([['WEB', 57]]);
    expect(await rows('KJV')).toBe(versesOf('KJV', 'John') + versesOf('KJV', 'Heb'));
    expect(await db.books.get(['KJV', 57])).toMatchObject({ version: 'v1' });
    await lookup(countingPacks('v2').source, 'KJV');
    expect(await rows('KJV')).toBe(versesOf('KJV', 'Heb'));
    expect(await rows('WEB')).toBe(versesOf('WEB', 'Heb'));
  });

  it('checks the pack version again after a failed check', async () => {
    const { source } = countingPacks('v1');
    let fail = true;
    const service = new VerseService(db, {
      ...source,
      version: async () => {
        if (fail) throw new Error('package unreadable');
        return source.version();
      },
    });
    await expect(service.getPassage('Heb.7.25', 'WEB')).rejects.toThrow('package unreadable');
    fail = false;
    expect((await service.getPassage('Heb.7.25', 'WEB')).verses).toHaveLength(1);
  });

  it.each([
    ['another translation’s pack', (pack: BookPack) => ({ ...pack, translation: 'KJV' as const })],
    ['another book’s pack', (pack: BookPack): BookPack => ({ ...pack, book: 'Rom' as BookPack['book'] })],
    ['no pack at all', () => null as unknown as BookPack],
  ])('refuses %s', async (_, edit) => {
    const service = new VerseService(db, countingPacks('v1', edit).source);
    await expect(service.getPassage('Heb.7.25', 'WEB')).rejects.toThrow('The WEB pack for Heb is damaged');
    expect(await db.verses.count()).toBe(0);
  });

  it('reports a damaged pack as an error and caches nothing', async () => {
    const broken = countingPacks('v1', (pack) => ({
      ...pack,
      chapters: 'oops' as unknown as BookPack['chapters'],
    }));
    const service = new VerseService(db, broken.source);
    await expect(service.getPassage('Heb.7.25', 'WEB')).rejects.toThrow(/damaged/);
    expect(await db.verses.count()).toBe(0);
    expect(await db.books.count()).toBe(0);
  });

  it('answers a passage across two books when only one of them is in memory', async () => {
    const first = new VerseService(db, countingPacks().source);
    await first.getPassage('Gen.1.1', 'KJV');
    await first.settled();
    const service = new VerseService(db, countingPacks().source);
    expect((await service.getPassage('Exod.1.1', 'KJV')).source).toBe('pack');
    const passage = await service.getPassage('Gen.50.26-Exod.1.1', 'KJV');
    expect(passage.verses.map((v) => `${v.book}.${v.chapter}.${v.verse}`)).toEqual(['Gen.50.26', 'Exod.1.1']);
  });

  it('checks the pack version once per service lifetime', async () => {
    const { source } = countingPacks('v1');
    let checks = 0;
    const service = new VerseService(db, { ...source, version: async () => (checks++, 'v1') });
    await service.getPassage('Heb.7.25', 'WEB');
    await service.getPassage('John.3.16', 'WEB');
    await service.getPassage('Heb.7.25', 'KJV');
    expect(checks).toBe(2);
  });

  it('counts the cached books of each translation', async () => {
    const service = new VerseService(db, countingPacks().source);
    for (const osis of ['Heb.7.25', 'John.3.16']) await service.getPassage(osis, 'KJV');
    await service.getPassage('Heb.7.25', 'WEB');
    await service.settled();
    expect(await service.cachedBooks()).toEqual({ WEB: 1, KJV: 2 });
  });

  it('clears its own version marks and leaves the notes’ alone', async () => {
    const service = new VerseService(db, countingPacks().source);
    await service.getPassage('Heb.7.25', 'WEB');
    await service.settled();
    await db.meta.put({ key: 'commentary', value: 'c1' });
    await service.clear();
    expect(await db.meta.toArray()).toEqual([{ key: 'commentary', value: 'c1' }]);
  });

  it('settles even when a pack read fails while it waits', async () => {
    const { source } = countingPacks();
    let fail!: (error: Error) => void;
    let asked!: () => void;
    const reading = new Promise<void>((resolve) => (asked = resolve));
    const service = new VerseService(db, {
      ...source,
      book: () => (asked(), new Promise<BookPack>((_, reject) => (fail = reject))),
    });
    const lookup = service.getPassage('Heb.7.25', 'WEB');
    await reading;
    const settled = service.settled();
    fail(new Error('unreadable'));
    await expect(lookup).rejects.toThrow('unreadable');
    await expect(settled).resolves.toBeUndefined();
  });

  it('warns when the rows cannot be written, and reads the pack again next time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { source, reads } = countingPacks();
    const service = new VerseService(db, source);
    vi.spyOn(db.verses, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await service.getPassage('Heb.7.25', 'WEB');
    await service.settled();
    expect(warn).toHaveBeenCalledWith('Intercede: caching WEB:57 failed', expect.any(Error));
    expect((await new VerseService(db, source).getPassage('Heb.7.25', 'WEB')).source).toBe('pack');
    expect(reads).toEqual(['WEB:Heb', 'WEB:Heb']);
  });
});
