import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NaveIndex, NaveTopic } from '@/lib/bible/packs';
import { getBook } from '@/lib/bible/books';
import { IntercedeDb } from '@/lib/db/database';
import { META_NAVE, NAVE_REFS, NAVE_SECTIONS, NaveService, type NaveSource } from '@/lib/db/nave';
import { naveSource } from '../../fixtures/nave-source';

/** Ten sections citing Gen 20:7 with a dozen references each, and two smaller topics. */
const TOPICS: NaveTopic[] = [
  {
    name: 'ABIMELECH',
    sections: Array.from({ length: 10 }, (_, s) => ({
      heading: `Section ${s}`,
      refs: ['Gen.20.7', ...Array.from({ length: 12 }, (_, i) => `Gen.${21 + s}.${i + 1}`)],
    })),
  },
  {
    name: 'PRAYER',
    sections: [
      { heading: 'For others', refs: ['Gen.20.7', 'Gen.20.17', 'Jas.5.16', 'Job.42.8-Job.42.10'] },
      { heading: 'Answered', refs: ['Gen.20.17', 'Jas.5.16'] },
    ],
  },
  { name: 'FAITH', sections: [{ heading: 'Instances', refs: ['Gen.15.6', 'Jas.2.23'] }] },
];

function indexOf(topics: NaveTopic[]): NaveIndex {
  const index: NaveIndex = {};
  topics.forEach((t, ti) =>
    t.sections.forEach((s, si) =>
      s.refs.filter((r) => !r.includes('-')).forEach((r) => (index[r] ??= []).push([ti, si])),
    ),
  );
  return index;
}

function source(version = 'n1', topics = TOPICS) {
  const reads: string[] = [];
  return { src: naveSource(version, topics, indexOf(topics), reads), reads };
}

let db: IntercedeDb;
let n = 0;
let services: NaveService[] = [];
/** A service whose writes the test waits for before deleting the database. */
function make(src: NaveSource): NaveService {
  const nave = new NaveService(db, src);
  services.push(nave);
  return nave;
}
beforeEach(() => {
  db = new IntercedeDb(`nave-${n++}`);
  services = [];
});
afterEach(async () => {
  await Promise.all(services.map((s) => s.settled()));
  await db.delete();
});

