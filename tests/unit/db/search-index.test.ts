import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BOOKS } from '@/lib/bible/books';
import type { BookPack } from '@/lib/bible/packs';
import { TRANSLATIONS, TRANSLATION_IDS, type TranslationId } from '@/lib/bible/translations';
import { IntercedeDb } from '@/lib/db/database';
import { HISTORY_KEPT, HistoryService } from '@/lib/db/history';
import { SearchIndexService } from '@/lib/db/search-index';
import { VerseService, type PackSource } from '@/lib/db/verse-service';
import { searchLanguage, type SearchOptions, type SearchReply } from '@/lib/search/results';

/** The reader's translation alone, words as typed: what these tests were written for. */
const ONE: SearchOptions = { every: false, literal: true };

/**
 * Packs with a few verses of our own (every other slot empty), counting book reads. A verse
 * given as a string reads the same in both translations (the KJV's with " (KJV)" after it);
 * one given per translation is left empty where its translation is not named.
 */
function fixturePacks(
  texts: Record<string, string | Partial<Record<TranslationId, string>>>,
  version = 'v1',
) {
  const reads: string[] = [];
  const source: PackSource = {
    version: async () => version,
    book: async (t: TranslationId, id: string): Promise<BookPack> => {
      reads.push(`${t}:${id}`);
      const book = BOOKS.find((b) => b.id === id)!;
      const chapters = book.verses.map((n) => Array<string | null>(n).fill(null));
      for (const [osis, text] of Object.entries(texts)) {
        const [b, c, v] = osis.split('.');
        const own = typeof text === 'string' ? `${text}${t === 'KJV' ? ' (KJV)' : ''}` : text[t];
        if (b === id && own !== undefined) chapters[Number(c) - 1]![Number(v) - 1] = own;
      }
      return { translation: t, book: book.id, version, chapters };
    },
  };
  return { source, reads };
}

const TEXTS = {
  'Heb.7.25': 'he lives forever to make intercession for them',
  'Rom.8.26': 'the Spirit himself makes intercession for us',
  'Rom.8.34': 'who also makes intercession for us',
  'Isa.53.12': 'he made intercession for the transgressors',
  '1Sam.12.23': 'far be it from me that I should sin in ceasing to pray for you',
};

let db: IntercedeDb;
let n = 0;
/** The verse services of this test, whose cache writes finish before the database is deleted. */
let verseServices: VerseService[] = [];
beforeEach(() => {
  db = new IntercedeDb(`search-${n++}`);
  verseServices = [];
});
afterEach(async () => {
  // A write still under way would fail on the deleted database and log after the file ends.
  await Promise.all(verseServices.map((v) => v.settled()));
  await db.delete();
});

function service(packs: PackSource) {
  const verses = new VerseService(db, packs);
  verseServices.push(verses);
  return new SearchIndexService(db, verses, packs, () => 42);
}

async function searchWhenReady(
  s: SearchIndexService,
  query: string,
  t: TranslationId = 'WEB',
  offset = 0,
  options = ONE,
) {
  const same = TRANSLATION_IDS.filter((id) => TRANSLATIONS[id].language === searchLanguage(t));
  for (const id of options.every ? same : [t]) await s.ready(id);
  const reply = await s.search(query, t, offset, options);
  if (reply.status !== 'ready') throw new Error('not ready');
  return reply;
}

