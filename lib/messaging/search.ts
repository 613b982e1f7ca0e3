/** Word search over a whole translation, and the popup's recent lookups. */
import { parseOsis } from '../bible/osis';
import type { TranslationId } from '../bible/translations';
import { MAX_QUERY_LENGTH } from '../search/query';
import {
  expectInteger,
  expectKeys,
  expectOsis,
  expectString,
  expectTranslation,
  type Fields,
} from './fields';

/** Results per page; the popup asks for the next page on request. */
export const SEARCH_PAGE = 50;

/** The most recent lookups the popup shows. */
export const HISTORY_SHOWN = 10;

/** One verse found by a word search: its reference and its text with the matched words' ranges. */
export interface SearchHit {
  osis: string;
  /** "Hebrews 7:25" */
  label: string;
  /** The verse, cut around its first match when long. */
  text: string;
  /** `[start, end)` of each matched word in `text`. */
  marks: [number, number][];
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
    };

/** The word index of one translation, for the options page and the benchmark. */
export type SearchIndexStatus =
  | { state: 'absent' }
  | { state: 'building'; done: number; total: number }
  | { state: 'ready'; terms: number; verses: number; bytes: number; buildMs: number; builtAt: number };

/** A passage the user looked up. */
export interface HistoryEntry {
  osis: string;
  translation: TranslationId;
  at: number;
}

/** Search and history requests. */
export interface SearchContract {
  /** Ranked verses holding the query's words; the first search of a translation builds its index. */
  search: {
    request: { query: string; translation: TranslationId; offset: number };
    response: SearchReply;
  };
  getSearchStatus: { request: { translation: TranslationId }; response: SearchIndexStatus };
  /** Records a lookup (a passage shown in the popup); the newest of one passage replaces older ones. */
  addHistory: { request: { osis: string; translation: TranslationId }; response: null };
  /** The most recent lookups, newest first. */
  getHistory: { request: object; response: HistoryEntry[] };
  clearHistory: { request: object; response: null };
  /** What the context menu asked the popup to look up, handed over once; null when nothing is waiting. */
  takeLookup: { request: object; response: string | null };
}

/** What the background provides. */
export interface SearchDeps {
  search: {
    search(query: string, translation: TranslationId, offset: number): Promise<SearchReply>;
    status(translation: TranslationId): Promise<SearchIndexStatus>;
  };
  history: {
    add(osis: string, translation: TranslationId): Promise<void>;
    recent(limit: number): Promise<HistoryEntry[]>;
    clear(): Promise<void>;
  };
  /** The query the context menu left for the popup, taken (so it is shown once). */
  takeLookup(): string | null;
}

/** The largest offset a page may start at (beyond any translation's verse count). */
const MAX_OFFSET = 40_000;

/** Validators: raw fields in, typed request fields out. */
export const searchValidators = {
  search: (raw: Fields) => {
    expectKeys(raw, ['query', 'translation', 'offset'], 'search');
    return {
      query: expectString(raw, 'query', 'search', MAX_QUERY_LENGTH),
      translation: expectTranslation(raw, 'translation', 'search'),
      offset: expectInteger(raw, 'offset', 'search', 0, MAX_OFFSET),
    };
  },
  getSearchStatus: (raw: Fields) => {
    expectKeys(raw, ['translation'], 'getSearchStatus');
    return { translation: expectTranslation(raw, 'translation', 'getSearchStatus') };
  },
  addHistory: (raw: Fields) => {
    expectKeys(raw, ['osis', 'translation'], 'addHistory');
    const osis = expectOsis(raw, 'osis', 'addHistory');
    parseOsis(osis);
    return { osis, translation: expectTranslation(raw, 'translation', 'addHistory') };
  },
  getHistory: (raw: Fields) => {
    expectKeys(raw, [], 'getHistory');
    return {};
  },
  clearHistory: (raw: Fields) => {
    expectKeys(raw, [], 'clearHistory');
    return {};
  },
  takeLookup: (raw: Fields) => {
    expectKeys(raw, [], 'takeLookup');
    return {};
  },
};

/** Handlers over the background's deps. */
export function searchHandlers(deps: SearchDeps) {
  return {
    search: ({ query, translation, offset }: { query: string; translation: TranslationId; offset: number }) =>
      deps.search.search(query, translation, offset),
    getSearchStatus: ({ translation }: { translation: TranslationId }) => deps.search.status(translation),
    addHistory: async ({ osis, translation }: { osis: string; translation: TranslationId }) => {
      await deps.history.add(osis, translation);
      return null;
    },
    getHistory: () => deps.history.recent(HISTORY_SHOWN),
    clearHistory: async () => {
      await deps.history.clear();
      return null;
    },
    takeLookup: async () => deps.takeLookup(),
  };
}