describe('NaveService', () => {
  it('reads nothing until a passage needs it, then loads both packs into their tables', async () => {
    const { src, reads } = source();
    const nave = make(src);
    expect(reads).toEqual([]);
    await nave.topicsFor('Gen.15.6');
    // The answer needs only its own book's index and its topic's file.
    expect(reads).toEqual(['index Gen', 'topics 0']);
    await nave.settled();
    // Then every book's index and every topics file, each read once, for the rows.
    expect(reads.filter((r) => r.startsWith('index'))).toHaveLength(66);
    expect(new Set(reads).size).toBe(reads.length);
    expect(await db.naveTopics.count()).toBe(3);
    expect(await db.naveVerses.get([0, 20, 7])).toEqual({
      b: 0,
      c: 20,
      v: 7,
      refs: [...Array.from({ length: 10 }, (_, s) => [0, s]), [1, 0]],
    });
    expect(await db.meta.get(META_NAVE)).toEqual({ key: META_NAVE, value: 'n1' });
  });

  it('offers the sections citing most verses of the passage, with their other references', async () => {
    const nave = make(source().src);
    const topics = await nave.topicsFor('Gen.20.7-Gen.20.17');
    expect(topics[0]).toEqual({
      topic: 'PRAYER',
      heading: 'For others',
      // Gen 20:7 and 20:17 are the passage itself; Job 42:8–10 is a range and keeps its label.
      refs: [
        { osis: 'Jas.5.16', label: 'James 5:16' },
        { osis: 'Job.42.8-Job.42.10', label: 'Job 42:8–10' },
      ],
    });
    expect(topics.map((t) => `${t.topic} › ${t.heading}`)).toEqual([
      'PRAYER › For others',
      ...Array.from({ length: 5 }, (_, s) => `ABIMELECH › Section ${s}`),
    ]);
  });

  it(`caps the list at ${NAVE_SECTIONS} sections of ${NAVE_REFS} references`, async () => {
    const topics = await make(source().src).topicsFor('Gen.20.7');
    expect(topics).toHaveLength(NAVE_SECTIONS);
    expect(topics.every((t) => t.refs.length <= NAVE_REFS)).toBe(true);
    expect(topics[0]!.refs.map((r) => r.osis)).toEqual(
      Array.from({ length: NAVE_REFS }, (_, i) => `Gen.21.${i + 1}`),
    );
  });

  it('answers the same from the packs it has just read as from IndexedDB afterwards', async () => {
    const { src, reads } = source();
    const nave = make(src);
    const cold = await nave.topicsFor('Gen.20.7');
    await nave.settled();
    const warm = await nave.topicsFor('Gen.20.7');
    expect(warm).toEqual(cold);
    const restarted = source();
    expect(await make(restarted.src).topicsFor('Gen.20.7')).toEqual(cold);
    expect(restarted.reads).toEqual([]);
    expect(new Set(reads).size).toBe(reads.length);
  });

  it('answers a cold lookup without waiting for the rows to be written', async () => {
    const nave = make(source().src);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Hold the write back before its transaction starts (a transaction cannot wait on a promise).
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => unknown;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) =>
      gate.then(() => transaction(...args))) as typeof db.transaction);
    expect((await nave.topicsFor('Gen.15.6'))[0]).toMatchObject({ topic: 'FAITH' });
    expect(await db.meta.get(META_NAVE)).toBeUndefined();
    release();
    await nave.settled();
    expect((await db.meta.get(META_NAVE))?.value).toBe('n1');
  });

  it('replaces the rows when the data version changes', async () => {
    await make(source('n1').src).topicsFor('Gen.15.6');
    const renamed = TOPICS.map((t) => ({ ...t, name: `${t.name} (NEW)` }));
    const next = make(source('n2', renamed.slice(0, 1)).src);
    await next.topicsFor('Gen.15.6');
    await next.settled();
    expect(await db.naveTopics.toArray()).toHaveLength(1);
    expect((await db.naveTopics.get(0))?.name).toBe('ABIMELECH (NEW)');
    expect(await db.naveVerses.get([0, 15, 6])).toBeUndefined();
    expect((await db.meta.get(META_NAVE))?.value).toBe('n2');
  });

  it('reads the packs again after a failed write', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { src, reads } = source();
    const nave = make(src);
    vi.spyOn(db.naveVerses, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await nave.topicsFor('Gen.15.6');
    await nave.settled();
    expect(warn).toHaveBeenCalled();
    expect(await db.meta.get(META_NAVE)).toBeUndefined();
    expect((await nave.topicsFor('Gen.15.6'))[0]).toMatchObject({ topic: 'FAITH' });
    await nave.settled();
    // The packs were let go with the failure, so they are read again.
    expect(reads.filter((r) => r === 'index Gen')).toHaveLength(2);
    expect(await db.naveVerses.count()).toBeGreaterThan(0);
  });

  it('offers nothing for a passage Nave’s does not cite', async () => {
    expect(await make(source().src).topicsFor('Obad.1.1')).toEqual([]);
  });

  it('orders sections cited equally by topic, then by section', async () => {
    const topics = await make(source().src).topicsFor('Gen.20.7');
    expect(topics.map((t) => `${t.topic} › ${t.heading}`)).toEqual(
      Array.from({ length: NAVE_SECTIONS }, (_, s) => `ABIMELECH › Section ${s}`),
    );
  });

  it('leaves out references that overlap any part of the passage asked', async () => {
    const [prayer] = await make(source().src).topicsFor('Gen.20.17,Jas.5.16');
    expect(prayer).toEqual({
      topic: 'PRAYER',
      heading: 'For others',
      refs: [
        { osis: 'Gen.20.7', label: 'Genesis 20:7' },
        { osis: 'Job.42.8-Job.42.10', label: 'Job 42:8–10' },
      ],
    });
  });

  it('skips index entries for topics or sections the topics pack lacks, and invalid references', async () => {
    const topics: NaveTopic[] = [
      { name: 'PRAYER', sections: [{ heading: 'For others', refs: ['Jude.2.1', 'Jas.5.16'] }] },
    ];
    const index: NaveIndex = {
      'Gen.20.7': [
        [0, 0],
        [0, 4],
        [9, 0],
      ],
      'Foo.1.1': [[0, 0]],
    };
    const src = naveSource('n1', topics, index);
    const nave = make(src);
    const expected = [
      { topic: 'PRAYER', heading: 'For others', refs: [{ osis: 'Jas.5.16', label: 'James 5:16' }] },
    ];
    expect(await nave.topicsFor('Gen.20.7')).toEqual(expected);
    await nave.settled();
    // An unknown book in the index does not stop the rest being cached.
    expect((await db.meta.get(META_NAVE))?.value).toBe('n1');
    expect(await make(src).topicsFor('Gen.20.7')).toEqual(expected);
  });

  it.each([
    ['topics that are not a list', { naveTopics: async () => ({}) as NaveTopic[] }],
    ['no index', { naveIndex: async () => null as unknown as NaveIndex }],
    ['an index that is not an object', { naveIndex: async () => 'index' as unknown as NaveIndex }],
  ])('reports %s as a damaged pack', async (_, broken) => {
    const nave = make({ ...source().src, ...broken });
    await expect(nave.topicsFor('Gen.20.7')).rejects.toThrow(
      "The Nave's Topical Bible pack is damaged; reinstall the extension",
    );
  });

  it('warns when the rows cannot be written', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const nave = make(source().src);
    vi.spyOn(db.naveVerses, 'bulkPut').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await nave.topicsFor('Gen.15.6');
    await nave.settled();
    expect(warn).toHaveBeenCalledWith("Intercede: caching Nave's Topical Bible failed", expect.any(Error));
  });

  describe('over long passages, from the packs and from IndexedDB alike', () => {
    const genesis = getBook('Gen')!;
    const exodus = getBook('Exod')!;
    /** The first `n` verses of a book, as OSIS ids. */
    const versesFrom = (book: typeof genesis, n: number) =>
      book.verses
        .flatMap((count, c) => Array.from({ length: count }, (_, v) => `${book.id}.${c + 1}.${v + 1}`))
        .slice(0, n);
    // Section 0 is cited by the first 200 verses of Genesis, section 1 by the 300 after them:
    // only the first 200 cited verses of a passage count, so section 0 comes first.
    const early = versesFrom(genesis, 200);
    const late = versesFrom(genesis, 500).slice(200);
    const LONG: NaveTopic[] = [
      {
        name: 'LONG',
        sections: [
          { heading: 'Early', refs: ['Ps.1.1'] },
          { heading: 'Late', refs: ['Ps.2.1'] },
          { heading: 'Exodus', refs: ['Ps.3.1'] },
          { heading: 'Chapter ends', refs: ['Ps.4.1'] },
        ],
      },
    ];
    const index: NaveIndex = {};
    for (const osis of early) index[osis] = [[0, 0]];
    for (const osis of late) index[osis] = [[0, 1]];
    for (const osis of versesFrom(exodus, 40)) index[osis] = [[0, 2]];
    // The last verse of Genesis 49 and the first of Genesis 50, and the last of Genesis.
    for (const osis of ['Gen.49.33', 'Gen.50.1', 'Gen.50.26']) index[osis] = [[0, 3]];
    const src = naveSource('long', LONG, index);
    const headings = async (osis: string) => {
      const cold = make(src);
      const fromPacks = (await cold.topicsFor(osis)).map((t) => t.heading);
      await cold.settled();
      const fromDb = (await make(src).topicsFor(osis)).map((t) => t.heading);
      return { fromPacks, fromDb };
    };

    it.each([
      ['Gen.1.1-Gen.20.18', ['Early']],
      ['Gen.1.1-Gen.10.5,Gen.10.6-Gen.20.18', ['Early']],
      ['Gen.49.33-Gen.50.1', ['Chapter ends']],
      ['Gen.49.1-Exod.1.3', ['Exodus', 'Chapter ends']],
      ['Gen.50.26-Exod.1.1', ['Exodus', 'Chapter ends']],
      ['Gen.50.2-Gen.50.25', []],
      // 268 cited verses of Genesis come first: Exodus is past the 200 that count.
      ['Gen.10.1-Exod.2.10', ['Late']],
      ['Gen.49.1-Exod.2.10', ['Exodus', 'Chapter ends']],
    ])('%s', async (osis, expected) => {
      expect(await headings(osis)).toEqual({ fromPacks: expected, fromDb: expected });
    });
  });
});

