/**
 * References inside a page's open shadow roots (sites built from web components), in Chromium
 * and Firefox (the card's insides and the keyboard command's order in Chromium only):
 * found in nested shadow trees, at a shadow tree's top and through slots, in components defined
 * late and shadow roots attached late, kept current as the shadow trees change, underlined, and
 * opened on hover; never in a closed shadow root, and without a single change to the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { card, waitForHighlights } from './support/card';
import { BROWSERS, launchDriver, type Driver, type DriverPage } from './support/driver';
import { hoverCard, pointOf, underlined } from './support/page-reads';
import { cardOnScreen } from './support/firefox';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
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

describe.each(BROWSERS)('references in shadow roots, in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launchDriver(name);
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
  });

  async function openComponents(): Promise<DriverPage> {
    const page = await driver.open(server.url('components.html'));
    await page.setViewport(1000, 800);
    await expect.poll(async () => (await underlined(page)).length).toBeGreaterThanOrEqual(FOUND.length);
    return page;
  }
  const pageMutations = (page: DriverPage) => page.evaluate<unknown[]>('window.__mutations');

  it('underlines them in nested shadow trees, at a tree’s top, through slots and in late components', async () => {
    const page = await openComponents();
    expect((await underlined(page)).sort()).toEqual([...FOUND].sort());
    // Closed shadow roots stay the page's own: "Gen 18:23" there is never read.
    expect(await underlined(page)).not.toContain('Gen 18:23');
    expect(await pageMutations(page)).toEqual([]);
    await page.close();
  });

  it('opens the card for a reference two shadow roots deep', async () => {
    const page = await openComponents();
    const nested = await hoverCard(page, '#thread >>> #nested >>> #deep', '1 Jn 2:1');
    if (nested) {
      // Chromium reads the card's closed root (Firefox saw it drawn on the page).
      expect(await nested.getAttribute('aria-label')).toBe('1 John 2:1 (WEB)');
      await expect.poll(() => nested.textContent()).toContain('we have a Counselor with the Father');
    }
    await page.press('Escape');
    await expect.poll(() => page.evaluate<boolean>(`(${cardOnScreen})()`)).toBe(false);
    const top = await hoverCard(page, '#thread >>> #intro', 'Heb 7:25');
    if (top) expect(await top.getAttribute('aria-label')).toBe('Hebrews 7:25 (WEB)');
    expect(await pageMutations(page)).toEqual([]);
    await page.close();
  });

  it('follows changes inside shadow trees: added, edited and removed text', async () => {
    const page = await openComponents();
    await page.evaluate('window.addReply()');
    await expect.poll(async () => (await underlined(page)).length).toBe(FOUND.length + 1);
    expect(await underlined(page)).toContain('Eph 6:18');
    await page.evaluate('window.editIntro()');
    await expect.poll(() => underlined(page)).toContain('Heb 9:24');
    expect(await underlined(page)).not.toContain('Heb 7:25');
    await page.evaluate(`document.getElementById('thread').shadowRoot.getElementById('reply').remove()`);
    await expect.poll(() => underlined(page)).not.toContain('Eph 6:18');
    await page.close();
  });

  it('reads a shadow root attached after the page was read once the pointer reaches it', async () => {
    const page = await openComponents();
    await page.evaluate('window.attachQuiet()');
    // Attaching a shadow root changes nothing the page's observers can see.
    await new Promise((r) => setTimeout(r, 300));
    expect(await underlined(page)).not.toContain('Romans 8:26');
    const point = await pointOf(page, '#quiet >>> #quiet-text', 'Romans 8:26');
    await page.movePointer(point.x - 40, point.y + 30);
    await page.movePointer(point.x, point.y);
    await expect.poll(() => underlined(page)).toContain('Romans 8:26');
    const dialog = await hoverCard(page, '#quiet >>> #quiet-text', 'Romans 8:26');
    if (dialog) expect(await dialog.getAttribute('aria-label')).toBe('Romans 8:26 (WEB)');
    await page.close();
  });
});

// The keyboard command comes from Chromium's service worker, and the card's label is in its closed root.
describe('references in shadow roots, in chromium', () => {
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => {
    await browser?.close();
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
