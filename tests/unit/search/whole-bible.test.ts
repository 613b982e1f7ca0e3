/** Ranking on the real bundled translations (public/data, built by `npm run data`). */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOOKS } from '@/lib/bible/books';
import type { BookPack } from '@/lib/bible/packs';
import { TRANSLATION_IDS, type BundledTranslationId } from '@/lib/bible/translations';
import { IndexBuilder, type WordIndex } from '@/lib/search/build';
import { rankQuery } from '@/lib/search/engine';
import { Families } from '@/lib/search/family';
import { parseWords } from '@/lib/search/query';
import { verseKeyToOsis } from '@/lib/search/verse-key';

const dataDir = new URL('../../../public/data/bible/', import.meta.url);
const indexes = {} as Record<BundledTranslationId, { index: WordIndex; vocabulary: string[] }>;
let families: Families;

beforeAll(() => {
  for (const t of TRANSLATION_IDS) {
    const builder = new IndexBuilder();
    for (const book of BOOKS) {
      const pack = JSON.parse(readFileSync(new URL(`${t}/${book.id}.json`, dataDir), 'utf8')) as BookPack;
      pack.chapters.forEach((verses, c) =>
        verses.forEach((text, v) => text !== null && builder.add(book.index, c + 1, v + 1, text)),
      );
    }
    const index = builder.finish();
    indexes[t] = { index, vocabulary: [...index.postings.keys()].sort() };
  }
  families = new Families(TRANSLATION_IDS.flatMap((t) => indexes[t].vocabulary));
});

async function search(t: BundledTranslationId, query: string, withFamilies = false) {
  const { index, vocabulary } = indexes[t];
  const parsed = parseWords(query);
  if (parsed.kind !== 'words') throw new Error('not words');
  const r = await rankQuery(
    parsed,
    {
      lengths: index.lengths,
      vocabulary,
      postings: async (terms) => terms.map((term) => index.postings.get(term)),
    },
    withFamilies ? families : undefined,
  );
  return { ...r, osis: [...r.ordinals].map((o) => verseKeyToOsis(index.keys[o]!)) };
}

describe('word search over the whole Bible', () => {
  it('indexes every verse of each translation', () => {
    expect(indexes.WEB.index.keys).toHaveLength(31095);
    expect(indexes.KJV.index.keys).toHaveLength(31102);
  });

  it('finds "make intercession" in the WEB, the phrase in any form first', async () => {
    const r = await search('WEB', 'make intercession');
    expect(r.mode).toBe('all');
    expect(r.phrases).toBeGreaterThanOrEqual(5);
    expect(r.osis.slice(0, r.phrases)).toEqual(
      expect.arrayContaining(['Heb.7.25', 'Rom.8.26', 'Rom.8.27', 'Rom.8.34', 'Jer.7.16']),
    );
  });

  it.each([
    ['KJV', 'advocate with the Father', '1John.2.1'],
    ['KJV', 'the Lord is my shepherd', 'Ps.23.1'],
    ['WEB', 'Yahweh is my shepherd', 'Ps.23.1'],
    ['WEB', 'pray without ceasing', '1Thess.5.17'],
    ['KJV', 'stand in the gap', 'Ezek.22.30'],
    ['WEB', 'lives forever to make intercession', 'Heb.7.25'],
  ] as const)('%s "%s" → %s first', async (t, query, osis) => {
    const r = await search(t, query);
    expect(r.osis[0]).toBe(osis);
    expect(r.phrases).toBeGreaterThanOrEqual(1);
  });

  it('finds 1 John 2:1 among WEB verses with some of the words, since the WEB has "Counselor"', async () => {
    const r = await search('WEB', 'advocate with the Father');
    expect(r.mode).toBe('some');
    expect(r.osis).toContain('1John.2.1');
  });

  it.each(['intercede', 'intercede ', 'intercession', 'intercessor'])(
    'finds the verses of intercession for "%s" through its family (WEB)',
    async (query) => {
      const r = await search('WEB', query, true);
      expect(r.osis.slice(0, 20)).toEqual(
        expect.arrayContaining(['Rom.8.34', 'Heb.7.25', 'Isa.53.12', 'Rom.8.26']),
      );
    },
  );

  it('finds "Lord is my shepherd" in the WEB, which says "Yahweh", as a phrase', async () => {
    const r = await search('WEB', 'Lord is my shepherd', true);
    expect(r.osis[0]).toBe('Ps.23.1');
    expect(r.phrases).toBeGreaterThanOrEqual(1);
  });

  it('ranks the form typed above its relatives: "prayer" puts verses saying "prayer" first', async () => {
    const r = await search('WEB', 'prayer ', true);
    const { index } = indexes.WEB;
    const prayer = new Set(
      [...index.postings.get('prayer')!].map((p) => verseKeyToOsis(index.keys[p >>> 8]!)),
    );
    expect(r.osis.slice(0, 30).every((osis) => prayer.has(osis))).toBe(true);
    expect(r.osis.length).toBeGreaterThan(prayer.size);
  });

  it('finds a quoted phrase only as written: "throne of grace"', async () => {
    const quoted = await search('KJV', '"throne of grace"', true);
    expect(quoted.osis).toEqual(['Heb.4.16']);
    // The same words in another order are found unquoted, never quoted.
    expect((await search('KJV', 'grace of throne', true)).osis).toContain('Heb.4.16');
    expect((await search('KJV', '"grace of throne"', true)).osis).toEqual([]);
  });

  it('does not widen quoted words to their families', async () => {
    const family = await search('WEB', 'intercede ', true);
    const quoted = await search('WEB', '"intercede"', true);
    expect(quoted.osis.length).toBeLessThan(family.osis.length);
    expect(quoted.osis).not.toContain('Heb.7.25');
  });
});
