/** Word search over a whole translation. */
import type { TranslationId } from '../bible/translations';
import { MAX_QUERY_LENGTH } from '../search/query';
import type { SearchIndexStatus, SearchReply } from '../search/results';
import { expectInteger, expectKeys, expectString, expectTranslation, type Fields } from './fields';

/** Search requests. */
export interface SearchContract {
  /** Ranked verses holding the query's words; the first search of a translation builds its index. */
  search: {
    request: { query: string; translation: TranslationId; offset: number };
    response: SearchReply;
  };
  getSearchStatus: { request: { translation: TranslationId }; response: SearchIndexStatus };
}

/** What the background provides. */
export interface SearchDeps {
  search: {
    search(query: string, translation: TranslationId, offset: number): Promise<SearchReply>;
    status(translation: TranslationId): Promise<SearchIndexStatus>;
  };
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
};

/** Handlers over the background's deps. */
export function searchHandlers(deps: SearchDeps) {
  return {
    search: ({ query, translation, offset }: { query: string; translation: TranslationId; offset: number }) =>
      deps.search.search(query, translation, offset),
    getSearchStatus: ({ translation }: { translation: TranslationId }) => deps.search.status(translation),
  };
}
