/**
 * The user's settings for the extension's own pages and the background: each one a small
 * object to read, write and watch. They live in `storage.sync`, so they follow the user across
 * their browsers, and a change reaches every open page and tab at once.
 *
 * Defining a setting reads nothing: storage is read when a value is asked for, so a module
 * that imports this costs no storage call (WXT's `storage.defineItem` reads each item as it
 * is defined). The page reads its settings in one call in its first stage (lib/page/probe-page.ts).
 */
import { browser } from 'wxt/browser';
import {
  FALLBACKS,
  settingsFrom,
  settingValue,
  storageItems,
  storageKeys,
  type SettingName,
  type Settings,
} from './values';

export * from './values';

/** One setting: its value (or the fallback), a writer, and a watcher. */
export interface Setting<T> {
  readonly name: SettingName;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls `listener` with each new value (the fallback when removed); returns the unwatch. */
  watch(listener: (value: T, old: T) => void): () => void;
}

function defineSetting<K extends SettingName>(name: K): Setting<Settings[K]> {
  const keys = storageKeys(name);
  const getValue = async () => settingsFrom([name], await browser.storage.sync.get(keys))[name];
  return {
    name,
    get fallback() {
      return FALLBACKS[name];
    },
    getValue,
    // Checked before writing: a value the browser would refuse is never dropped silently.
    setValue: async (value) => browser.storage.sync.set(storageItems(name, value)),
    watch(listener) {
      // A setting kept in parts changes one part at a time: its whole value is read again.
      let last: Settings[K] | undefined;
      if (keys.length > 1) void getValue().then((value) => (last ??= value));
      const onChanged = (
        changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
        area: string,
      ) => {
        if (area !== 'sync' || !keys.some((key) => changes[key])) return;
        if (keys.length === 1) {
          const change = changes[name]!;
          listener(settingValue(name, change.newValue), settingValue(name, change.oldValue));
          return;
        }
        void getValue().then((value) => {
          const old = last ?? FALLBACKS[name];
          last = value;
          listener(value, old);
        });
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

export const translation = defineSetting('translation');
export const secondTranslation = defineSetting('secondTranslation');
export const hoverDelay = defineSetting('hoverDelay');
export const theme = defineSetting('theme');
export const chapterOnly = defineSetting('chapterOnly');
export const caseInsensitive = defineSetting('caseInsensitive');
export const skipCode = defineSetting('skipCode');
export const excludeSelectors = defineSetting('excludeSelectors');
export const disabledSites = defineSetting('disabledSites');
export const badgeCount = defineSetting('badgeCount');
export const searchEveryTranslation = defineSetting('searchEvery');
export const copyFormat = defineSetting('copyFormat');
export const textSize = defineSetting('textSize');
