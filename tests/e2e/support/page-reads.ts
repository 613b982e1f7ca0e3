/**
 * What the specs that run in both browsers read from a page (support/driver.ts): texts, the
 * references underlined, where a text is, and the card hovered there.
 */
import { expect } from 'vitest';
import { highlightedTextsInPage, hover, textPointInPage } from './card';
import type { CardView } from './closed-card';
import type { DriverPage } from './driver';
import { cardOnScreen } from './firefox';

/** The text content of each element `selector` matches in `page`. */
export function texts(page: DriverPage, selector: string): Promise<string[]> {
  return page.evaluate(
    `[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => e.textContent)`,
  );
}

/** The text of the first element `selector` matches in `page`, or null. */
export async function text(page: DriverPage, selector: string): Promise<string | null> {
  return (await texts(page, selector))[0] ?? null;
}

/** The text the page shows (`innerText`, spaces collapsed). */
export function shown(page: DriverPage): Promise<string> {
  return page.evaluate(`document.body.innerText.replace(/\\s+/g, ' ')`);
}

/** The texts the page's highlight underlines (read in the page's own world: CSS.highlights). */
export function underlined(page: DriverPage): Promise<string[]> {
  return page.evaluate(`(${highlightedTextsInPage.toString()})()`);
}

/**
 * The viewport centre of the middle character of the first `text` inside `selector` (across
 * elements). A selector may go into open shadow roots, one host at a time: `#a >>> #b`.
 */
export function pointOf(page: DriverPage, selector: string, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate(`(${textPointInPage.toString()})(${JSON.stringify([selector, text])})`);
}

/**
 * Rests the pointer on `text` inside `selector` of a page in either browser. In Chromium this
 * returns the card, read through its closed shadow root; in Firefox, where nothing can read that
 * root, it waits until the card is drawn over the page and returns undefined.
 */
export async function hoverCard(
  page: DriverPage,
  selector: string,
  text: string,
): Promise<CardView | undefined> {
  if (page.playwright) return hover(page.playwright, selector, text);
  const point = await pointOf(page, selector, text);
  await page.movePointer(point.x - 30, point.y + 40);
  await page.movePointer(point.x, point.y);
  await expect.poll(() => page.evaluate<boolean>(`(${cardOnScreen})()`), { timeout: 15_000 }).toBe(true);
  return undefined;
}
