/**
 * The errors that cross from the background's services to the message contract, in one
 * place: `lib/db` throws them, `lib/messaging` turns them into coded replies, and neither
 * imports the other for it. Recognised by class, never by name.
 */

/** Why a request failed. */
export type ErrorCode =
  | 'bad-request' // not a well-formed request of a known type
  | 'forbidden' // sent from outside this extension, or from a page for an extension-only request
  | 'invalid-reference' // an OSIS id that is malformed or names no real verse
  | 'not-found' // valid, but not there (a verse not in that translation, an unknown saved item)
  | 'invalid-data' // an import file or setting that is malformed; nothing was changed
  | 'quota' // the browser refused to store more
  | 'too-large' // more than one answer may carry; ask for it in parts
  | 'private' // would write something, asked from a private window, where nothing is written
  | 'internal'; // our fault: a damaged pack, an unexpected exception

/** An error that carries the code its reply should have. */
export class CodedError extends Error {
  override name = 'CodedError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A request that failed validation; the message says which field and why. */
export class BadRequestError extends Error {
  override name = 'BadRequestError';
}

/** Thrown when a passage has no verse at all in the asked translation (3 John 1:15 in the KJV). */
export class PassageNotFoundError extends Error {
  override name = 'PassageNotFoundError';
}
