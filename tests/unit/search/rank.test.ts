import { describe, expect, it } from 'vitest';
import { IndexBuilder } from '@/lib/search/build';
import { hasTerm, rankQuery, termsWithPrefix } from '@/lib/search/engine';
import { parseWords } from '@/lib/search/query';
import { phraseStarts, rankVerses, unionPostings } from '@/lib/search/rank';
import { verseKeyToOsis } from '@/lib/search/verse-key';

/** A small translation: verses of Genesis 1 (book index 0), in canonical order. */
function indexOf(verses: string[]) {
  const builder = new IndexBuilder();
  verses.forEach((text, i) => builder.add(0, 1, i + 1, text));
  const index = builder.finish();
  const vocabulary = [...index.postings.keys()].sort();
  return {
    index,
    search: async (query: string) => {
      const parsed = parseWords(query);
      if (parsed.kind !== 'words') throw new Error('not words');
      const ranking = await rankQuery(parsed, {
        lengths: index.lengths,
        vocabulary,
        postings: async (terms) => terms.map((t) => index.postings.get(t)),
      });
      return {
        ...ranking,
        osis: [...ranking.ordinals].map((o) => verseKeyToOsis(index.keys[o]!)),
        terms: [...ranking.terms].sort(),
      };
    },
  };
}

describe('rankVerses', () => {
  it('puts the exact phrase first, then every word, best BM25 first', async () => {
    const { search } = indexOf([
      /* 1 */ 'intercession is made, and we make our prayers',
      /* 2 */ 'he lives to make intercession for them',
      /* 3 */ 'a long verse about the many things people make while someone prays and makes intercession at night',
      /* 4 */ 'make a ship',
      /* 5 */ 'the Spirit makes intercession for us',
    ]);
    const r = await search('make intercession ');
    expect(r.mode).toBe('all');
    expect(r.phrases).toBe(3);
    // Phrases (2, 5, 3): the shorter verses score higher; then verse 1 (both words, apart).
    expect(r.osis).toEqual(['Gen.1.5', 'Gen.1.2', 'Gen.1.3', 'Gen.1.1']);
    expect(r.terms).toEqual(['intercession', 'mak']);
  });

  it('breaks ties in canonical order', async () => {
    const { search } = indexOf(['grace and peace', 'grace and peace', 'grace and peace']);
    expect((await search('grace ')).osis).toEqual(['Gen.1.1', 'Gen.1.2', 'Gen.1.3']);
  });

  it('counts a repeated word once in the score and twice in the phrase', async () => {
    const { search } = indexOf(['holy is he', 'holy holy holy is the Lord', 'holy and holy']);
    const r = await search('holy holy holy ');
    expect(r.osis[0]).toBe('Gen.1.2');
    expect(r.phrases).toBe(1);
    expect(r.osis).toHaveLength(3);
  });

  it('never finds a phrase across two verses, even after a verse of 256 words', async () => {
    // The 256th word sits at position 255; the next verse's first word is one posting later.
    const long = [...Array.from({ length: 255 }, () => 'word'), 'make'].join(' ');
    const { index, search } = indexOf([long, 'intercession for them', 'make intercession']);
    const starts = phraseStarts([index.postings.get('mak')!, index.postings.get('intercession')!]);
    expect([...starts].map((p) => p >>> 8)).toEqual([2]);
    const r = await search('make intercession ');
    expect(r.phrases).toBe(1);
    expect(r.osis).toEqual(['Gen.1.3']);
  });

  it('offers verses with some of the words, the most words first, when none has them all', async () => {
    const { search } = indexOf([
      'advocate advocate',
      'with them and with the Father, the words of a long verse that says many other things',
      'with',
      'with',
      'the Father',
      'the Father',
      'nothing here',
    ]);
    const r = await search('advocate with Father counselor ');
    expect(r.mode).toBe('some');
    // Two common words beat one rare word said twice in a short verse, which BM25 alone prefers.
    expect(r.osis.slice(0, 2)).toEqual(['Gen.1.2', 'Gen.1.1']);
    expect(r.osis).toHaveLength(6);
    expect(r.phrases).toBe(0);
  });

  it('weighs a rare word above a common one', async () => {
    const { search } = indexOf([
      'grace and lord lord',
      'lord and grace grace',
      'the lord',
      'the lord',
      'the lord',
      'the lord',
    ]);
    // Same length, each word twice in one of them: only its rarity puts "grace grace" first.
    expect((await search('lord grace ')).osis.slice(0, 2)).toEqual(['Gen.1.2', 'Gen.1.1']);
  });

  it('finds nothing for an unknown word alone', async () => {
    const { search } = indexOf(['grace and peace']);
    const r = await search('xyzzy ');
    expect(r.osis).toEqual([]);
  });

  it('lets the word being typed stand for every term it begins, unless it is a word already', async () => {
    const { search } = indexOf(['intercession for all', 'they interceded', 'interest', 'in']);
    // The shorter verse first, as for any word.
    expect((await search('interc')).osis).toEqual(['Gen.1.2', 'Gen.1.1']);
    expect((await search('inter')).osis).toEqual(['Gen.1.3', 'Gen.1.2', 'Gen.1.1']);
    // "in" is a word of the index: no expansion to "intercession" and "interest".
    expect((await search('in')).osis).toEqual(['Gen.1.4']);
    expect((await search('interc ')).osis).toEqual([]);
  });
});

describe('rankVerses on nothing', () => {
  it('finds nothing with no words or no verses', () => {
    const none = { mode: 'all', ordinals: new Uint32Array(), phrases: 0, quality: new Float64Array() };
    expect(rankVerses({ slots: [], lengths: Uint8Array.of(3, 4) })).toEqual(none);
    expect(rankVerses({ slots: [Uint32Array.of(0)], lengths: new Uint8Array() })).toEqual(none);
  });

  it('puts a short verse above a long one holding the word once each', () => {
    const lengths = Uint8Array.of(20, 3, 8);
    // The word is the first word of verses 0 and 1 (ordinal * 256 + position).
    expect([...rankVerses({ slots: [Uint32Array.of(0, 256)], lengths }).ordinals]).toEqual([1, 0]);
  });
});

describe('index helpers', () => {
  it('merges postings and looks terms up in the sorted vocabulary', () => {
    expect([...unionPostings([Uint32Array.of(1, 5), Uint32Array.of(2, 300)])]).toEqual([1, 2, 5, 300]);
    const vocabulary = ['grac', 'interced', 'intercession', 'intercessor', 'lov'];
    expect(termsWithPrefix(vocabulary, 'interc')).toEqual(['interced', 'intercession', 'intercessor']);
    expect(termsWithPrefix(vocabulary, 'interc', 2)).toEqual(['interced', 'intercession']);
    expect(hasTerm(vocabulary, 'lov')).toBe(true);
    expect(hasTerm(vocabulary, 'lo')).toBe(false);
  });

  it('refuses verses out of canonical order', () => {
    const builder = new IndexBuilder();
    builder.add(57, 7, 25, 'a');
    expect(() => builder.add(57, 7, 24, 'b')).toThrow(/canonical order/);
  });
});
