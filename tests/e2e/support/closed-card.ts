/**
 * A page object for the card inside its closed shadow root. No page script can reach a
 * closed root, and neither can Playwright's locators; the DevTools protocol can
 * (`DOM.describeNode` with `pierce`), so the tests read the card through it and act on it
 * only with real input: mouse clicks at a control's box and key presses, which is what a
 * reader does and what the card's trusted-input guard lets through.
 */
import type { CDPSession, Frame, Page } from 'playwright-core';

/** How to find one element inside the card: a CSS selector, or a button by its name. */
export type Target = string | { button: string };

const HOST_IN_PAGE = `document.querySelector('intercede-card')`;
/** Our host inside any same-origin frame of the page. */
const HOST_IN_FRAMES = `(() => { for (const f of document.querySelectorAll('iframe')) { const h = f.contentDocument && f.contentDocument.querySelector('intercede-card'); if (h) return h; } return null; })()`;

const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * The remote object id of the closed shadow root of the element `hostExpression` finds in
 * the page (through `DOM.describeNode` with `pierce`), or undefined when there is none.
 */
export async function closedRootOf(
  cdp: CDPSession,
  hostExpression: string,
  objectGroup?: string,
): Promise<string | undefined> {
  const host = await cdp.send('Runtime.evaluate', { expression: hostExpression, objectGroup });
  if (!host.result.objectId) return undefined;
  const { node } = await cdp.send('DOM.describeNode', {
    objectId: host.result.objectId,
    depth: 1,
    pierce: true,
  });
  const root = node.shadowRoots?.[0];
  if (!root) return undefined;
  const resolved = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId, objectGroup });
  return resolved.object.objectId;
}

/** Resolves `target` inside `root` (the dialog) to an element; runs in the page. */
const FIND = `function find(root, target) {
  if (typeof target === 'string') return target === '' ? root : root.querySelector(target);
  for (const b of root.querySelectorAll('button')) {
    const name = (b.getAttribute('aria-label') || b.textContent || '').trim();
    if (name === target.button) return b;
  }
  return null;
}`;

/** The card as a reader sees it. */
export class CardView {
  constructor(
    private readonly page: Page,
    private readonly hostExpression: string,
    private readonly target: Target = '',
  ) {}

  /** The same card, narrowed to an element inside its dialog (CSS targets nest). */
  locator(target: Target): CardView {
    const nested =
      typeof target === 'string' && typeof this.target === 'string' && this.target !== ''
        ? `${this.target} ${target}`
        : target;
    return new CardView(this.page, this.hostExpression, nested);
  }

  /** The first match (every target already resolves to its first match). */
  first(): CardView {
    return this;
  }

  /** A button by its accessible name (text or aria-label), as Playwright's getByRole does. */
  getByRole(_role: 'button', { name }: { name: string }): CardView {
    return this.locator({ button: name });
  }

