/** Passage lookups: the part of the contract the card, popup and prefetching use. */
import type { Passage } from '../bible/passage';
import type { TranslationId } from '../bible/translations';
import type { Reply } from './reply';
import { errorReply, failure } from './reply';
import { pageOf } from '../bible/limit';
import { formatOsis } from '../bible/osis';
import { BadRequestError } from '../errors';
import {
  expectInteger,
  expectItems,
  expectKeys,
  expectObject,
  expectOsis,
  expectTranslation,
  type Fields,
} from './fields';

/** A passage to look up. */
export interface PassageQuery {
  osis: string;
  translation: TranslationId;
  /**
   * For a passage longer than one answer carries (MAX_PASSAGE_VERSES): the 0-based verse
   * slot its page starts at. The answer's `page` says where it is.
   */
  from?: number;
}

/** What getStatus reports. */
export interface BackgroundStatus {
  /** When this service-worker instance started (ms since the epoch); changes after a restart. */
  startedAt: number;
  /** Books cached in IndexedDB per translation. */
  cachedBooks: Record<TranslationId, number>;
}

/** The most passages one getPassages request may ask for. */
export const MAX_BATCH = 200;

/**
 * The most verse slots one getPassages batch answers; items past it fail alone with
 * `too-large` and are asked for one at a time when a card needs them.
 */
export const MAX_BATCH_VERSES = 2_000;

/** Passage requests with their fields and reply values. */
export interface PassagesContract {
  /** One passage, cache-first. */
  getPassage: { request: PassageQuery; response: Passage };
  /** Many passages in one round trip (prefetching); each item succeeds or fails alone. */
  getPassages: { request: { items: PassageQuery[] }; response: Reply<Passage>[] };
  /** The background's health: when this service-worker instance started, and what is cached. */
  getStatus: { request: object; response: BackgroundStatus };
  /** Empties the verse, commentary and Nave's caches (they refill from the packs); never saved verses. */
  clearCache: { request: object; response: null };
}

/** What the background provides for these requests. */
export interface PassagesDeps {
  getPassage(osis: string, translation: TranslationId): Promise<Passage>;
  getStatus(): Promise<BackgroundStatus>;
  clearCache(): Promise<void>;
}

function passageQuery(raw: unknown, where: string): PassageQuery {
  const fields = expectObject(raw, where);
  expectKeys(fields, ['osis', 'translation', 'from'], where);
  const query: PassageQuery = {
    osis: expectOsis(fields, 'osis', where),
    translation: expectTranslation(fields, 'translation', where),
  };
  if (fields.from !== undefined) query.from = expectInteger(fields, 'from', where, 0, 100_000);
  return query;
}

/** The page a query asks for; a start past the end is the sender's mistake. */
function pageFor({ osis, from = 0 }: PassageQuery) {
  try {
    return pageOf(osis, from);
  } catch (error) {
    if (error instanceof RangeError) throw new BadRequestError(`getPassage: "from": ${error.message}`);
    throw error;
  }
}

/**
 * The passage, or its page when it is longer than one answer may carry: "Gen.1-Rev.22"
 * reads 250 verses, not 31,104, and says where they sit.
 */
async function boundedPassage(
  deps: PassagesDeps,
  query: PassageQuery,
  page = pageFor(query),
): Promise<Passage> {
  const { osis, translation } = query;
  if (page.whole) return deps.getPassage(osis, translation);
  const passage = await deps.getPassage(page.osis, translation);
  return {
    ...passage,
    osis,
    label: formatOsis(osis),
    page: { from: page.from, count: page.count, total: page.total },
  };
}

/** Validators: raw fields in, typed request fields out. */
export const passagesValidators = {
  getPassage: (raw: Fields) => passageQuery(raw, 'getPassage'),
  getPassages: (raw: Fields) => ({ items: expectItems(raw, MAX_BATCH, 'getPassages', passageQuery) }),
  getStatus: (raw: Fields) => {
    expectKeys(raw, [], 'getStatus');
    return {};
  },
  clearCache: (raw: Fields) => {
    expectKeys(raw, [], 'clearCache');
    return {};
  },
};

/** Handlers over the background's deps. */
export function passagesHandlers(deps: PassagesDeps) {
  return {
    getPassage: (query: PassageQuery) => boundedPassage(deps, query),
    getPassages: ({ items }: { items: PassageQuery[] }) => {
      let budget = MAX_BATCH_VERSES;
      return Promise.all(
        items.map((query): Promise<Reply<Passage>> => {
          // The page is worked out once: for the budget, then for the lookup.
          let page;
          try {
            page = pageFor(query);
          } catch (error) {
            return Promise.resolve(errorReply(error));
          }
          budget -= page.count;
          if (budget < 0) {
            return Promise.resolve(
              failure(
                'too-large',
                `This batch holds more than ${MAX_BATCH_VERSES} verses; ask for the rest alone`,
              ),
            );
          }
          return boundedPassage(deps, query, page).then(
            (value): Reply<Passage> => ({ ok: true, value }),
            (error: unknown) => errorReply(error),
          );
        }),
      );
    },
    getStatus: () => deps.getStatus(),
    clearCache: async () => {
      await deps.clearCache();
      return null;
    },
  };
}
