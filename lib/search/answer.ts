/**
 * A word search over one or more translations' indexes, from the query as typed to a page of
 * hits: "… in 1 John" split off, typos corrected, each translation ranked (words widened to
 * their families), the rankings merged by verse, and each hit's text and "matched in …" note.
 * Pure over readers of postings and verse texts, so the background runs it over IndexedDB
 * (lib/db/search-index.ts) and tests over memory.
 */
import { formatOsis } from '../bible/osis';
import type { TranslationId } from '../bible/translations';
import { searchLanguage } from './results';
import { rankQuery, termsWithPrefix, type QueryRanking } from './engine';
import { Families } from './family';
import { KeySpace, matchedElsewhere, mergeRankings, type MergedRanking } from './merge';
import { parseWords, type ReferenceFinder } from './query';
import { SEARCH_PAGE, type SearchHit, type SearchOptions, type SearchReply } from './results';
import { inRanges, splitScope } from './scope';
import { makeSnippet, matchedQuote } from './snippet';
import { correctQuery, type Lexicon } from './spell';
import type { Language } from './tokenize';
import { verseKeyToOsis } from './verse-key';

/** What a search needs of one translation's index besides its postings. */
export interface IndexHeader {
  /** Verse keys by ordinal. */
  keys: Uint32Array;
  /** Words per verse by ordinal. */
  lengths: Uint8Array;
  /** Every term, sorted. */
  vocabulary: string[];
  /** By term: its most frequent written form (folded). */
  surfaces: string[];
  /** By term: how often it is written. */
  counts: Uint32Array;
  /** By term: its word family's root. */
  roots: string[];
}

/** A set of translations searched together (the reader's first), made once per set. */
export class SearchScope {
  readonly space: KeySpace;
  readonly families: Families;
  readonly lexicons: Lexicon[];
  /** The language of the translations searched together (the first one's: they share it). */
  readonly language: Language;
  private readonly terms: Set<string>;

  constructor(
    readonly ids: readonly TranslationId[],
    readonly headers: readonly IndexHeader[],
    language: Language = searchLanguage(ids[0]!),
  ) {
    this.language = language;
    const vocabulary = headers.flatMap((h) => h.vocabulary);
    this.terms = new Set(vocabulary);
    this.space = new KeySpace(headers.map((h) => h.keys));
    this.families = new Families(
      vocabulary,
      headers.flatMap((h) => h.roots),
      this.language,
    );
    this.lexicons = headers.map((h) => ({ words: h.surfaces, counts: h.counts }));
  }

  /** Whether some index holds the term or its family (or, while it is typed, a word it begins). */
  known(term: string, typing: boolean): boolean {
    if (this.families.of(term).some((t) => this.terms.has(t))) return true;
    return typing && this.headers.some((h) => termsWithPrefix(h.vocabulary, term, 1).length > 0);
  }
}

/** Reads what the indexes and the verse cache hold. */
export interface SearchReaders {
  /** The postings of each term in one translation's index, undefined where it has none. */
  postings(translation: TranslationId, terms: readonly string[]): Promise<(Uint32Array | undefined)[]>;
  /** The text of each verse (by key) in one translation. */
  texts(translation: TranslationId, keys: readonly number[]): Promise<string[]>;
  /** The reference finder, for "… in Hebrews 11". */
  find: ReferenceFinder;
}

/** A query's rankings, kept so that the next page does not rank again. */
export interface RankedQuery {
  key: string;
  rankings: QueryRanking[];
  merged: MergedRanking;
}

/**
 * A page of results for `query`, shown in the scope's first translation. `last` is the
 * previous answer's ranking, reused when the query is the same; the answer's goes back with it.
 */
export async function answerQuery(
  scope: SearchScope,
  query: string,
  offset: number,
  options: SearchOptions,
  readers: SearchReaders,
  last?: RankedQuery,
): Promise<{ reply: SearchReply; ranked?: RankedQuery }> {
  const { ids, space, language } = scope;
  const scoped = splitScope(query, readers.find);
  // The words before " in …" are complete: none is still being typed.
  const words = scoped ? `${scoped.words} ` : query;
  const corrected = options.literal
    ? undefined
    : correctQuery(words, (term, typing) => scope.known(term, typing), scope.lexicons, language);
  const parsed = parseWords(corrected ?? words, language);
  const translations = [...ids];
  if (parsed.kind !== 'words') {
    return { reply: { status: 'ready', mode: 'all', total: 0, phrases: 0, offset, hits: [], translations } };
  }
  const key = JSON.stringify([ids, parsed, scoped?.ranges]);
  let ranked = last?.key === key ? last : undefined;
  if (!ranked) {
    const rankings = await Promise.all(
      ids.map((t, i) =>
        rankQuery(
          parsed,
          {
            lengths: scope.headers[i]!.lengths,
            vocabulary: scope.headers[i]!.vocabulary,
            postings: (terms) => readers.postings(t, terms),
          },
          scope.families,
        ),
      ),
    );
    const within = scoped && ((verse: number) => inRanges(verse, scoped.ranges));
    ranked = { key, rankings, merged: mergeRankings(space, rankings, within) };
  }
  const { merged, rankings } = ranked;
  const slots = [...merged.order.subarray(offset, offset + SEARCH_PAGE)];
  // The reader's text where the translation has the verse, else the text that matched.
  const shownIn = slots.map((slot) => (space.present[0]![slot] ? 0 : merged.from[slot]!));
  const noted = slots.map((slot) => matchedElsewhere(merged, slot, 0));
  const texts = await Promise.all(
    ids.map(async (t, i) => {
      const list = slots.filter((slot, j) => shownIn[j] === i || (noted[j] && merged.from[slot] === i));
      const found = await readers.texts(
        t,
        list.map((slot) => space.keys[slot]!),
      );
      return new Map(list.map((slot, j) => [slot, found[j]!]));
    }),
  );
  const hits = slots.map((slot, i): SearchHit => {
    const osis = verseKeyToOsis(space.keys[slot]!);
    const shown = shownIn[i]!;
    const hit: SearchHit = {
      osis,
      label: formatOsis(osis),
      ...makeSnippet(texts[shown]!.get(slot) ?? '', rankings[shown]!.terms, undefined, language),
      translation: ids[shown]!,
    };
    const from = merged.from[slot]!;
    if (noted[i] && from !== shown) {
      const quote = matchedQuote(texts[from]!.get(slot) ?? '', rankings[from]!.terms, undefined, language);
      if (quote) hit.matched = { translation: ids[from]!, quote };
    }
    return hit;
  });
  const { mode, phrases } = merged;
  const reply: SearchReply = {
    status: 'ready',
    mode,
    total: merged.order.length,
    phrases,
    offset,
    hits,
    translations,
  };
  if (corrected !== undefined) {
    reply.corrected = scoped ? corrected.trimEnd() + query.slice(scoped.words.length) : corrected;
  }
  if (scoped) reply.within = scoped.label;
  return { reply, ranked };
}
