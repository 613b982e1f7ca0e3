/** Page objects for a page with Intercede running: its highlights, its references, its card. */
import type { Frame, Page } from 'playwright-core';
import { cardView, type CardView } from './closed-card';

type Scope = Page | Frame;

/**
 * Run in the page: the texts Intercede underlines, read through the page's own CSS.highlights
 * registry. Self-contained, so either browser's driver can send its source (page-reads.ts).
 */
export function highlightedTextsInPage(): string[] {
  const highlight = CSS.highlights.get('intercede-ref');
  // Plain loops: the hostile fixture page breaks Array.prototype.map in its own world.
  const texts: string[] = [];
  if (!highlight) return texts;
  for (const r of highlight) {
    const range = document.createRange();
    try {
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
    } catch {
      continue; // a range whose text just changed; the next scan replaces it
    }
    texts.push(range.toString().replace(/\s+/g, ' '));
  }
  return texts;
}

/** The texts Intercede underlines (see highlightedTextsInPage). */
export function highlightedTexts(scope: Scope): Promise<string[]> {
  return scope.evaluate(highlightedTextsInPage);
}

/** Waits until the number of highlighted references satisfies `predicate`. */
export async function waitForHighlights(
  scope: Scope,
  predicate: (n: number) => boolean,
  timeout = 10_000,
): Promise<number> {
  const started = Date.now();
  for (;;) {
    const n = await scope.evaluate(() => CSS.highlights.get('intercede-ref')?.size ?? 0);
    if (predicate(n)) return n;
    if (Date.now() - started > timeout) throw new Error(`highlight count stayed at ${n}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Run in the page: the viewport centre of the middle character of the first occurrence of
 * `needle` inside `sel` (text joined across elements). A selector may go into open shadow roots,
 * one host at a time: `#thread >>> #nested >>> #deep`. Self-contained, so either browser's driver
 * can send its source (support/page-reads.ts' pointOf).
 */
export function textPointInPage([sel, needle]: readonly [string, string]): { x: number; y: number } {
  let root: Element | null = null;
  let scope: Document | ShadowRoot = document;
  for (const part of sel.split(' >>> ')) {
    if (root) scope = root.shadowRoot ?? document;
    root = scope.querySelector(part);
  }
  if (!root) throw new Error(`no ${sel}`);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let full = '';
  for (const n of nodes) full += n.data;
  const at = full.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in ${sel}`);
  let offset = at + Math.floor(needle.length / 2);
  for (const node of nodes) {
    if (offset < node.data.length) {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    offset -= node.data.length;
  }
  throw new Error('unreachable');
}

/** The viewport centre of the first occurrence of `text` inside `selector` (see textPointInPage). */
export function textPoint(scope: Scope, selector: string, text: string): Promise<{ x: number; y: number }> {
  return scope.evaluate(textPointInPage, [selector, text] as const);
}

/** The card's dialog inside our closed shadow root (read through the DevTools protocol). */
export function card(scope: Scope): CardView {
  return cardView(scope);
}

/** Moves the mouse onto `text` inside `selector` and waits for the card. */
export async function hover(page: Page, selector: string, text: string, frame?: Frame): Promise<CardView> {
  const scope = frame ?? page;
  const point = await textPoint(scope, selector, text);
  let offset = { x: 0, y: 0 };
  if (frame) {
    const box = await (await frame.frameElement()).boundingBox();
    offset = { x: box!.x, y: box!.y };
  }
  await page.mouse.move(point.x + offset.x - 30, point.y + offset.y + 40);
  await page.mouse.move(point.x + offset.x, point.y + offset.y, { steps: 4 });
  const dialog = card(scope);
  await dialog.waitFor({ state: 'visible', timeout: 10_000 });
  return dialog;
}
