/**
 * The interface's words in the reader's language, read from `public/_locales/<lang>/messages.json`
 * through `browser.i18n.getMessage`, so the browser picks the language (its UI language, else
 * English, the manifest's `default_locale`) and no message file is bundled into a script.
 * Message ids are typed from the English file; `tests/unit/i18n/` checks that both locales
 * carry every id with the same placeholders and that every id is used.
 */
import { browser } from 'wxt/browser';
import type english from '@/public/_locales/en/messages.json';

/** A message id of `public/_locales/en/messages.json`. */
export type MessageId = keyof typeof english;

/** A message with plural forms: `<id>_one`, `<id>_other` (and any other category a language needs). */
export type PluralId = MessageId extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

/**
 * `browser.i18n.getMessage` over our own ids: WXT also types it from the English file, but only
 * after `wxt prepare`, so a message just added would not type-check until then.
 */
const getMessage = (id: string, substitutions?: string[]): string =>
  (browser.i18n.getMessage as (id: string, substitutions?: string[]) => string)(id, substitutions);

/** A substitution: text as it is, or a number written the interface language's way. */
export type Substitution = string | number;

/**
 * The message `id` with its placeholders filled in order (`$1`, `$2`, …). Numbers are written
 * with Intl in the interface language ("31,104", "31.104").
 */
export function t(id: MessageId, ...subs: Substitution[]): string {
  return getMessage(id, subs.map(written));
}

/**
 * The plural form of `id` for `count` (Intl.PluralRules in the interface language; the
 * `_other` form where a language has no message for the category), with `count` as the
 * first substitution and `subs` after it.
 */
export function tPlural(count: number, id: PluralId, ...subs: Substitution[]): string {
  const values = [written(count), ...subs.map(written)];
  const category = pluralCategory(interfaceLanguage(), count);
  // A category the message has no form for (Spanish "many", for a million) reads as "other".
  return getMessage(`${id}_${category}`, values) || getMessage(`${id}_other`, values);
}

/** Private-use characters around a part's index: nothing a translator writes. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const PART = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/**
 * The message `id` split around its placeholders, with `parts` in their places: for messages
 * whose substitutions are markup ("Showing results for <strong>…</strong>"). Empty text runs
 * are left out.
 */
export function tParts<T>(id: MessageId, ...parts: T[]): (string | T)[] {
  const text = getMessage(
    id,
    parts.map((_, i) => `${OPEN}${i}${CLOSE}`),
  );
  const pieces = text.split(PART);
  const out: (string | T)[] = [];
  pieces.forEach((piece, i) => {
    if (i % 2 === 1) out.push(parts[Number(piece)]!);
    else if (piece) out.push(piece);
  });
  return out;
}

/**
 * The language the interface is shown in, as a BCP 47 tag for Intl and `lang` attributes: the
 * browser's UI language ("es-419", "en-GB") when its messages are the ones shown, else the
 * language of the messages the browser fell back to (a French browser reads English, so it
 * gets English numbers and dates rather than French ones around English words).
 */
export function interfaceLanguage(): string {
  const shown = getMessage('lang') || 'en';
  const ui = browser.i18n.getUILanguage?.() ?? '';
  return ui === shown || ui.startsWith(`${shown}-`) ? ui : shown;
}

/**
 * `n` written the interface language's way ("31,104" in English, "31.104" in Spanish);
 * `decimals` fixes the digits after the point ("3.1", "3,1").
 */
export function formatNumber(n: number, decimals?: number): string {
  const language = interfaceLanguage();
  if (decimals === undefined && plainInteger(language, n)) return String(n);
  return cached(
    numberFormats,
    `${language}/${decimals ?? ''}`,
    () =>
      new Intl.NumberFormat(
        language,
        decimals === undefined ? {} : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
      ),
  ).format(n);
}

/** A date (ms since 1970) written the interface language's way ("Nov 30, 2026", "30 nov 2026"). */
export function formatDate(ms: number): string {
  return cached(
    dateFormats,
    interfaceLanguage(),
    (l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium' }),
  ).format(ms);
}

/**
 * Whether `n` is written and pluralised in `language` without Intl: a whole number under 1000
 * in English or Spanish (any region) is its digits as they are, with no grouping, and its plural
 * category is "one" for 1 and "other" for the rest. The first Intl object a fresh page process
 * makes loads its locale data, 30–40 ms on a slow machine, so the counts a popup, a card or a
 * panel shows first ("My verses (20)", "3 verses") are written without it. A unit test checks
 * this against Intl for every such number in both languages' regions.
 */
function plainInteger(language: string, n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n < 1000 && !Object.is(n, -0) && PLAIN_LANGUAGE.test(language);
}

/** English and Spanish tags with a region and nothing after it ("en", "es-419", "en-GB"). */
const PLAIN_LANGUAGE = /^(?:en|es)(?:-(?:[A-Za-z]{2}|\d{3}))?$/;

/** The plural category of `count`: without Intl where `plainInteger` allows. */
function pluralCategory(language: string, count: number): string {
  if (!plainInteger(language, count)) return rules(language).select(count);
  return count === 1 ? 'one' : 'other';
}

function written(value: Substitution): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function rules(language: string): Intl.PluralRules {
  return cached(pluralRules, language, (l) => new Intl.PluralRules(l));
}

/** One formatter per language: making one costs far more than using it. */
function cached<T>(map: Map<string, T>, key: string, make: (key: string) => T): T {
  let value = map.get(key);
  if (!value) map.set(key, (value = make(key)));
  return value;
}
