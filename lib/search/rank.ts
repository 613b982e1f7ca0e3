/**
 * Ranks verses for a word query: verses holding the exact phrase first, then verses holding
 * every word, each group by BM25 and ties in canonical order. When no verse holds every word,
 * verses holding some of them are offered instead (mode `some`), so a query never dead-ends
 * on one rare word. Pure over typed arrays, so it is fast and unit-tested.
 */

/** BM25's usual constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.75;

/** What the ranker needs: one postings list per query word, and the verse lengths. */
export interface RankInput {
  /**
   * Postings (`ordinal * 256 + position`, ascending) per query word in query order; a word
   * typed twice passes the same array twice, and a prefix expanded to several terms passes
   * their merged union.
   */
  slots: readonly Uint32Array[];
  /** Words per verse by ordinal. */
  lengths: Uint8Array;
}

/**
 * The ranking. `all`: every word is in each verse; `some`: no verse had them all, so these
 * hold some, the most words first.
 */
export interface Ranking {
  mode: 'all' | 'some';
  /** Verse ordinals, best first. */
  ordinals: Uint32Array;
  /** How many of them (the first ones) hold the words as one phrase, in order. */
  phrases: number;
}

/** The ordinals at which `slots` occur one after another, as a set of first-word postings. */
export function phraseStarts(slots: readonly Uint32Array[]): Uint32Array {
  let current = slots[0] ?? new Uint32Array();
  for (let i = 1; i < slots.length && current.length > 0; i++) {
    const next = slots[i]!;
    const kept: number[] = [];
    let j = 0;
    for (const p of current) {
      const want = p + i;
      while (j < next.length && next[j]! < want) j++;
      // A phrase never runs from one verse into the next: a verse of 256 words or more keeps its
      // last word at position 255 (build.ts caps it), one posting before the next verse's first.
      if (j < next.length && next[j] === want && want >>> 8 === p >>> 8) kept.push(p);
    }
    current = Uint32Array.from(kept);
  }
  return current;
}

/** Merges sorted postings lists into one sorted list (a prefix's several terms). */
export function unionPostings(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 1) return lists[0]!;
  const total = lists.reduce((n, l) => n + l.length, 0);
  const out = new Uint32Array(total);
  let at = 0;
  for (const l of lists) {
    out.set(l, at);
    at += l.length;
  }
  return out.sort();
}

/** Ranks the verses that hold the query's words. */
export function rankVerses({ slots, lengths }: RankInput): Ranking {
  const count = lengths.length;
  const unique = [...new Set(slots)];
  if (count === 0 || unique.length === 0) return { mode: 'all', ordinals: new Uint32Array(), phrases: 0 };
  let total = 0;
  for (let i = 0; i < count; i++) total += lengths[i]!;
  const avgLength = total / count || 1;

  const scores = new Float64Array(count);
  const masks = new Uint32Array(count);
  const touched: number[] = [];
  unique.forEach((list, u) => {
    let df = 0;
    for (let i = 0; i < list.length; i++) if (i === 0 || list[i]! >>> 8 !== list[i - 1]! >>> 8) df++;
    const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5));
    const bit = 2 ** Math.min(u, 31);
    for (let i = 0; i < list.length;) {
      const ordinal = list[i]! >>> 8;
      let tf = 0;
      for (; i < list.length && list[i]! >>> 8 === ordinal; i++) tf++;
      const norm = K1 * (1 - B + (B * lengths[ordinal]!) / avgLength);
      scores[ordinal] = scores[ordinal]! + (idf * tf * (K1 + 1)) / (tf + norm);
      if (masks[ordinal] === 0) touched.push(ordinal);
      masks[ordinal] = (masks[ordinal]! | bit) >>> 0;
    }
  });

  const phrase = new Uint8Array(count);
  if (slots.length > 1) for (const p of phraseStarts(slots)) phrase[p >>> 8] = 1;

  const full = unique.length >= 32 ? 0xffffffff : 2 ** unique.length - 1;
  let chosen = touched.filter((o) => masks[o] === full);
  const mode = chosen.length > 0 ? 'all' : 'some';
  if (mode === 'some') chosen = touched;
  // One float per verse encodes the whole order — phrase, then words matched, then score (to a
  // millionth), then canonical order — so the engine's native numeric sort does the work: a
  // comparator over 25,000 verses ("the") would cost more than the rest of the query.
  const sortKeys = new Float64Array(chosen.length);
  let phrases = 0;
  chosen.forEach((ordinal, i) => {
    phrases += phrase[ordinal]!;
    const rank = (1 - phrase[ordinal]!) * 64 + (32 - bitCount(masks[ordinal]!));
    const score = Math.round(Math.max(0, MAX_SCORE - scores[ordinal]!) * 1e6);
    sortKeys[i] = (rank * MAX_SCORE * 1e6 + score) * ORDINALS + ordinal;
  });
  sortKeys.sort();
  const ordinals = new Uint32Array(chosen.length);
  sortKeys.forEach((k, i) => (ordinals[i] = k % ORDINALS));
  return { mode, ordinals, phrases };
}

/** Verse ordinals fit in 15 bits (31,102 verses). */
const ORDINALS = 2 ** 15;
/** Above any score: each term adds at most idf · (K1 + 1) ≈ 23, and queries have at most 16 words. */
const MAX_SCORE = 512;

function bitCount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v; v &= v - 1) count++;
  return count;
}