  /**
   * Runs `body` (the source of a function body with `el` bound to the target element, or
   * null) on the card, and returns its value; undefined when there is no card.
   */
  private async run<T>(body: string): Promise<T | undefined> {
    if (!sessions.has(this.page)) sessions.set(this.page, this.page.context().newCDPSession(this.page));
    const cdp = await sessions.get(this.page)!;
    const objectGroup = 'intercede-card-view';
    try {
      const root = await closedRootOf(cdp, this.hostExpression, objectGroup);
      if (!root) return undefined;
      const result = await cdp.send('Runtime.callFunctionOn', {
        objectId: root,
        functionDeclaration: `function (target) { ${FIND}
          const dialog = this.querySelector('[role="dialog"]');
          const el = dialog ? find(dialog, target) : null;
          ${body}
        }`,
        arguments: [{ value: this.target }],
        returnByValue: true,
        awaitPromise: true,
      });
      if (result.exceptionDetails) throw new Error(result.exceptionDetails.text);
      return result.result.value as T;
    } finally {
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup }).catch(() => undefined);
    }
  }

  /** The element's box in viewport coordinates, when it is shown. */
  async boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> {
    const box = await this.run<{ x: number; y: number; width: number; height: number } | null>(`
      if (!el) return null;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return null;
      if (getComputedStyle(el).visibility === 'hidden') return null;
      return { x: r.x, y: r.y, width: r.width, height: r.height };`);
    return box ?? null;
  }

  /** Whether the element is in the card and visible. */
  async isVisible(): Promise<boolean> {
    return (await this.boundingBox()) !== null;
  }

  /** Waits until the element is visible (default) or gone. */
  async waitFor({
    state = 'visible',
    timeout = 10_000,
  }: { state?: 'visible' | 'hidden'; timeout?: number } = {}) {
    const started = Date.now();
    for (;;) {
      if ((await this.isVisible()) === (state === 'visible')) return;
      if (Date.now() - started > timeout)
        throw new Error(`card ${JSON.stringify(this.target)} never became ${state}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * Waits until the card has settled: nothing in it still loading (`aria-busy`) and no
   * animation running in its shadow root (the fade-in), so a screenshot shows what a reader
   * sees once it is open, not a half-transparent card saying "Loading notes…".
   */
  async settled({ timeout = 10_000 }: { timeout?: number } = {}): Promise<void> {
    const started = Date.now();
    for (;;) {
      const busy = await this.run<boolean>(`
        if (!dialog) return true;
        if (dialog.querySelector('[aria-busy="true"]')) return true;
        return this.getAnimations().some((a) => a.playState === 'running');`);
      if (busy === false) return;
      if (Date.now() - started > timeout) throw new Error('the card never settled');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** The element's text. */
  async textContent(): Promise<string | null> {
    return (await this.run<string | null>(`return el ? el.textContent : null;`)) ?? null;
  }

  /** The texts of every match of a CSS target. */
  async allTextContents(): Promise<string[]> {
    if (typeof this.target !== 'string') throw new Error('allTextContents takes a CSS target');
    return (
      (await this.run<string[]>(`
        const out = [];
        if (!dialog) return out;
        for (const e of dialog.querySelectorAll(target)) out.push(e.textContent);
        return out;`)) ?? []
    );
  }

  /** How many elements match. */
  async count(): Promise<number> {
    if (typeof this.target !== 'string') return (await this.run<boolean>(`return !!el;`)) ? 1 : 0;
    return (await this.run<number>(`return dialog ? dialog.querySelectorAll(target).length : 0;`)) ?? 0;
  }

  /** An attribute of the element. */
  async getAttribute(name: string): Promise<string | null> {
    return (
      (await this.run<string | null>(`return el ? el.getAttribute(${JSON.stringify(name)}) : null;`)) ?? null
    );
  }

  /** The text of whatever has focus inside the card. */
  async activeText(): Promise<string | null> {
    return (
      (await this.run<string | null>(`return this.activeElement ? this.activeElement.textContent : null;`)) ??
      null
    );
  }

  /**
   * Clicks the middle of the element with the real mouse (a trusted click), once its box has
   * stayed put for 50 ms with no animation running in the card: a box measured while the card
   * fades in, or just before its notes arrive and push its buttons down, can be missed by the
   * click that follows (a Copy that never copied, on a loaded machine).
   */
  async click({ timeout = 10_000 }: { timeout?: number } = {}): Promise<void> {
    await this.waitFor({ timeout });
    const started = Date.now();
    let box = await this.boundingBox();
    for (;;) {
      await new Promise((r) => setTimeout(r, 50));
      const next = await this.boundingBox();
      const moving = await this.run<boolean>(
        `return this.getAnimations().some((a) => a.playState === 'running');`,
      );
      if (box && next && !moving && JSON.stringify(box) === JSON.stringify(next))
        return this.page.mouse.click(next.x + next.width / 2, next.y + next.height / 2);
      if (Date.now() - started > timeout)
        throw new Error(`card ${JSON.stringify(this.target)} never stood still to be clicked`);
      box = next;
    }
  }
}

/** The card of `scope` (a page, or a frame of it whose document is same-origin). */
export function cardView(scope: Page | Frame): CardView {
  if ('context' in scope) return new CardView(scope, HOST_IN_PAGE);
  return new CardView(scope.page(), HOST_IN_FRAMES);
}
