/**
 * Every user setting's name, type and fallback, and the checks on stored values, without any
 * browser API: the page's first stage reads the settings with one storage call and uses these
 * to make sense of what came back. The settings live in `storage.sync` under these names.
 */
import { COPY_LAYOUTS, DEFAULT_COPY_FORMAT, type CopyFormat } from '../bible/copy-text';
import { isTranslationId, type TranslationId } from '../bible/translation-ids';

/** The colour scheme of cards and popup. */
export type Theme = 'auto' | 'light' | 'dark';

/** The size of the text of cards, the popup and Intercede's pages. */
export type TextSize = 'small' | 'normal' | 'large' | 'xlarge';

/** Each text size as a factor of the normal one (which follows the browser's own font size). */
export const TEXT_SCALE: Readonly<Record<TextSize, number>> = {
  small: 0.875,
  normal: 1,
  large: 1.25,
  xlarge: 1.5,
};

/** The text sizes, smallest first. */
export const TEXT_SIZES = Object.keys(TEXT_SCALE) as readonly TextSize[];

/** Every setting with its fallback, the value in force until the reader changes it. */
export interface Settings {
  /** The translation cards and the popup open in. */
  translation: TranslationId;
  /**
   * A translation shown beside the first, verse by verse, in cards and the popup ('none': the
   * first alone). One equal to the first counts as none (see secondShown in lib/bible/parallel.ts).
   */
  secondTranslation: SecondTranslation;
  /** How long the pointer rests on a reference before its card opens, in ms. */
  hoverDelay: number;
  /** Light, dark, or following the page / system. */
  theme: Theme;
  /** Whether "John 17" (a chapter without a verse) counts as a reference. */
  chapterOnly: boolean;
  /** Whether "heb 7:25" (lower-case book names) counts as a reference. */
  caseInsensitive: boolean;
  /** Whether code blocks (`code`, `pre`) are skipped. */
  skipCode: boolean;
  /** CSS selectors, one per line, whose elements are never scanned. */
  excludeSelectors: string;
  /** Host names (e.g. `example.com`) where Intercede does nothing. */
  disabledSites: string[];
  /** Whether the toolbar badge shows how many verses are saved. */
  badgeCount: boolean;
  /** Whether the popup's word search runs over every installed translation (else the one shown). */
  searchEvery: boolean;
  /** How Copy writes a passage: where the reference goes, verse numbers, the translation. */
  copyFormat: CopyFormat;
  /** The size of the text of cards, the popup and Intercede's pages. */
  textSize: TextSize;
}

/** The second translation setting's value: a translation, or 'none'. */
export type SecondTranslation = TranslationId | 'none';

/** A setting's name (its key in `storage.sync`). */
export type SettingName = keyof Settings;

/**
 * The translation a reader starts with, from their browser's language (a BCP 47 tag): the
 * Reina-Valera 1909 for Spanish, else the World English Bible. Choosing one in the options or
 * the popup stores it, and the stored choice wins from then on.
 */
export function translationForLanguage(language: string | undefined): TranslationId {
  return /^es(?:-|$)/i.test(language ?? '') ? 'RV1909' : 'WEB';
}

/**
 * The browser's language as the extension's interface reads it: the language of the message
 * file the browser chose for us (`lang` in public/_locales, see lib/i18n), which follows the
 * browser's own interface language; `navigator.language` where there is no extension API (tests).
 * Both are there in pages, content scripts and the service worker alike.
 */
function browserLanguage(): string | undefined {
  const i18n = (globalThis as { chrome?: { i18n?: { getMessage?(id: string): string } } }).chrome?.i18n;
  try {
    return i18n?.getMessage?.('lang') || globalThis.navigator?.language;
  } catch {
    return globalThis.navigator?.language;
  }
}

/**
 * The values in force before the reader changes anything. The translation's is worked out when
 * asked for (an API call, not made as the module loads).
 */
export const FALLBACKS: Readonly<Settings> = {
  get translation() {
    return translationForLanguage(browserLanguage());
  },
  secondTranslation: 'none',
  hoverDelay: 300,
  theme: 'auto',
  chapterOnly: true,
  caseInsensitive: false,
  skipCode: true,
  excludeSelectors: '',
  disabledSites: [],
  badgeCount: true,
  searchEvery: true,
  copyFormat: DEFAULT_COPY_FORMAT,
  textSize: 'normal',
};

/** The bounds the options page allows for hoverDelay. */
export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;

/** Whether a stored value is one the setting can hold (sync storage may hold anything). */
const VALID: { [K in SettingName]: (value: unknown) => boolean } = {
  translation: (v) => typeof v === 'string' && isTranslationId(v),
  secondTranslation: (v) => v === 'none' || isTranslationId(v),
  hoverDelay: (v) =>
    typeof v === 'number' && Number.isFinite(v) && v >= HOVER_DELAY_RANGE.min && v <= HOVER_DELAY_RANGE.max,
  theme: (v) => v === 'auto' || v === 'light' || v === 'dark',
  chapterOnly: (v) => typeof v === 'boolean',
  caseInsensitive: (v) => typeof v === 'boolean',
  skipCode: (v) => typeof v === 'boolean',
  excludeSelectors: (v) => typeof v === 'string',
  disabledSites: (v) => Array.isArray(v) && v.every((site) => typeof site === 'string'),
  badgeCount: (v) => typeof v === 'boolean',
  searchEvery: (v) => typeof v === 'boolean',
  copyFormat: (v) => {
    const f = v as Partial<CopyFormat> | null;
    return (
      typeof f === 'object' &&
      f !== null &&
      (COPY_LAYOUTS as readonly unknown[]).includes(f.layout) &&
      typeof f.numbers === 'boolean' &&
      typeof f.translation === 'boolean'
    );
  },
  textSize: (v) => typeof v === 'string' && Object.hasOwn(TEXT_SCALE, v),
};

