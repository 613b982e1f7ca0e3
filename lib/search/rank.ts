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
  /**
   * Postings of the very forms typed, per query word (a word widened to its family or a prefix
   * passes its own term's list here): verses holding them score a little higher than verses
   * holding only a relative, without changing which verses match.
   */
  exact?: readonly (Uint32Array | undefined)[];
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
  /**
   * The evidence for each verse, by position in `ordinals` (lower is better): its class
   * (phrase, then words matched; see `evidenceClass`) and its score, comparable across
   * translations searched with the same query.
   */
  quality: Float64Array;
}

/** A slice of quality per evidence class: above any score to a millionth. */
const CLASS_WIDTH = 512 * 1e6;

/** The class of a quality: 0–32 for a phrase, 64–96 for words apart (fewer words matched: higher). */
export function evidenceClass(quality: number): number {
  return Math.floor(quality / CLASS_WIDTH);
}

/** Whether a quality is a phrase's. */
export function isPhrase(quality: number): boolean {
  return evidenceClass(quality) < 64;
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
export function rankVerses({ slots, lengths, exact = [] }: RankInput): Ranking {
  const count = lengths.length;
  const unique = [...new Set(slots)];
  if (count === 0 || unique.length === 0)
    return { mode: 'all', ordinals: new Uint32Array(), phrases: 0, quality: new Float64Array() };
  let total = 0;
  for (let i = 0; i < count; i++) total += lengths[i]!;
  const avgLength = total / count || 1;

  const scores = new Float64Array(count);
  const masks = new Uint32Array(count);
  const touched: number[] = [];
  const bm25 = (list: Uint32Array, weight: number, visit: (ordinal: number) => void) => {
    let df = 0;
    for (let i = 0; i < list.length; i++) if (i === 0 || list[i]! >>> 8 !== list[i - 1]! >>> 8) df++;
    const idf = Math.log(1 + (count - df + 0.5) / (df + 0.5)) * weight;
    for (let i = 0; i < list.length;) {
      const ordinal = list[i]! >>> 8;
      let tf = 0;
      for (; i < list.length && list[i]! >>> 8 === ordinal; i++) tf++;
      const norm = K1 * (1 - B + (B * lengths[ordinal]!) / avgLength);
      scores[ordinal] = scores[ordinal]! + (idf * tf * (K1 + 1)) / (tf + norm);
      visit(ordinal);
    }
  };
  unique.forEach((list, u) => {
    const bit = 2 ** Math.min(u, 31);
    bm25(list, 1, (ordinal) => {
      if (masks[ordinal] === 0) touched.push(ordinal);
      masks[ordinal] = (masks[ordinal]! | bit) >>> 0;
    });
  });
  // The typed form's bonus, once per distinct list; it only reorders verses already matched.
  for (const list of new Set(exact)) if (list) bm25(list, EXACT_WEIGHT, () => undefined);

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
  const quality = new Float64Array(chosen.length);
  sortKeys.forEach((k, i) => {
    ordinals[i] = k % ORDINALS;
    quality[i] = (k - ordinals[i]!) / ORDINALS;
  });
  return { mode, ordinals, phrases, quality };
}

/** How much the typed form counts beside its family (BM25 weight; the family counts 1). */
const EXACT_WEIGHT = 0.25;

/** Verse ordinals fit in 15 bits (31,102 verses). */
const ORDINALS = 2 ** 15;
/**
 * Above any score: each term adds at most idf · (K1 + 1) ≈ 23 (and its typed form a quarter
 * more), and queries have at most 16 words.
 */
const MAX_SCORE = CLASS_WIDTH / 1e6;

function bitCount(n: number): number {
  let count = 0;
  for (let v = n >>> 0; v; v &= v - 1) count++;
  return count;
}
