/** The envelope every reply travels in, and how failures map to error codes. */
import { OsisError } from '../bible/osis';
import { BadRequestError } from './fields';

/** Why a request failed. */
export type ErrorCode =
  | 'bad-request' // not a well-formed request of a known type
  | 'forbidden' // sent from outside this extension
  | 'invalid-reference' // an OSIS id that is malformed or names no real verse
  | 'not-found' // valid, but not there (a verse not in that translation, an unknown saved item)
  | 'invalid-data' // an import file or setting that is malformed; nothing was changed
  | 'quota' // the browser refused to store more
  | 'too-large' // more than one answer may carry; ask for it in parts
  | 'internal'; // our fault: a damaged pack, an unexpected exception

/** The envelope of every reply. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

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

/** A failure reply. */
export function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/** Maps an exception to the reply a sender sees. */
export function errorReply(error: unknown): Reply<never> {
  if (error instanceof CodedError) return failure(error.code, error.message);
  if (error instanceof BadRequestError) return failure('bad-request', error.message);
  if (error instanceof OsisError) return failure('invalid-reference', error.message);
  if (error instanceof Error && error.name === 'PassageNotFoundError')
    return failure('not-found', error.message);
  if (error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message))) {
    return failure('quota', 'The browser has no room left to store this; free some space and try again');
  }
  return failure('internal', error instanceof Error ? error.message : String(error));
}
