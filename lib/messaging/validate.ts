/** Checks that an incoming message is a well-formed request; pure, so every rule is unit-tested. */
import { isTranslationId, TRANSLATION_IDS } from '../bible/translations';
import { MAX_BATCH, type PassageQuery, type Request, type RequestType } from './contract';

/** A request that failed validation; the message says which field and why. */
export class BadRequestError extends Error {
  override name = 'BadRequestError';
}

type Fields = Record<string, unknown>;

function expectKeys(raw: Fields, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) throw new BadRequestError(`${where}: unexpected field "${key}"`);
  }
}

function passageQuery(raw: unknown, where: string): PassageQuery {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new BadRequestError(`${where}: expected an object`);
  }
  const fields = raw as Fields;
  expectKeys(fields, ['osis', 'translation', 'type'], where);
  if (typeof fields.osis !== 'string' || fields.osis.length === 0 || fields.osis.length > 2000) {
    throw new BadRequestError(`${where}: "osis" must be a non-empty string of at most 2000 characters`);
  }
  if (!isTranslationId(fields.translation)) {
    throw new BadRequestError(`${where}: "translation" must be one of ${TRANSLATION_IDS.join(', ')}`);
  }
  return { osis: fields.osis, translation: fields.translation };
}

const VALIDATORS: { [K in RequestType]: (raw: Fields) => Request & { type: K } } = {
  getStatus: (raw) => {
    expectKeys(raw, ['type'], 'getStatus');
    return { type: 'getStatus' };
  },
  getPassage: (raw) => ({ type: 'getPassage', ...passageQuery(raw, 'getPassage') }),
  getPassages: (raw) => {
    expectKeys(raw, ['type', 'items'], 'getPassages');
    if (!Array.isArray(raw.items) || raw.items.length === 0 || raw.items.length > MAX_BATCH) {
      throw new BadRequestError(`getPassages: "items" must be an array of 1 to ${MAX_BATCH} passages`);
    }
    return {
      type: 'getPassages',
      items: raw.items.map((item, i) => passageQuery(item, `getPassages: items[${i}]`)),
    };
  },
};

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
  return VALIDATORS[raw.type](raw);
}
