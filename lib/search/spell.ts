/**
 * Typos: a query word that no index holds (nor any of its family, nor, while it is being
 * typed, any word it begins) is replaced by the nearest written word of the indexes' vocabulary
 * — fewest edits (insertions, deletions, substitutions, swaps of two neighbours), then the word
 * written most often: "intersession" → "intercession", "forgivness" → "forgiveness".
 */
import { foldWord, tokenize, type Language } from './tokenize';

/** The written words of an index with how often each is written (parallel arrays). */
export interface Lexicon {
  words: readonly string[];
  counts: ArrayLike<number>;
}

/** How much a tenfold frequency counts against one edit: a common word wins a tie, never an edit. */
const FREQUENCY_WEIGHT = 0.1;

/** The most edits allowed for a word of this length: none below 3 letters, one up to 4, else two. */
function maxEdits(length: number): number {
  return length < 3 ? 0 : length <= 4 ? 1 : 2;
}

/**
 * Optimal-string-alignment distance between `a` and `b`, or `max + 1` as soon as it must
 * exceed `max` (most of the vocabulary is rejected after a row or two).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < least) least = d;
    }
    if (least > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/** The nearest written word to `word` (folded) in the lexicons, or undefined when none is near. */
export function nearestWord(word: string, lexicons: readonly Lexicon[]): string | undefined {
  const max = maxEdits(word.length);
  if (max === 0) return undefined;
  const counts = new Map<string, number>();
  for (const { words, counts: n } of lexicons) {
    words.forEach((w, i) => counts.set(w, (counts.get(w) ?? 0) + n[i]!));
  }
  let best: string | undefined;
  let bestCost = Infinity;
  for (const [candidate, count] of counts) {
    const d = editDistance(word, candidate, max);
    if (d === 0 || d > max) continue;
    const cost = d - FREQUENCY_WEIGHT * Math.log10(count);
    if (cost < bestCost || (cost === bestCost && candidate < best!)) {
      best = candidate;
      bestCost = cost;
    }
  }
  return best;
}

/**
 * `query` with each word that `known` refuses replaced by its nearest written word, or
 * undefined when nothing was replaced. `known` gets the word's term and whether it is the last
 * word, still being typed.
 */
export function correctQuery(
  query: string,
  known: (term: string, typing: boolean) => boolean,
  lexicons: readonly Lexicon[],
  language: Language = 'en',
): string | undefined {
  const tokens = tokenize(query, language);
  let out = '';
  let at = 0;
  let changed = false;
  tokens.forEach((token, i) => {
    const typing = i === tokens.length - 1 && token.end === query.length;
    if (known(token.term, typing)) return;
    const nearest = nearestWord(foldWord(query.slice(token.start, token.end)), lexicons);
    if (nearest === undefined) return;
    out += query.slice(at, token.start) + nearest;
    at = token.end;
    changed = true;
  });
  return changed ? out + query.slice(at) : undefined;
}
