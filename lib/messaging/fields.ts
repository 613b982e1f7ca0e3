/** Field checks shared by every feature's request validators. */
import { parseOsis } from '../bible/osis';
import { isTranslationId, TRANSLATION_IDS, type TranslationId } from '../bible/translations';
import { BadRequestError } from '../errors';

/** An incoming message's fields, not yet trusted. */
export type Fields = Record<string, unknown>;

/** The value as an object, or a BadRequestError. */
export function expectObject(raw: unknown, where: string): Fields {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new BadRequestError(`${where}: expected an object`);
  }
  return raw as Fields;
}

/** Refuses any field not listed (`type` is always allowed). */
export function expectKeys(raw: Fields, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(raw)) {
    if (key !== 'type' && !allowed.includes(key))
      throw new BadRequestError(`${where}: unexpected field "${key}"`);
  }
}

/** A string field of 1…max characters (0…max when `allowEmpty`). */
export function expectString(
  raw: Fields,
  key: string,
  where: string,
  max: number,
  allowEmpty = false,
): string {
  const value = raw[key];
  if (typeof value !== 'string' || (!allowEmpty && value.length === 0) || value.length > max) {
    throw new BadRequestError(
      `${where}: "${key}" must be a ${allowEmpty ? '' : 'non-empty '}string of at most ${max} characters`,
    );
  }
  return value;
}

/** An integer field within [min, max]. */
export function expectInteger(raw: Fields, key: string, where: string, min: number, max: number): number {
  const value = raw[key];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new BadRequestError(`${where}: "${key}" must be a whole number from ${min} to ${max}`);
  }
  return value;
}

/** A bundled translation id. */
export function expectTranslation(raw: Fields, key: string, where: string): TranslationId {
  const value = raw[key];
  if (!isTranslationId(value)) {
    throw new BadRequestError(`${where}: "${key}" must be one of ${TRANSLATION_IDS.join(', ')}`);
  }
  return value;
}

/**
 * The optional `second` field: a translation shown beside `first`. Missing, or the same as the
 * first (a card shows a translation once), it is undefined.
 */
export function expectSecond(raw: Fields, first: TranslationId, where: string): TranslationId | undefined {
  if (raw.second === undefined) return undefined;
  const second = expectTranslation(raw, 'second', where);
  return second === first ? undefined : second;
}

/** An OSIS id field (its validity against the versification is checked where it is used). */
export function expectOsis(raw: Fields, key: string, where: string): string {
  return expectString(raw, key, where, 2000);
}

/** A passage as a request names it: an OSIS id that names real verses, and an installed translation. */
export function expectPassage(raw: Fields, where: string): { osis: string; translation: TranslationId } {
  expectKeys(raw, ['osis', 'translation'], where);
  const osis = expectOsis(raw, 'osis', where);
  parseOsis(osis);
  return { osis, translation: expectTranslation(raw, 'translation', where) };
}

/** The `items` field: 1 to `max` passages, each read by `each` (told its place for its errors). */
export function expectItems<T>(
  raw: Fields,
  max: number,
  where: string,
  each: (item: Fields, where: string) => T,
): T[] {
  expectKeys(raw, ['items'], where);
  if (!Array.isArray(raw.items) || raw.items.length === 0 || raw.items.length > max) {
    throw new BadRequestError(`${where}: "items" must be an array of 1 to ${max} passages`);
  }
  return raw.items.map((item, i) =>
    each(expectObject(item, `${where}: items[${i}]`), `${where}: items[${i}]`),
  );
}