describe('SearchIndexService', () => {
  it('builds the index on the first search, reporting progress, then answers with marked snippets', async () => {
    const s = service(fixturePacks(TEXTS).source);
    const first = await s.search('make intercession', 'WEB', 0, ONE);
    expect(first).toEqual<SearchReply>({ status: 'building', done: 0, total: 66 });
    expect(await s.status('WEB')).toMatchObject({ state: 'building', total: 66 });
    const reply = await searchWhenReady(s, 'make intercession');
    expect(reply).toMatchObject({ status: 'ready', mode: 'all', total: 3, phrases: 3, offset: 0 });
    expect(reply.hits.map((h) => h.label)).toEqual(['Romans 8:34', 'Romans 8:26', 'Hebrews 7:25']);
    const hit = reply.hits[2]!;
    expect(hit).toMatchObject({ osis: 'Heb.7.25', text: TEXTS['Heb.7.25'] });
    expect(hit.marks.map(([a, b]) => hit.text.slice(a, b))).toEqual(['make', 'intercession']);
    expect(await s.status('WEB')).toMatchObject({ state: 'ready', verses: 5, builtAt: 42 });
  });

  it('keeps the index in IndexedDB: a new service worker searches without reading a pack', async () => {
    const packs = fixturePacks(TEXTS);
    const verses = new VerseService(db, packs.source);
    await new SearchIndexService(db, verses, packs.source, () => 42).ready('WEB');
    // The worker lives on until the verse cache it filled is written (a moment after each answer).
    await verses.settled();
    const reads = packs.reads.length;
    expect(reads).toBe(66);
    const restarted = service(packs.source);
    const reply = await restarted.search('intercession', 'WEB', 0, ONE);
    expect(reply).toMatchObject({ status: 'ready', total: 4 });
    expect(packs.reads).toHaveLength(reads);
  });

  it('builds each translation separately', async () => {
    const s = service(fixturePacks(TEXTS).source);
    const kjv = await searchWhenReady(s, 'pray', 'KJV');
    expect(kjv.hits.map((h) => h.text)).toEqual([`${TEXTS['1Sam.12.23']} (KJV)`]);
    expect(await s.status('WEB')).toEqual({ state: 'absent' });
  });

  it('rebuilds when the packs change (an extension update)', async () => {
    await service(fixturePacks(TEXTS, 'v1').source).ready('WEB');
    const updated = service(fixturePacks({ ...TEXTS, 'John.17.9': 'I pray for them' }, 'v2').source);
    expect(await updated.search('pray', 'WEB', 0, ONE)).toMatchObject({ status: 'building' });
    const reply = await searchWhenReady(updated, 'pray');
    expect(reply.hits.map((h) => h.osis)).toEqual(['John.17.9', '1Sam.12.23']);
  });

  it('pages results 50 at a time', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [`Ps.119.${i + 1}`, `grace number ${i + 1}`]),
    );
    const s = service(fixturePacks(many).source);
    const page1 = await searchWhenReady(s, 'grace');
    expect(page1.total).toBe(60);
    expect(page1.hits).toHaveLength(50);
    const page2 = await searchWhenReady(s, 'grace', 'WEB', 50);
    expect(page2.hits.map((h) => h.osis)).toEqual(Array.from({ length: 10 }, (_, i) => `Ps.119.${i + 51}`));
  });

  it('reads snippet text through the verse service when the verse cache was cleared', async () => {
    const packs = fixturePacks(TEXTS);
    const verses = new VerseService(db, packs.source);
    verseServices.push(verses);
    const s = new SearchIndexService(db, verses, packs.source);
    await s.ready('WEB');
    await verses.clear();
    const reply = await s.search('transgressors', 'WEB', 0, ONE);
    expect(reply).toMatchObject({ status: 'ready', hits: [{ osis: 'Isa.53.12', text: TEXTS['Isa.53.12'] }] });
  });

  it('is dropped by clear() and built again on the next search', async () => {
    const s = service(fixturePacks(TEXTS).source);
    await s.ready('WEB');
    await s.clear();
    expect(await db.searchTerms.count()).toBe(0);
    expect(await s.status('WEB')).toEqual({ state: 'absent' });
    expect(await s.search('pray', 'WEB', 0, ONE)).toMatchObject({ status: 'building' });
  });

  it('reports a failed build to the next search, then tries again', async () => {
    const { source } = fixturePacks(TEXTS);
    let broken = true;
    const flaky: PackSource = {
      version: source.version,
      book: async (t, id) => {
        if (broken && id === 'Rom') throw new Error('The WEB pack for Rom is damaged');
        return source.book(t, id);
      },
    };
    const s = service(flaky);
    await expect(s.ready('WEB')).rejects.toThrow(/damaged/);
    await expect(s.search('pray', 'WEB', 0, ONE)).rejects.toThrow(/damaged/);
    broken = false;
    expect(await s.search('pray', 'WEB', 0, ONE)).toMatchObject({ status: 'building' });
    expect((await searchWhenReady(s, 'pray')).total).toBe(1);
  });
});

