/**
 * Puts the theme setting on an extension page's root element and keeps it there: `light` or
 * `dark` set `data-theme` (the stylesheets' `light-dark()` colours follow it); `auto` removes
 * it so the system's colour scheme applies. Changes from the options page or another device
 * reach open pages at once.
 */
import { theme, type Theme } from '@/lib/settings';

/** Applies one theme value to `root`. */
export function applyTheme(root: HTMLElement, value: Theme | null): void {
  if (value === 'light' || value === 'dark') root.dataset.theme = value;
  else delete root.dataset.theme;
}

/** Applies the saved theme, then follows changes; resolves once the first value is applied. */
export async function followThemeSetting(root: HTMLElement = document.documentElement): Promise<() => void> {
  applyTheme(root, await theme.getValue());
  return theme.watch((value) => applyTheme(root, value));
}