/** The value of setting `name` in force, given what storage holds (missing or invalid: the fallback). */
export function settingValue<K extends SettingName>(name: K, stored: unknown): Settings[K] {
  return VALID[name](stored) ? (stored as Settings[K]) : FALLBACKS[name];
}

/**
 * `storage.sync` refuses an item larger than this (key and JSON value, in UTF-8 bytes; Chrome's
 * and Firefox's QUOTA_BYTES_PER_ITEM), and all items together past 102,400 bytes.
 */
export const SYNC_ITEM_BYTES = 8192;

/**
 * How many items the list of disabled sites may take: its first part under `disabledSites`
 * (where a short list always was), the rest under `disabledSites.1` … `disabledSites.7`. Eight
 * items of 8 KB hold about 2,500 host names and leave a third of the sync quota to the rest.
 */
const SITE_PARTS = 8;

/** About how many host names the parts hold, for the message that says the list is too long. */
const SITES_HELD = SITE_PARTS * 300;

/** The storage keys a setting lives under: its name, and for the list of sites its further parts. */
export function storageKeys(name: SettingName): string[] {
  if (name !== 'disabledSites') return [name];
  // A plain loop: every page's first stage runs this, uncompiled, at start.
  const keys: string[] = [name];
  for (let i = 1; i < SITE_PARTS; i++) keys.push(`${name}.${i}`);
  return keys;
}

/** The size `storage.sync` counts for one item. */
function syncItemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** A setting too large for `storage.sync`; nothing was written. `detail` lets the interface say why in its language. */
export class SettingTooLargeError extends Error {
  override name = 'SettingTooLargeError';
  constructor(
    message: string,
    readonly detail:
      { kind: 'setting'; bytes: number; limit: number } | { kind: 'sites'; sites: number; limit: number },
  ) {
    super(message);
  }
}

/**
 * The items to write for a setting's value, each within the per-item limit: one for most
 * settings; the list of sites is split across its parts, unused parts emptied, all in one write.
 * @throws SettingTooLargeError when the value cannot fit (nothing should be written then)
 */
export function storageItems<K extends SettingName>(name: K, value: Settings[K]): Record<string, unknown> {
  const keys = storageKeys(name);
  if (keys.length === 1) {
    const bytes = syncItemBytes(name, value);
    if (bytes > SYNC_ITEM_BYTES) {
      throw new SettingTooLargeError(
        `This setting is too long to save (${bytes.toLocaleString('en')} bytes; the browser keeps at most ${SYNC_ITEM_BYTES.toLocaleString('en')}). Shorten it and try again.`,
        { kind: 'setting', bytes, limit: SYNC_ITEM_BYTES },
      );
    }
    return { [name]: value };
  }
  const sites = value as string[];
  const parts: string[][] = [];
  let part: string[] = [];
  parts.push(part);
  // Sizes are counted as the item grows: the key, the brackets, each name in quotes, the commas.
  let bytes = syncItemBytes(keys[0]!, []);
  for (const site of sites) {
    const size = syncItemBytes('', site);
    // A site after another takes a comma too.
    if (part.length > 0 && bytes + 1 + size > SYNC_ITEM_BYTES) {
      part = [];
      parts.push(part);
      bytes = syncItemBytes(keys[parts.length - 1] ?? '', []);
    }
    bytes += size + (part.length > 0 ? 1 : 0);
    part.push(site);
    if (parts.length > keys.length || bytes > SYNC_ITEM_BYTES) {
      throw new SettingTooLargeError(
        `The list of sites is too long to save (${sites.length.toLocaleString('en')} sites; the browser's synced storage holds about ${SITES_HELD.toLocaleString('en')}). Remove some sites and try again.`,
        { kind: 'sites', sites: sites.length, limit: SITES_HELD },
      );
    }
  }
  return Object.fromEntries(keys.map((key, i) => [key, parts[i] ?? []]));
}

/** The value of `name` from what storage holds under its keys (the list of sites joined from its parts). */
function storedValue(name: SettingName, stored: Readonly<Record<string, unknown>>): unknown {
  const [first, ...rest] = storageKeys(name);
  const value = stored[first!];
  if (rest.length === 0 || !Array.isArray(value)) return value;
  // A part that is missing or damaged adds nothing; the first part decides whether there is a list.
  return value.concat(...rest.map((key) => (Array.isArray(stored[key]) ? (stored[key] as unknown[]) : [])));
}

/** The settings named, from what one storage read of their `storageKeys` returned. */
export function settingsFrom<K extends SettingName>(
  names: readonly K[],
  stored: Readonly<Record<string, unknown>>,
): Pick<Settings, K> {
  const out = {} as Pick<Settings, K>;
  for (const name of names) out[name] = settingValue(name, storedValue(name, stored));
  return out;
}

/** Whether `hostname` is on the user's list of sites where Intercede is off (subdomains included). */
export function isSiteDisabled(hostname: string, sites: readonly string[]): boolean {
  if (sites.length === 0) return false;
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
