/**
 * The one request/response contract between the content script, popup, options page and
 * the background. Every request is a `{ type, ...fields }` object; every reply is an
 * envelope (`Reply`), so an error always reaches the sender as data, never as a silent
 * undefined. Each feature declares its requests in its own module; this file joins them.
 */
import type { ClipboardContract } from './clipboard';
import type { CommentaryContract } from './commentary';
import type { NavigationContract } from './navigation';
import type { PassagesContract } from './passages';
import type { SavedContract } from './saved';
import type { HistoryContract } from './history';
import type { SearchContract } from './search';
import type { TranslationsContract } from './translations';

export type { Reply, ErrorCode } from './reply';
export type { PassageQuery, BackgroundStatus } from './passages';
export type { InstalledTranslation } from './translations';
export { MAX_BATCH } from './passages';

/** Every request type with its fields and the value its reply carries. */
export type Contract = PassagesContract &
  NavigationContract &
  ClipboardContract &
  CommentaryContract &
  SavedContract &
  SearchContract &
  HistoryContract &
  TranslationsContract;

/** A request type name. */
export type RequestType = keyof Contract;

/** The message for request type `K`. */
export type RequestOf<K extends RequestType> = { type: K } & Contract[K]['request'];

/** Any valid request. */
export type Request = { [K in RequestType]: RequestOf<K> }[RequestType];
