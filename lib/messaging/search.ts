/** Word search over a whole translation. */
import type { TranslationId } from '../bible/translations';
import { MAX_QUERY_LENGTH } from '../search/query';
import type { SearchIndexStatus, SearchOptions, SearchReply } from '../search/results';
import { BadRequestError } from '../errors';
import { expectInteger, expectKeys, expectString, expectTranslation, type Fields } from './fields';

/** Search requests. */
export interface SearchContract {
  /**
   * Ranked verses holding the query's words, in every installed translation unless `every` is
   * false, shown in `translation`; the first search of a translation builds its index.
   * `literal` turns off typo correction.
   */
  search: {
    request: {
      query: string;
      translation: TranslationId;
      offset: number;
      every?: boolean;
      literal?: boolean;
    };
    response: SearchReply;
  };
  getSearchStatus: { request: { translation: TranslationId }; response: SearchIndexStatus };
}

/** What the background provides. */
export interface SearchDeps {
  search: {
    search(
      query: string,
      translation: TranslationId,
      offset: number,
      options: SearchOptions,
    ): Promise<SearchReply>;
    status(translation: TranslationId): Promise<SearchIndexStatus>;
  };
}

/** The largest offset a page may start at (beyond any translation's verse count). */
const MAX_OFFSET = 40_000;

/** Validators: raw fields in, typed request fields out. */
export const searchValidators = {
  search: (raw: Fields) => {
    expectKeys(raw, ['query', 'translation', 'offset', 'every', 'literal'], 'search');
    return {
      query: expectString(raw, 'query', 'search', MAX_QUERY_LENGTH),
      translation: expectTranslation(raw, 'translation', 'search'),
      offset: expectInteger(raw, 'offset', 'search', 0, MAX_OFFSET),
      every: optionalBoolean(raw, 'every', true),
      literal: optionalBoolean(raw, 'literal', false),
    };
  },
  getSearchStatus: (raw: Fields) => {
    expectKeys(raw, ['translation'], 'getSearchStatus');
    return { translation: expectTranslation(raw, 'translation', 'getSearchStatus') };
  },
};

/** A boolean field that may be left out (then `fallback`). */
function optionalBoolean(raw: Fields, key: string, fallback: boolean): boolean {
  const value = raw[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') throw new BadRequestError(`search: "${key}" must be true or false`);
  return value;
}

/** Handlers over the background's deps. */
export function searchHandlers(deps: SearchDeps) {
  return {
    search: ({
      query,
      translation,
      offset,
      every = true,
      literal = false,
    }: SearchContract['search']['request']) =>
      deps.search.search(query, translation, offset, { every, literal }),
    getSearchStatus: ({ translation }: { translation: TranslationId }) => deps.search.status(translation),
  };
}