describe('SearchIndexService answers', () => {
  it('no hits for a query with no words', async () => {
    const s = service(fixturePacks(TEXTS).source);
    await s.ready('WEB');
    expect(await s.search(' … ', 'WEB', 0, ONE)).toEqual<SearchReply>({
      status: 'ready',
      mode: 'all',
      total: 0,
      phrases: 0,
      offset: 0,
      hits: [],
      translations: ['WEB'],
    });
  });

  it('each query with its own verses, one after another in the same worker', async () => {
    const s = service(fixturePacks(TEXTS).source);
    const osis = async (query: string) => (await searchWhenReady(s, query)).hits.map((h) => h.osis);
    expect(await osis('transgressors ')).toEqual(['Isa.53.12']);
    expect(await osis('pray ')).toEqual(['1Sam.12.23']);
    expect(await osis('forever ')).toEqual(['Heb.7.25']);
    expect(await osis('transgressors ')).toEqual(['Isa.53.12']);
    expect(await osis('pray')).toEqual(['1Sam.12.23']);
  });

  it('the verses holding the known words of a query with an unknown one', async () => {
    const s = service(fixturePacks(TEXTS).source);
    const reply = await searchWhenReady(s, 'xyzzy transgressors ');
    expect(reply).toMatchObject({ mode: 'some', total: 1, hits: [{ osis: 'Isa.53.12' }] });
  });

  it('every verse with a word that begins as typed', async () => {
    const s = service(fixturePacks(TEXTS).source);
    expect((await searchWhenReady(s, 'interc')).total).toBe(4);
    expect((await searchWhenReady(s, 'transg')).hits.map((h) => h.osis)).toEqual(['Isa.53.12']);
  });

  it('nothing from an old index for a word an update removed', async () => {
    await service(fixturePacks(TEXTS, 'v1').source).ready('WEB');
    const { 'Isa.53.12': _, ...rest } = TEXTS;
    const updated = service(fixturePacks(rest, 'v2').source);
    expect(await updated.status('WEB')).toEqual({ state: 'absent' });
    const reply = await searchWhenReady(updated, 'transgressors ');
    expect(reply.total).toBe(0);
    expect(await db.searchTerms.where('[t+term]').equals(['WEB', 'transgressor']).count()).toBe(0);
  });

  it('its size as the bytes it stores', async () => {
    const s = service(fixturePacks(TEXTS).source);
    await s.ready('WEB');
    const row = (await db.searchIndex.get('WEB'))!;
    let bytes = row.keys.byteLength + row.lengths.byteLength + row.counts.byteLength;
    row.vocabulary.forEach(
      (term, i) => (bytes += term.length + row.surfaces[i]!.length + row.roots[i]!.length),
    );
    await db.searchTerms.each((t) => (bytes += t.postings.byteLength + t.term.length));
    expect(await s.status('WEB')).toMatchObject({ state: 'ready', bytes, terms: row.vocabulary.length });
  });

  it('how many books are indexed while it builds', async () => {
    const { source } = fixturePacks(TEXTS);
    let release!: () => void;
    let reached!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const atRomans = new Promise<void>((resolve) => (reached = resolve));
    const s = service({
      ...source,
      book: async (t, id) => {
        if (id === 'Rom') {
          reached();
          await gate;
        }
        return source.book(t, id);
      },
    });
    expect(await s.search('pray', 'WEB', 0, ONE)).toEqual({ status: 'building', done: 0, total: 66 });
    await atRomans;
    // Matthew to Acts and the 39 books before them are done; Romans is being read.
    expect(await s.status('WEB')).toEqual({ state: 'building', done: 44, total: 66 });
    expect(await s.search('pray', 'WEB', 0, ONE)).toEqual({ status: 'building', done: 44, total: 66 });
    release();
    expect((await searchWhenReady(s, 'pray')).total).toBe(1);
  });
});

