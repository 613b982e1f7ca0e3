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
import { FALLBACKS, settingValue, type SettingName, type Settings } from './values';

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
  return {
    name,
    fallback: FALLBACKS[name],
    getValue: async () => settingValue(name, (await browser.storage.sync.get(name))[name]),
    setValue: (value) => browser.storage.sync.set({ [name]: value }),
    watch(listener) {
      const onChanged = (
        changes: Record<string, { oldValue?: unknown; newValue?: unknown }>,
        area: string,
      ) => {
        const change = area === 'sync' ? changes[name] : undefined;
        if (change) listener(settingValue(name, change.newValue), settingValue(name, change.oldValue));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

export const translation = defineSetting('translation');
export const hoverDelay = defineSetting('hoverDelay');
export const theme = defineSetting('theme');
export const chapterOnly = defineSetting('chapterOnly');
export const caseInsensitive = defineSetting('caseInsensitive');
export const skipCode = defineSetting('skipCode');
export const excludeSelectors = defineSetting('excludeSelectors');
export const disabledSites = defineSetting('disabledSites');
export const badgeCount = defineSetting('badgeCount');
export const searchEveryTranslation = defineSetting('searchEvery');
