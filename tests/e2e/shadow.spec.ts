/**
 * References inside a page's open shadow roots (sites built from web components), in Chromium:
 * found in nested shadow trees, at a shadow tree's top and through slots, in components defined
 * late and shadow roots attached late, kept current as the shadow trees change, underlined, and
 * opened on hover; never in a closed shadow root, and without a single change to the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { card, highlightedTexts, hover, textPoint, waitForHighlights } from './support/card';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtension(), serveFixtures()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Every reference on components.html once its late component has loaded, the quiet one aside. */
const FOUND = ['Jas 5:16', 'Heb 7:25', '1 Jn 2:1', 'John 17:9', '1 Sam 12:23', 'Rom 8:34', 'Ps 110:4'];

async function open(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1000, height: 800 });
  await page.goto(server.url('components.html'));
  await waitForHighlights(page, (n) => n >= FOUND.length);
  return page;
}

const mutations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __mutations: unknown[] }).__mutations);

describe('references in shadow roots', () => {
  it('underlines them in nested shadow trees, at a tree’s top, through slots and in late components', async () => {
    const page = await open();
    expect((await highlightedTexts(page)).sort()).toEqual([...FOUND].sort());
    // Closed shadow roots stay the page's own: "Gen 18:23" there is never read.
    expect(await highlightedTexts(page)).not.toContain('Gen 18:23');
    expect(await mutations(page)).toEqual([]);
    await page.close();
  });

  it('opens the card for a reference two shadow roots deep', async () => {
    const page = await open();
    const nested = await hover(page, '#thread >>> #nested >>> #deep', '1 Jn 2:1');
    expect(await nested.getAttribute('aria-label')).toBe('1 John 2:1 (WEB)');
    await expect.poll(() => nested.textContent()).toContain('we have a Counselor with the Father');
    await page.keyboard.press('Escape');
    await nested.waitFor({ state: 'hidden' });
    const top = await hover(page, '#thread >>> #intro', 'Heb 7:25');
    expect(await top.getAttribute('aria-label')).toBe('Hebrews 7:25 (WEB)');
    expect(await mutations(page)).toEqual([]);
    await page.close();
  });

  it('follows changes inside shadow trees: added, edited and removed text', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as { addReply(): void }).addReply());
    await waitForHighlights(page, (n) => n === FOUND.length + 1);
    expect(await highlightedTexts(page)).toContain('Eph 6:18');
    await page.evaluate(() => (window as unknown as { editIntro(): void }).editIntro());
    await expect.poll(() => highlightedTexts(page)).toContain('Heb 9:24');
    expect(await highlightedTexts(page)).not.toContain('Heb 7:25');
    await page.evaluate(() =>
      document.getElementById('thread')!.shadowRoot!.getElementById('reply')!.remove(),
    );
    await expect.poll(() => highlightedTexts(page)).not.toContain('Eph 6:18');
    await page.close();
  });

  it('reads a shadow root attached after the page was read once the pointer reaches it', async () => {
    const page = await open();
    await page.evaluate(() => (window as unknown as { attachQuiet(): void }).attachQuiet());
    // Attaching a shadow root changes nothing the page's observers can see.
    await page.waitForTimeout(300);
    expect(await highlightedTexts(page)).not.toContain('Romans 8:26');
    const point = await textPoint(page, '#quiet >>> #quiet-text', 'Romans 8:26');
    await page.mouse.move(point.x - 40, point.y + 30);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await expect.poll(() => highlightedTexts(page)).toContain('Romans 8:26');
    const dialog = await hover(page, '#quiet >>> #quiet-text', 'Romans 8:26');
    expect(await dialog.getAttribute('aria-label')).toBe('Romans 8:26 (WEB)');
    await page.close();
  });

  it('moves to the next reference in page order, shadow trees at their hosts’ places', async () => {
    const page = await open();
    await page.bringToFront();
    const move = () =>
      browser.context.serviceWorkers()[0]!.evaluate(`(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await chrome.tabs.sendMessage(tab.id, { type: 'intercede:moveCard', direction: 1 });
      })()`);
    const dialog = card(page);
    const label = async () => {
      await dialog.waitFor({ state: 'visible' });
      return dialog.getAttribute('aria-label');
    };
    // With no card open, the first reference on screen; then each next one in the page's order.
    const order: string[] = [];
    for (let i = 0; i < FOUND.length; i++) {
      await move();
      await expect.poll(label).not.toBe(order.at(-1) ?? null);
      order.push((await label())!);
    }
    expect(order).toEqual([
      'James 5:16 (WEB)',
      'Hebrews 7:25 (WEB)',
      '1 John 2:1 (WEB)',
      'John 17:9 (WEB)',
      '1 Samuel 12:23 (WEB)',
      'Romans 8:34 (WEB)',
      'Psalm 110:4 (WEB)',
    ]);
    await page.close();
  });
});
