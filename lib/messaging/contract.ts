/**
 * The one request/response contract between the content script, popup, options page and
 * the background. Every request is a `{ type, ...fields }` object; every reply is an
 * envelope, so an error always reaches the sender as data, never as a silent undefined.
 */
import type { Passage } from '../bible/passage';
import type { TranslationId } from '../bible/translations';

/** A passage to look up. */
export interface PassageQuery {
  osis: string;
  translation: TranslationId;
}

/** Each request type with its fields and the value its reply carries. */
export interface Contract {
  /** One passage, cache-first. */
  getPassage: { request: PassageQuery; response: Passage };
  /** Many passages in one round trip (prefetching); each item succeeds or fails alone. */
  getPassages: { request: { items: PassageQuery[] }; response: Reply<Passage>[] };
  /** The background's health: when this service-worker instance started, and what is cached. */
  getStatus: { request: object; response: BackgroundStatus };
}

/** What getStatus reports. */
export interface BackgroundStatus {
  /** When this service-worker instance started (ms since the epoch); changes after a restart. */
  startedAt: number;
  /** Books cached in IndexedDB per translation. */
  cachedBooks: Record<TranslationId, number>;
}

/** A request type name. */
export type RequestType = keyof Contract;

/** The message for request type `K`. */
export type RequestOf<K extends RequestType> = { type: K } & Contract[K]['request'];

/** Any valid request. */
export type Request = { [K in RequestType]: RequestOf<K> }[RequestType];

/** Why a request failed. */
export type ErrorCode =
  | 'bad-request' // not a well-formed request of a known type
  | 'forbidden' // sent from outside this extension
  | 'invalid-reference' // an OSIS id that is malformed or names no real verse
  | 'not-found' // valid, but not in that translation
  | 'internal'; // our fault: a damaged pack, a full disk

/** The envelope of every reply. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** The most passages one getPassages request may ask for. */
export const MAX_BATCH = 200;