describe('NaveService.topicNamed', () => {
  it('finds the topic a word search names, from the packs and then from IndexedDB', async () => {
    const first = make(source().src);
    expect(await first.topicNamed('prayers')).toMatchObject({
      kind: 'topic',
      name: 'PRAYER',
      sections: [
        { heading: 'For others', refs: [{ osis: 'Gen.20.7', label: 'Genesis 20:7' }, {}, {}, {}] },
        { heading: 'Answered' },
      ],
    });
    await first.settled();
    const restarted = make(source().src);
    expect((await restarted.topicNamed('Pray'))?.name).toBe('PRAYER');
    expect(await restarted.topicNamed('faith alone')).toBeNull();
  });

  it('finds a section by its heading, and forgets the names with the tables', async () => {
    const nave = make(source().src);
    expect(await nave.topicNamed('answered')).toEqual({
      kind: 'heading',
      name: 'Answered',
      sections: [
        {
          heading: 'PRAYER',
          refs: [
            { osis: 'Gen.20.17', label: 'Genesis 20:17' },
            { osis: 'Jas.5.16', label: 'James 5:16' },
          ],
        },
      ],
    });
    await nave.settled();
    await nave.clear();
    const renamed = make(source('n2', [{ name: 'FAITH', sections: [] }]).src);
    expect(await renamed.topicNamed('prayer')).toBeNull();
  });
});
