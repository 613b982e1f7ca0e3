/**
 * A word query against one translation's index: the query's words become postings lists
 * (each word with its family, see family.ts; the last word, while still being typed, stands
 * for every term it begins), and the ranker orders the verses. Pure over an `IndexReader`,
 * so the background reads postings from IndexedDB and the tests from memory.
 */
import type { Families } from './family';
import type { ParsedQuery } from './query';
import { phraseStarts, rankVerses, unionPostings, type Ranking } from './rank';

/** A typed-so-far word stands for at most this many terms ("a" would otherwise mean thousands). */
const MAX_PREFIX_TERMS = 50;

/** What a search reads from an index. */
export interface IndexReader {
  /** Words per verse by ordinal. */
  lengths: Uint8Array;
  /** Every term of the index, sorted. */
  vocabulary: readonly string[];
  /** The postings of each term, undefined for a term not in the index. */
  postings(terms: readonly string[]): Promise<(Uint32Array | undefined)[]>;
}

/** A ranking with the terms that matched, for highlighting. */
export interface QueryRanking extends Ranking {
  terms: Set<string>;
}

/** Index of the first entry of sorted `list` that is ≥ `value`. */
function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether sorted `vocabulary` holds `term`. */
export function hasTerm(vocabulary: readonly string[], term: string): boolean {
  return vocabulary[lowerBound(vocabulary, term)] === term;
}

/** The terms of sorted `vocabulary` that begin with `prefix`, at most `max`. */
export function termsWithPrefix(
  vocabulary: readonly string[],
  prefix: string,
  max = MAX_PREFIX_TERMS,
): string[] {
  const out: string[] = [];
  for (let i = lowerBound(vocabulary, prefix); i < vocabulary.length && out.length < max; i++) {
    if (!vocabulary[i]!.startsWith(prefix)) break;
    out.push(vocabulary[i]!);
  }
  return out;
}

/**
 * Ranks the verses for a words query. With `families`, each word also finds its relatives
 * ("intercede" finds "intercession"); the form typed still counts a little more.
 */
export async function rankQuery(
  query: Extract<ParsedQuery, { kind: 'words' }>,
  reader: IndexReader,
  families?: Families,
): Promise<QueryRanking> {
  const quoted = query.quoted ?? [];
  const isQuoted = (i: number) => quoted.some(([from, to]) => i >= from && i < to);
  const words = query.terms.map((term, i) => (families && !isQuoted(i) ? families.of(term) : [term]));
  const lastKnown = words.at(-1)!.some((term) => hasTerm(reader.vocabulary, term));
  if (query.prefix && !lastKnown) {
    const expanded = termsWithPrefix(reader.vocabulary, query.prefix);
    if (expanded.length > 0) words[words.length - 1] = expanded;
  }
  const unique = [...new Set([...words.flat(), ...query.terms])];
  const lists = await reader.postings(unique);
  const byTerm = new Map(unique.map((term, i) => [term, lists[i]]));
  const found = new Set(unique.filter((term) => byTerm.get(term)));
  // One array per distinct word so a repeated word counts once in the score but twice in a phrase.
  const slotOf = new Map<string, Uint32Array>();
  const slots = words.map((terms) => {
    const key = terms.join(' ');
    let slot = slotOf.get(key);
    if (!slot) {
      slot = unionPostings(terms.map((t) => byTerm.get(t)).filter((l): l is Uint32Array => !!l));
      slotOf.set(key, slot);
    }
    return slot;
  });
  const exact = families ? query.terms.map((term) => byTerm.get(term)) : undefined;
  const ranking = rankVerses({ slots, lengths: reader.lengths, exact });
  return {
    ...withPhrases(
      ranking,
      quoted.map(([from, to]) => slots.slice(from, to)),
    ),
    terms: found,
  };
}

/** Keeps only the verses holding every quoted phrase, word after word. */
function withPhrases(ranking: Ranking, phrases: readonly Uint32Array[][]): Ranking {
  if (phrases.length === 0) return ranking;
  const sets = phrases.map((slots) => new Set([...phraseStarts(slots)].map((p) => p >>> 8)));
  const keep: number[] = [];
  ranking.ordinals.forEach((ordinal, i) => {
    if (sets.every((set) => set.has(ordinal))) keep.push(i);
  });
  return {
    mode: ranking.mode,
    ordinals: Uint32Array.from(keep, (i) => ranking.ordinals[i]!),
    quality: Float64Array.from(keep, (i) => ranking.quality[i]!),
    phrases: keep.filter((i) => i < ranking.phrases).length,
  };
}