describe('SearchIndexService over every translation', () => {
  const EVERY: SearchOptions = { every: true, literal: false };
  const BOTH = {
    '1John.2.1': {
      WEB: 'My little children, if anyone sins, we have a Counselor with the Father, Jesus Christ.',
      KJV: 'My little children, if any man sin, we have an advocate with the Father, Jesus Christ the righteous:',
    },
    'Ps.23.1': {
      WEB: 'Yahweh is my shepherd: I shall lack nothing.',
      KJV: 'The LORD is my shepherd; I shall not want.',
    },
    'John.14.16': { WEB: 'He will give you another Counselor', KJV: 'he shall give you another Comforter' },
    'Acts.8.37': { KJV: 'If thou believest with all thine heart, thou mayest.' },
    'Heb.7.25': TEXTS['Heb.7.25'],
  };

  it('builds every index on the first search, reporting their progress together', async () => {
    const s = service(fixturePacks(BOTH).source);
    expect(await s.search('shepherd', 'WEB', 0, EVERY)).toEqual({ status: 'building', done: 0, total: 132 });
    const reply = await searchWhenReady(s, 'shepherd', 'WEB', 0, EVERY);
    expect(reply.translations).toEqual(['WEB', 'KJV']);
  });

  it('searches the translations of the reader’s language only', async () => {
    const s = service(fixturePacks(BOTH).source);
    await searchWhenReady(s, 'shepherd', 'WEB', 0, EVERY);
    expect(await s.status('RV1909')).toEqual({ state: 'absent' });
  });

  it('reads Spanish words folded but not stemmed, in the Spanish translation alone', async () => {
    const s = service(
      fixturePacks({
        'John.3.16': { RV1909: 'Porque de tal manera amó Dios al mundo, que ha dado á su Hijo unigénito' },
        'John.17.9': { RV1909: 'Yo ruego por ellos: no ruego por el mundo' },
        'Gen.1.1': { RV1909: 'EN el principio crió Dios los cielos y la tierra.' },
        'Gen.1.29': { RV1909: 'Y dijo Dios: He aquí que os he dado toda hierba' },
        'Acts.14.17': { RV1909: 'dándonos lluvias del cielo, el que nos dió las lluvias' },
        'Ps.23.1': { WEB: 'Yahweh is my shepherd', RV1909: 'JEHOVÁ es mi pastor; nada me faltará.' },
      }).source,
    );
    const amo = await searchWhenReady(s, 'amo', 'RV1909', 0, EVERY);
    expect(amo.translations).toEqual(['RV1909']);
    expect(amo.hits.map((h) => h.osis)).toEqual(['John.3.16']);
    expect(amo.hits[0]!.marks.map(([a, b]) => amo.hits[0]!.text.slice(a, b))).toEqual(['amó']);
    // "Dios" is not "dió" (he gave), as an English stemmer taking its s off would make it.
    const dios = await searchWhenReady(s, 'Dios', 'RV1909', 0, EVERY);
    expect(dios.hits.map((h) => h.osis).sort()).toEqual(['Gen.1.1', 'Gen.1.29', 'John.3.16']);
    // Singular and plural stay apart; a typed prefix reaches both.
    expect((await searchWhenReady(s, 'cielos ', 'RV1909', 0, EVERY)).hits.map((h) => h.osis)).toEqual([
      'Gen.1.1',
    ]);
    expect((await searchWhenReady(s, 'jehova', 'RV1909', 0, EVERY)).hits.map((h) => h.osis)).toEqual([
      'Ps.23.1',
    ]);
    expect(await s.status('WEB')).toEqual({ state: 'absent' });
  });

  it('shows a verse found in both once, in the reader’s words', async () => {
    const s = service(fixturePacks(BOTH).source);
    const reply = await searchWhenReady(s, 'shepherd', 'WEB', 0, EVERY);
    expect(reply).toMatchObject({
      total: 1,
      hits: [{ osis: 'Ps.23.1', translation: 'WEB', text: BOTH['Ps.23.1'].WEB }],
    });
    expect(reply.hits[0]!.matched).toBeUndefined();
    const kjv = await searchWhenReady(s, 'shepherd', 'KJV', 0, EVERY);
    expect(kjv).toMatchObject({ total: 1, hits: [{ translation: 'KJV', text: BOTH['Ps.23.1'].KJV }] });
  });

  it('finds the KJV’s wording and says so under the reader’s verse', async () => {
    const s = service(fixturePacks(BOTH).source);
    const reply = await searchWhenReady(s, 'advocate with the Father', 'WEB', 0, EVERY);
    expect(reply.mode).toBe('all');
    expect(reply.phrases).toBe(1);
    const hit = reply.hits[0]!;
    expect(hit).toMatchObject({ osis: '1John.2.1', translation: 'WEB', text: BOTH['1John.2.1'].WEB });
    expect(hit.matched).toEqual({ translation: 'KJV', quote: 'an advocate with the Father' });
    // The reader's verse marks the words it shares with the query.
    expect(hit.marks.map(([a, b]) => hit.text.slice(a, b))).toEqual(['with', 'the', 'Father']);
  });

  it('keeps to the reader’s translation when asked', async () => {
    const s = service(fixturePacks(BOTH).source);
    const reply = await searchWhenReady(s, 'advocate with the Father', 'WEB', 0, {
      every: false,
      literal: false,
    });
    expect(reply.translations).toEqual(['WEB']);
    expect(reply.mode).toBe('some');
    expect(reply.hits.every((h) => !h.matched)).toBe(true);
    expect(await s.status('KJV')).toEqual({ state: 'absent' });
  });

  it('ranks a phrase in one translation above the words apart in the other', async () => {
    const s = service(fixturePacks(BOTH).source);
    const reply = await searchWhenReady(s, 'the Lord is my shepherd', 'WEB', 0, EVERY);
    expect(reply.hits[0]).toMatchObject({ osis: 'Ps.23.1', text: BOTH['Ps.23.1'].WEB });
    expect(reply.phrases).toBe(1);
  });

  it('shows a verse the reader’s translation leaves empty in the translation that has it', async () => {
    const s = service(fixturePacks(BOTH).source);
    const reply = await searchWhenReady(s, 'believest', 'WEB', 0, EVERY);
    expect(reply.hits).toEqual([
      expect.objectContaining({ osis: 'Acts.8.37', translation: 'KJV', text: BOTH['Acts.8.37'].KJV }),
    ]);
    expect(reply.hits[0]!.matched).toBeUndefined();
  });

  it('finds a word through its family in either translation', async () => {
    const s = service(fixturePacks(BOTH).source);
    const reply = await searchWhenReady(s, 'intercede', 'WEB', 0, EVERY);
    expect(reply.hits.map((h) => h.osis)).toEqual(['Heb.7.25']);
    const hit = reply.hits[0]!;
    expect(hit.marks.map(([a, b]) => hit.text.slice(a, b))).toEqual(['intercession']);
  });

  it('corrects a word no index holds, and searches the words as typed when asked', async () => {
    const s = service(fixturePacks(BOTH).source);
    const reply = await searchWhenReady(s, 'make intersession', 'WEB', 0, EVERY);
    expect(reply).toMatchObject({ corrected: 'make intercession', total: 1, hits: [{ osis: 'Heb.7.25' }] });
    const literal = await searchWhenReady(s, 'make intersession', 'WEB', 0, { every: true, literal: true });
    expect(literal.corrected).toBeUndefined();
    expect(literal).toMatchObject({ mode: 'some', hits: [{ osis: 'Heb.7.25' }] });
    // A known word is never "corrected", nor a word still being typed that begins a known one.
    expect((await searchWhenReady(s, 'shepherd', 'WEB', 0, EVERY)).corrected).toBeUndefined();
    expect((await searchWhenReady(s, 'shephe', 'WEB', 0, EVERY)).corrected).toBeUndefined();
  });
});

