/** Checks that an incoming message is a well-formed request; pure, so every rule is unit-tested. */
import type { Contract, Request, RequestType } from './contract';
import { BadRequestError } from '../errors';
import type { Fields } from './fields';
import { clipboardValidators } from './clipboard';
import { commentaryValidators } from './commentary';
import { navigationValidators } from './navigation';
import { passagesValidators } from './passages';
import { savedValidators } from './saved';
import { historyValidators } from './history';
import { searchValidators } from './search';
import { translationsValidators } from './translations';

/** One validator per request type: raw fields in, the typed request's fields out. */
const VALIDATORS: { [K in RequestType]: (raw: Fields) => Contract[K]['request'] } = {
  ...passagesValidators,
  ...navigationValidators,
  ...clipboardValidators,
  ...commentaryValidators,
  ...savedValidators,
  ...searchValidators,
  ...historyValidators,
  ...translationsValidators,
};

/** Every request type the background answers. */
export const REQUEST_TYPES = Object.keys(VALIDATORS) as RequestType[];

/** Whether `type` names a request the background answers. */
export function isRequestType(type: unknown): type is RequestType {
  return typeof type === 'string' && Object.hasOwn(VALIDATORS, type);
}

/** The request, typed, or a BadRequestError naming what is wrong. */
export function validateRequest(message: unknown): Request {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) {
    throw new BadRequestError('A request must be an object with a "type"');
  }
  const raw = message as Fields;
  if (!isRequestType(raw.type)) {
    throw new BadRequestError(`Unknown request type ${JSON.stringify(raw.type) ?? 'undefined'}`);
  }
  const validate = VALIDATORS[raw.type] as (raw: Fields) => object;
  return { ...validate(raw), type: raw.type } as Request;
}
