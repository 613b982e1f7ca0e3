/**
 * Every user setting, each defined once with its type, default and version. They live in
 * `storage.sync`, so they follow the user across their browsers, and every context watches
 * them, so a change applies to open tabs without a reload.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { TranslationId } from '../bible/translations';

/** The colour scheme of cards and popup. */
export type Theme = 'auto' | 'light' | 'dark';

/** The translation cards and the popup open in. */
export const translation = storage.defineItem<TranslationId>('sync:translation', {
  fallback: 'WEB',
  version: 1,
});

/** How long the pointer rests on a reference before its card opens, in ms. */
export const hoverDelay = storage.defineItem<number>('sync:hoverDelay', { fallback: 300, version: 1 });

/** The bounds the options page allows for hoverDelay. */
export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

/** Light, dark, or following the page / system. */
export const theme = storage.defineItem<Theme>('sync:theme', { fallback: 'auto', version: 1 });

/** Whether "John 17" (a chapter without a verse) counts as a reference. */
export const chapterOnly = storage.defineItem<boolean>('sync:chapterOnly', { fallback: true, version: 1 });

/** Whether "heb 7:25" (lower-case book names) counts as a reference. */
export const caseInsensitive = storage.defineItem<boolean>('sync:caseInsensitive', {
  fallback: false,
  version: 1,
});

/** Whether code blocks (`code`, `pre`) are skipped. */
export const skipCode = storage.defineItem<boolean>('sync:skipCode', { fallback: true, version: 1 });

/** CSS selectors, one per line, whose elements are never scanned. */
export const excludeSelectors = storage.defineItem<string>('sync:excludeSelectors', {
  fallback: '',
  version: 1,
});

/** Host names (e.g. `example.com`) where Intercede does nothing. */
export const disabledSites = storage.defineItem<string[]>('sync:disabledSites', { fallback: [], version: 1 });

/** Whether the popup's word search runs over every installed translation (else the one shown). */
export const searchEveryTranslation = storage.defineItem<boolean>('sync:searchEvery', {
  fallback: true,
  version: 1,
});

/** Whether the toolbar badge shows how many verses are saved. */
export const badgeCount = storage.defineItem<boolean>('sync:badgeCount', { fallback: true, version: 1 });

/** Whether `hostname` is on the user's list of sites where Intercede is off (subdomains included). */
export function isSiteDisabled(hostname: string, sites: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/^www\./, '');
  return sites.some((site) => {
    const s = site
      .toLowerCase()
      .trim()
      .replace(/^www\./, '');
    return s !== '' && (host === s || host.endsWith(`.${s}`));
  });
}

/** The user's exclude selectors as a list, dropping blanks and any the browser cannot parse. */
export function parseExcludeSelectors(text: string, isValid: (selector: string) => boolean): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && isValid(line));
}

/** The value type of a setting. */
type SettingValue<I> = I extends WxtStorageItem<infer V, Record<string, unknown>> ? V : never;

/**
 * Several settings in one storage call, each with its fallback (one `getValue` per setting
 * would be one call each). None of the settings has a migration yet; one that gains one must
 * be read with its own `getValue`, which waits for the migration.
 */
export async function readSettings<
  T extends Record<string, WxtStorageItem<unknown, Record<string, unknown>>>,
>(items: T): Promise<{ [K in keyof T]: SettingValue<T[K]> }> {
  const names = Object.keys(items);
  const values = await storage.getItems(names.map((name) => items[name]!));
  return Object.fromEntries(names.map((name, i) => [name, values[i]!.value])) as {
    [K in keyof T]: SettingValue<T[K]>;
  };
}
