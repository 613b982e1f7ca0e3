/**
 * Puts the theme setting on an extension page's root element and keeps it there: `light` or
 * `dark` set `data-theme` (the stylesheets' `light-dark()` colours follow it); `auto` removes
 * it so the system's colour scheme applies. Changes from the options page or another device
 * reach open pages at once.
 */
import { TEXT_SCALE, textSize, theme, type TextSize, type Theme } from '@/lib/settings';

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

/** Applies one text size to `root`: its font size, which every size on the page is in rem of. */
export function applyTextSize(root: HTMLElement, value: TextSize | null): void {
  const scale = TEXT_SCALE[value ?? 'normal'];
  // A percentage of the browser's own default, so the reader's font settings and zoom still apply.
  if (scale === 1) root.style.removeProperty('font-size');
  else root.style.fontSize = `${scale * 100}%`;
}

/** Applies the saved text size, then follows changes; resolves once the first value is applied. */
export async function followTextSize(root: HTMLElement = document.documentElement): Promise<() => void> {
  applyTextSize(root, await textSize.getValue());
  return textSize.watch((value) => applyTextSize(root, value));
}
