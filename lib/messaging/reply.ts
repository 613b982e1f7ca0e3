/** The envelope every reply travels in, and how failures map to error codes. */
import { OsisError } from '../bible/osis';
import { BadRequestError, CodedError, PassageNotFoundError, type ErrorCode } from '../errors';

export type { ErrorCode } from '../errors';

/** The envelope of every reply. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** A failure reply. */
export function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/** Maps an exception to the reply a sender sees. */
export function errorReply(error: unknown): Reply<never> {
  if (error instanceof CodedError) return failure(error.code, error.message);
  if (error instanceof BadRequestError) return failure('bad-request', error.message);
  if (error instanceof OsisError) return failure('invalid-reference', error.message);
  if (error instanceof PassageNotFoundError) return failure('not-found', error.message);
  if (error instanceof Error && (error.name === 'QuotaExceededError' || /quota/i.test(error.message))) {
    return failure('quota', 'The browser has no room left to store this; free some space and try again');
  }
  return failure('internal', error instanceof Error ? error.message : String(error));
}