describe('SearchIndexService within a book or passage', () => {
  const TEXTS3 = {
    'John.3.16': 'For God so loved the world',
    '1John.4.8': 'He who doesn’t love doesn’t know God, for God is love.',
    '1John.4.16': 'God is love, and he who remains in love remains in God',
    'Heb.4.16': 'Let’s therefore draw near with boldness to the throne of grace',
    'Ps.89.14': 'Righteousness and justice are the foundation of your throne. Grace and truth go before you.',
  };

  it('searches "love in 1 John" in that book only, and names it', async () => {
    const s = service(fixturePacks(TEXTS3).source);
    const reply = await searchWhenReady(s, 'love in 1 John', 'WEB', 0, { every: true, literal: false });
    expect(reply.hits.map((h) => h.osis)).toEqual(['1John.4.8', '1John.4.16']);
    expect(reply.within).toBe('1 John');
    const everywhere = await searchWhenReady(s, 'love', 'WEB', 0, { every: true, literal: false });
    expect(everywhere.hits.map((h) => h.osis)).toContain('John.3.16');
    expect(everywhere.within).toBeUndefined();
  });

  it('corrects the words before " in …" and keeps the scope in what it shows', async () => {
    const s = service(fixturePacks(TEXTS3).source);
    const reply = await searchWhenReady(s, 'loev in 1 John 4', 'WEB', 0, { every: true, literal: false });
    expect(reply).toMatchObject({ corrected: 'love in 1 John 4', within: '1 John 4', total: 2 });
  });

  it('finds a quoted phrase only as written', async () => {
    const s = service(fixturePacks(TEXTS3).source);
    const quoted = await searchWhenReady(s, '"throne of grace"', 'WEB', 0, { every: true, literal: false });
    expect(quoted.hits.map((h) => h.osis)).toEqual(['Heb.4.16']);
    const loose = await searchWhenReady(s, 'throne of grace', 'WEB', 0, { every: true, literal: false });
    expect(loose.hits.map((h) => h.osis)).toEqual(['Heb.4.16', 'Ps.89.14']);
  });
});

describe('HistoryService', () => {
  it('lists lookups newest first, one row per passage, keeping the newest 50', async () => {
    let clock = 0;
    const h = new HistoryService(db, () => ++clock);
    await h.add('Heb.7.25', 'WEB');
    await h.add('John.17', 'KJV');
    await h.add('Heb.7.25', 'KJV');
    expect(await h.recent(10)).toEqual([
      { osis: 'Heb.7.25', translation: 'KJV', at: 3 },
      { osis: 'John.17', translation: 'KJV', at: 2 },
    ]);
    for (let v = 1; v <= HISTORY_KEPT + 5; v++) await h.add(`Ps.119.${v}`, 'WEB');
    expect(await db.history.count()).toBe(HISTORY_KEPT);
    expect((await h.recent(1))[0]!.osis).toBe(`Ps.119.${HISTORY_KEPT + 5}`);
    await h.clear();
    expect(await h.recent(10)).toEqual([]);
  });
});
