/** What a word search answers: pages of ranked verses, and the state of a translation's index. */
import {
  isBundledTranslation,
  TRANSLATIONS,
  TRANSLATION_IDS,
  type TranslationId,
} from '../bible/translations';
import type { Language } from './tokenize';

/** Results per page; the popup asks for the next page on request. */
export const SEARCH_PAGE = 50;

/** One verse found by a word search: its reference and its text with the matched words' ranges. */
export interface SearchHit {
  osis: string;
  /** "Hebrews 7:25" */
  label: string;
  /** The verse, cut around its first match when long. */
  text: string;
  /** `[start, end)` of each matched word in `text`. */
  marks: [number, number][];
  /** The translation `text` is in: the reader's, unless it leaves this verse empty. */
  translation: TranslationId;
  /** Where the words matched, when another translation than the reader's holds them better. */
  matched?: { translation: TranslationId; quote: string };
}

/** How a word search is run. */
export interface SearchOptions {
  /** Every installed translation (the default), or only the reader's. */
  every: boolean;
  /** Search the words as typed: no typo correction. */
  literal: boolean;
}

/**
 * The translations a search in `translation` covers, the reader's first: with `every`, each
 * installed one read in the same language (the query is read as words of that language, and an
 * English reader does not wait for a Spanish index): the bundled ones and those in `imported`
 * (with the language each was imported with); else the reader's alone.
 */
export function searchedTranslations(
  translation: TranslationId,
  options: SearchOptions,
  imported: readonly { id: TranslationId; language: string }[] = [],
): TranslationId[] {
  if (!options.every) return [translation];
  // Grouped by the language itself (its primary subtag), not by how words are read: a French
  // Bible is folded as the Reina-Valera is, but a French query is not a Spanish one. A
  // translation of unknown language is searched alone.
  const installed = [
    ...TRANSLATION_IDS.map((id) => ({
      id: id as TranslationId,
      language: TRANSLATIONS[id].language as string,
    })),
    ...imported
      .filter((t) => !isBundledTranslation(t.id))
      .map((t) => ({ id: t.id, language: t.language.split('-')[0]!.toLowerCase() || t.id })),
  ];
  const own = installed.find((t) => t.id === translation);
  if (!own) return [translation];
  return [
    translation,
    ...installed.filter((t) => t.id !== translation && t.language === own.language).map((t) => t.id),
  ];
}

/**
 * How word search reads a translation's words: a bundled one by its table; an imported one by
 * the language it was imported with (`language`), English stemmed, any other folded only (as
 * Spanish is: no stemmer is wrong for no language).
 */
export function searchLanguage(translation: TranslationId, language = ''): Language {
  if (isBundledTranslation(translation)) return TRANSLATIONS[translation].language;
  return /^en(?:-|$)/i.test(language) ? 'en' : 'es';
}

/** A page of results, or the index's progress while it is built (ask again shortly). */
export type SearchReply =
  | { status: 'building'; done: number; total: number }
  | {
      status: 'ready';
      /** `all`: every hit holds every word; `some`: none had them all, so these hold some. */
      mode: 'all' | 'some';
      /** Verses found in all. */
      total: number;
      /** How many (the first ones) hold the words as one phrase. */
      phrases: number;
      offset: number;
      hits: SearchHit[];
      /** The translations searched, the reader's first. */
      translations: TranslationId[];
      /** The query as searched, when a word no index holds was replaced by the nearest one. */
      corrected?: string;
      /** The book or passage searched ("love in 1 John"): its name, "1 John". */
      within?: string;
    };

/** The word index of one translation, for the options page and the benchmark. */
export type SearchIndexStatus =
  | { state: 'absent' }
  | { state: 'building'; done: number; total: number }
  | { state: 'ready'; terms: number; verses: number; bytes: number; buildMs: number; builtAt: number };
