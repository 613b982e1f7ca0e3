import { describe, expect, it } from 'vitest';
import { KeySpace, matchedElsewhere, mergeRankings } from '@/lib/search/merge';
import { rankVerses, type Ranking } from '@/lib/search/rank';

/** A ranking by hand: ordinals best first with their qualities. */
const ranking = (mode: 'all' | 'some', entries: [number, number][]): Ranking => ({
  mode,
  ordinals: Uint32Array.from(entries.map(([o]) => o)),
  quality: Float64Array.from(entries.map(([, q]) => q)),
  phrases: 0,
});

const CLASS = 512e6;
// Verse keys: the first translation has verses 10, 20, 30; the second 20, 30, 40.
const space = new KeySpace([Uint32Array.of(10, 20, 30), Uint32Array.of(20, 30, 40)]);
const keysOf = (order: Uint32Array) => [...order].map((slot) => space.keys[slot]);

describe('KeySpace', () => {
  it('lists every verse once and where each translation’s verses sit', () => {
    expect([...space.keys]).toEqual([10, 20, 30, 40]);
    expect(space.slots.map((s) => [...s])).toEqual([
      [0, 1, 2],
      [1, 2, 3],
    ]);
    expect(space.present.map((p) => [...p])).toEqual([
      [1, 1, 1, 0],
      [0, 1, 1, 1],
    ]);
  });
});

describe('mergeRankings', () => {
  it('counts a verse found in two translations once, at its best evidence', () => {
    const merged = mergeRankings(space, [
      ranking('all', [
        [0, 64 * CLASS + 5],
        [1, 64 * CLASS + 9],
      ]),
      ranking('all', [
        [0, 0 * CLASS + 7], // key 20, as a phrase
        [2, 64 * CLASS + 1], // key 40
      ]),
    ]);
    expect(keysOf(merged.order)).toEqual([20, 40, 10]);
    expect(merged.phrases).toBe(1);
    expect(merged.mode).toBe('all');
    expect(merged.from[1]).toBe(1);
    expect(merged.from[0]).toBe(0);
  });

  it('gives a tie to the first translation (the reader’s), then to canonical order', () => {
    const merged = mergeRankings(space, [
      ranking('all', [[2, 64 * CLASS + 3]]),
      ranking('all', [
        [1, 64 * CLASS + 3],
        [0, 64 * CLASS + 3],
      ]),
    ]);
    expect(keysOf(merged.order)).toEqual([20, 30]);
    expect(merged.from[2]).toBe(0);
  });

  it('leaves out verses holding only some words when another translation holds them all', () => {
    const merged = mergeRankings(space, [
      ranking('some', [[0, 65 * CLASS]]),
      ranking('all', [[2, 64 * CLASS + 100]]),
    ]);
    expect(keysOf(merged.order)).toEqual([40]);
    expect(mergeRankings(space, [ranking('some', [[0, 65 * CLASS]]), ranking('some', [])]).mode).toBe('some');
  });

  it('merges real rankings: rank.ts qualities compare across translations', () => {
    const lengths = Uint8Array.of(4, 4, 4);
    const phrase = rankVerses({ slots: [Uint32Array.of(256 * 1), Uint32Array.of(256 * 1 + 1)], lengths });
    const apart = rankVerses({ slots: [Uint32Array.of(0), Uint32Array.of(3)], lengths });
    const merged = mergeRankings(space, [apart, phrase]);
    // Key 10 (words apart, first translation) below key 30 (the phrase, second translation).
    expect(keysOf(merged.order)).toEqual([30, 10]);
  });
});

describe('matchedElsewhere', () => {
  const merged = mergeRankings(space, [
    ranking('all', [
      [1, 64 * CLASS + 1],
      [0, 64 * CLASS + 2],
      [2, 64 * CLASS + 5],
    ]),
    ranking('all', [
      [0, 0 * CLASS + 1], // key 20: a phrase in the second, words apart in the first
      [1, 64 * CLASS + 0], // key 30: a better score in the second, same class
      [2, 64 * CLASS + 0], // key 40: the first translation lacks it
    ]),
  ]);

  it('notes a verse whose words matched better elsewhere: a phrase, or the verse only there', () => {
    expect(matchedElsewhere(merged, 1, 0)).toBe(true);
    expect(matchedElsewhere(merged, 3, 0)).toBe(true);
  });

  it('does not note a better score of the same kind, nor the reader’s own evidence', () => {
    expect(matchedElsewhere(merged, 2, 0)).toBe(false);
    expect(matchedElsewhere(merged, 0, 0)).toBe(false);
    expect(matchedElsewhere(merged, 1, 1)).toBe(false);
  });
});
