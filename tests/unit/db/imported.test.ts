import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getBook } from '@/lib/bible/books';
import type { BookPack } from '@/lib/bible/packs';
import type { TranslationId } from '@/lib/bible/translations';
import { IntercedeDb } from '@/lib/db/database';
import { ImportedTranslations } from '@/lib/db/imported';
import { SearchIndexService } from '@/lib/db/search-index';
import { VerseService, type PackSource } from '@/lib/db/verse-service';
import type { ImportedBook } from '@/lib/import/collect';
import { CodedError } from '@/lib/errors';

/** Bundled packs that are never read here (a read would mean an imported id went astray). */
const bundled: PackSource = {
  version: async () => 'bundled-1',
  book: async (t: TranslationId, b: string): Promise<BookPack> => {
    throw new Error(`the bundled pack ${t}/${b} was read`);
  },
};

/** A book of the 66 with every verse `text(c, v)` (null leaves it absent). */
function book(id: string, text: (c: number, v: number) => string | null): ImportedBook {
  const b = getBook(id)!;
  return {
    book: b.id,
    chapters: b.verses.map((n, c) => Array.from({ length: n }, (_, v) => text(c + 1, v + 1))),
  };
}

const META = { name: 'Nueva Biblia', abbreviation: 'NB', language: 'es', copyright: '© 2026 Test Society' };

let db: IntercedeDb;
let imported: ImportedTranslations;
let verses: VerseService;
let n = 0;
let clock = 1_000;
beforeEach(() => {
  db = new IntercedeDb(`imported-${n++}`);
  imported = new ImportedTranslations(
    db,
    () => clock,
    () => `token-${clock}`,
  );
  verses = new VerseService(db, imported.packs(bundled));
});
afterEach(async () => {
  await verses.settled();
  await db.delete();
});

async function importBooks(books: ImportedBook[], replace = false, meta = META) {
  const token = await imported.begin({ meta, format: 'osis', replace });
  imported.addBooks(token, books);
  return imported.finish(token, [{ osis: 'Tob.1.1', text: 'kept apart' }], 2);
}

describe('imported translations', () => {
  it('stores an import and serves its passages as a bundled translation’s, absent slots included', async () => {
    const listed = await importBooks([book('Jude', (c, v) => (v === 3 ? null : `Judas ${c}:${v}`))]);
    expect(listed).toMatchObject({
      id: 'u:NB',
      name: 'Nueva Biblia',
      language: 'es',
      copyright: '© 2026 Test Society',
      verses: 24,
      absent: 1,
      missingBooks: 65,
      apart: 1,
      repairs: 2,
    });
    const passage = await verses.getPassage('Jude.1.2-Jude.1.4', 'u:NB');
    expect(passage.verses.map((v) => v.text)).toEqual(['Judas 1:2', 'Judas 1:4']);
    expect(passage.omitted).toEqual(['Jude.1.3']);
    expect(await imported.about('u:NB')).toEqual({
      id: 'u:NB',
      name: 'Nueva Biblia',
      language: 'es',
      copyright: '© 2026 Test Society',
      imported: true,
    });
    // A book it does not have: "not in", as for a verse a bundled translation lacks.
    await expect(verses.getPassage('Gen.1.1', 'u:NB')).rejects.toThrow('Genesis 1:1 is not in the NB');
    // An id no import has.
    await expect(verses.getPassage('Jude.1.2', 'u:NONE')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('stores nothing until the import finishes', async () => {
    const token = await imported.begin({ meta: META, format: 'osis', replace: false });
    imported.addBooks(token, [book('Jude', () => 'x')]);
    expect(await db.importedBooks.count()).toBe(0);
    expect(await imported.list()).toEqual([]);
    expect(() => imported.addBooks(token, [book('Jude', () => 'y')])).toThrow('Jude was sent twice');
    expect(() => imported.addBooks('unknown', [book('Jude', () => 'y')])).toThrow(/start it again/);
  });

  it('replaces an installed translation only when the reader confirmed, and the old text goes', async () => {
    await importBooks([book('Jude', () => 'old'), book('Obad', () => 'old')]);
    expect((await verses.getPassage('Jude.1.1', 'u:NB')).verses[0]!.text).toBe('old');
    const refused = await imported
      .begin({ meta: META, format: 'osis', replace: false })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CodedError);
    expect((refused as CodedError).message).toMatch(/installed already; confirm to replace it/);
    clock = 2_000;
    await importBooks([book('Jude', () => 'new')], true);
    await verses.forget('u:NB');
    expect((await verses.getPassage('Jude.1.1', 'u:NB')).verses[0]!.text).toBe('new');
    // Obadiah came with the old import only: the replacement does not keep it.
    await expect(verses.getPassage('Obad.1.1', 'u:NB')).rejects.toThrow(/not in/);
    expect(await imported.list()).toHaveLength(1);
  });

  it('removes an import with its books and cached verses', async () => {
    await importBooks([book('Jude', () => 'text')]);
    await verses.getPassage('Jude.1.1', 'u:NB');
    await verses.settled();
    expect(await db.verses.where('[t+b+c+v]').between(['u:NB'], ['u:NB', []]).count()).toBe(25);
    await imported.remove('u:NB');
    await verses.forget('u:NB');
    expect(await db.importedBooks.count()).toBe(0);
    expect(await db.verses.count()).toBe(0);
    expect(await imported.list()).toEqual([]);
    await expect(verses.getPassage('Jude.1.1', 'u:NB')).rejects.toMatchObject({ code: 'not-found' });
    await expect(imported.remove('u:NB')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('builds a word index for an imported translation on its first search, read in its language', async () => {
    await importBooks([book('Jude', (c, v) => (v === 4 ? 'Los corazones de los impíos' : `versículo ${v}`))]);
    const search = new SearchIndexService(
      db,
      verses,
      imported.packs(bundled),
      () => 1,
      async () => [{ id: 'u:NB' as const, language: 'es' }],
    );
    await search.ready('u:NB');
    const reply = await search.search('corazones', 'u:NB', 0, { every: false, literal: true });
    expect(reply).toMatchObject({ status: 'ready', total: 1 });
    await search.forget('u:NB');
    expect(await search.status('u:NB')).toEqual({ state: 'absent' });
    await verses.settled();
  });

  it('searches every imported translation of the reader’s language together, and none of another', async () => {
    const french = { ...META, language: 'fr' };
    await importBooks(
      [book('Jude', (c, v) => (v === 4 ? 'les cœurs des impies' : `verset ${v}`))],
      false,
      french,
    );
    await importBooks([book('Jude', (c, v) => (v === 10 ? 'les cœurs endurcis' : `verset ${v}`))], false, {
      ...french,
      abbreviation: 'NB2',
    });
    await importBooks([book('Jude', () => 'cœurs ailleurs')], false, {
      ...META,
      abbreviation: 'DE',
      language: 'de',
    });
    const search = new SearchIndexService(
      db,
      verses,
      imported.packs(bundled),
      () => 1,
      () => imported.list(),
    );
    await Promise.all(['u:NB', 'u:NB2'].map((t) => search.ready(t as TranslationId)));
    const reply = await search.search('cœurs', 'u:NB', 0, { every: true, literal: true });
    expect(reply).toMatchObject({ status: 'ready', translations: ['u:NB', 'u:NB2'], total: 2 });
    await verses.settled();
  });
});
