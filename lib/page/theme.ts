/** Whether the page looks light or dark, so an "auto" card matches the page it is on. */
import { TEXT_SCALE, type TextSize, type Theme } from '../settings/values';

/** Relative luminance of an `rgb()`/`rgba()` colour, or undefined when transparent or unparsable. */
export function luminance(color: string): number | undefined {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = parseFloat(v!) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * The page's scheme: from the background colour it paints (body, then html), falling back
 * to the system preference when both are transparent.
 */
export function pageScheme(win: Window): 'light' | 'dark' {
  const doc = win.document;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const lum = luminance(win.getComputedStyle(el).backgroundColor);
    if (lum !== undefined) return lum < 0.3 ? 'dark' : 'light';
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The card's scheme for a theme setting. */
export function resolveTheme(theme: Theme, win: Window): 'light' | 'dark' {
  return theme === 'auto' ? pageScheme(win) : theme;
}

/** The CSS `medium` font size browsers default to, which the card's px sizes are written for. */
const DEFAULT_MEDIUM_PX = 16;

/**
 * The factor the card's text sizes are multiplied by: the reader's text size setting, times the
 * browser's own default font size (the reader's choice in the browser's settings, which
 * `mediumPx` measures) against the 16 px the card is drawn for. Bounded, so a page that styles
 * the measuring element cannot make the card unreadable.
 */
export function cardTextScale(size: TextSize, mediumPx: number): number {
  const browser = Number.isFinite(mediumPx) && mediumPx > 0 ? mediumPx / DEFAULT_MEDIUM_PX : 1;
  return Math.min(3, Math.max(0.75, TEXT_SCALE[size] * browser));
}
