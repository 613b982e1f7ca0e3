/**
 * The fake browser has no i18n (its getMessage throws "not implemented"): this gives it one that
 * reads the real `public/_locales/<locale>/messages.json` and substitutes as Chrome does, so unit
 * tests see the messages a reader would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** One message as `_locales/<locale>/messages.json` holds it. */
export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** The locales Intercede ships. */
export const LOCALES = ['en', 'es'] as const;

/** A shipped locale. */
export type Locale = (typeof LOCALES)[number];

/** Where `locale`'s messages are (Vitest runs from the repository's root). */
const messagesPath = (locale: Locale) => join(process.cwd(), 'public/_locales', locale, 'messages.json');

const read = new Map<Locale, Record<string, LocaleMessage>>();

/** The messages of `locale`, read from public/_locales (once per test file). */
export function readMessages(locale: Locale): Record<string, LocaleMessage> {
  let messages = read.get(locale);
  if (!messages) {
    messages = JSON.parse(readFileSync(messagesPath(locale), 'utf8')) as Record<string, LocaleMessage>;
    read.set(locale, messages);
  }
  return messages;
}

/**
 * `getMessage` as Chrome does it: the message of `locale`, else of the default locale (English),
 * else ""; `$NAME$` replaced by its placeholder's content, then `$1`…`$9` by the substitutions
 * (a missing one by nothing) and `$$` by `$`.
 */
export function getMessageIn(locale: Locale, id: string, substitutions?: string | string[]): string {
  const entry = readMessages(locale)[id] ?? readMessages('en')[id];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  const placeholders = Object.fromEntries(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole)
    .replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
}

/**
 * Makes the fake browser speak `locale`, as a browser whose UI language is `uiLanguage` would
 * (by default the locale itself).
 */
export function useInterfaceLanguage(locale: Locale, uiLanguage: string = locale): void {
  Object.assign(fakeBrowser.i18n, {
    getMessage: (id: string, substitutions?: string | string[]) => getMessageIn(locale, id, substitutions),
    getUILanguage: () => uiLanguage,
  });
}
