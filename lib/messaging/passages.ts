/** Passage lookups: the part of the contract the card, popup and prefetching use. */
import type { Passage } from '../bible/passage';
import type { TranslationId } from '../bible/translations';
import type { Reply } from './reply';
import { errorReply } from './reply';
import {
  BadRequestError,
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
  expectKeys(fields, ['osis', 'translation'], where);
  return {
    osis: expectOsis(fields, 'osis', where),
    translation: expectTranslation(fields, 'translation', where),
  };
}

/** Validators: raw fields in, typed request fields out. */
export const passagesValidators = {
  getPassage: (raw: Fields) => passageQuery(raw, 'getPassage'),
  getPassages: (raw: Fields) => {
    expectKeys(raw, ['items'], 'getPassages');
    if (!Array.isArray(raw.items) || raw.items.length === 0 || raw.items.length > MAX_BATCH) {
      throw new BadRequestError(`getPassages: "items" must be an array of 1 to ${MAX_BATCH} passages`);
    }
    return { items: raw.items.map((item, i) => passageQuery(item, `getPassages: items[${i}]`)) };
  },
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
    getPassage: ({ osis, translation }: PassageQuery) => deps.getPassage(osis, translation),
    getPassages: ({ items }: { items: PassageQuery[] }) =>
      Promise.all(
        items.map(({ osis, translation }) =>
          deps.getPassage(osis, translation).then(
            (value): Reply<Passage> => ({ ok: true, value }),
            (error: unknown) => errorReply(error),
          ),
        ),
      ),
    getStatus: () => deps.getStatus(),
    clearCache: async () => {
      await deps.clearCache();
      return null;
    },
  };
}
