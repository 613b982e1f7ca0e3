/**
 * One ranking out of several translations' rankings of the same query. Verses are matched by
 * their key (book, chapter, verse), so a verse found in two translations counts once, placed
 * by its best evidence (a phrase above words apart, more words above fewer, then the score);
 * ties go to the translation listed first (the reader's), then to canonical order. Each
 * translation keeps its own versification: a verse only one of them has is found in that one.
 */
import { evidenceClass, isPhrase, type Ranking } from './rank';

/** Positions in the union of the translations' verses fit in 15 bits, as in rank.ts. */
const SLOTS = 2 ** 15;

/** The union of several translations' verse keys, and where each translation's verses sit in it. */
export class KeySpace {
  /** Every verse key of any translation, ascending. */
  readonly keys: Uint32Array;
  /** Per translation (in the order given), its ordinal → position in `keys`. */
  readonly slots: Uint32Array[];
  /** Per translation, by position in `keys`: 1 where the translation has the verse. */
  readonly present: Uint8Array[];

  constructor(translations: readonly Uint32Array[]) {
    // Each translation's keys are ascending: a merge, not a sort (this runs on every worker start).
    let keys: Uint32Array = new Uint32Array();
    for (const list of translations) keys = mergeSorted(keys, list);
    this.keys = keys;
    if (keys.length > SLOTS) throw new Error(`${keys.length} verses are more than a search can rank`);
    this.slots = translations.map((list) => {
      const slots = new Uint32Array(list.length);
      let j = 0;
      list.forEach((key, i) => {
        while (keys[j]! < key) j++;
        slots[i] = j;
      });
      return slots;
    });
    this.present = this.slots.map((slots) => {
      const present = new Uint8Array(this.keys.length);
      for (const slot of slots) present[slot] = 1;
      return present;
    });
  }
}

/** The ascending union of two ascending lists, each value once. */
function mergeSorted(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    const v = Math.min(x, y);
    if (x === v) i++;
    if (y === v) j++;
    out[n++] = v;
  }
  return out.slice(0, n);
}

/** The merged ranking. Arrays indexed by slot (position in the key space) unless said otherwise. */
export interface MergedRanking {
  mode: 'all' | 'some';
  /** Slots of the verses found, best first. */
  order: Uint32Array;
  /** How many of them (the first ones) hold the words as a phrase in some translation. */
  phrases: number;
  /** The translation (its index in the list given) with the best evidence for each verse; -1 if none. */
  from: Int8Array;
  /** Each translation's evidence for each verse (rank.ts `quality`; Infinity where not found). */
  quality: Float64Array[];
}

/**
 * Merges `rankings` (one per translation, in the KeySpace's order; the reader's first),
 * keeping only the verses whose key `keep` accepts ("love in 1 John").
 */
export function mergeRankings(
  space: KeySpace,
  rankings: readonly Ranking[],
  keep?: (key: number) => boolean,
): MergedRanking {
  const size = space.keys.length;
  const all = rankings.some((r) => r.mode === 'all');
  const best = new Float64Array(size).fill(Infinity);
  const from = new Int8Array(size).fill(-1);
  const quality = rankings.map(() => new Float64Array(size).fill(Infinity));
  const touched: number[] = [];
  rankings.forEach((ranking, t) => {
    // When some translation holds every word, verses holding only some of them in another do not count.
    if (all && ranking.mode !== 'all') return;
    const slots = space.slots[t]!;
    const mine = quality[t]!;
    ranking.ordinals.forEach((ordinal, i) => {
      const slot = slots[ordinal]!;
      if (keep && !keep(space.keys[slot]!)) return;
      const q = ranking.quality[i]!;
      mine[slot] = q;
      if (from[slot] === -1) touched.push(slot);
      if (q < best[slot]!) {
        best[slot] = q;
        from[slot] = t;
      }
    });
  });
  // As in rank.ts, one float per verse carries the whole order, so the native sort does the work.
  const sortKeys = new Float64Array(touched.length);
  let phrases = 0;
  touched.forEach((slot, i) => {
    if (isPhrase(best[slot]!)) phrases++;
    sortKeys[i] = best[slot]! * SLOTS + slot;
  });
  sortKeys.sort();
  const order = new Uint32Array(touched.length);
  sortKeys.forEach((k, i) => (order[i] = k % SLOTS));
  return { mode: all || touched.length === 0 ? 'all' : 'some', order, phrases, from, quality };
}

/**
 * Whether a verse should say where its words matched: another translation than the reader's
 * (`reader`, an index) holds them as better evidence — a phrase, or more of the words.
 */
export function matchedElsewhere(merged: MergedRanking, slot: number, reader: number): boolean {
  const from = merged.from[slot]!;
  if (from === reader || from < 0) return false;
  const theirs = evidenceClass(merged.quality[from]![slot]!);
  const mine = merged.quality[reader]?.[slot] ?? Infinity;
  return mine === Infinity || theirs < evidenceClass(mine);
}
