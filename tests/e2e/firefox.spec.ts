/**
 * A Firefox ESR smoke test over WebDriver BiDi: the MV2 build installs, finds the
 * references on a page, and opens the card with the verse text on hover.
 */
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from './support/server';
import {
  installAddon,
  launchFirefox,
  waitForArticle,
  pointOnHebrews,
  waitForCardOnScreen,
} from './support/firefox';

let browser: Browser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchFirefox();
  await installAddon(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Firefox ESR', () => {
  it('underlines references and shows the card on hover', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    await page.goto(server.url('article.html'));
    await waitForArticle(page);
    const point = await pointOnHebrews(page);
    await page.mouse.move(point.x - 20, point.y + 30);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await waitForCardOnScreen(page);
    // The page's content saw no mutation.
    expect(
      await page.evaluate(() => (window as unknown as { __mutations: unknown[] }).__mutations.length),
    ).toBe(0);
  });

  it('loads its page code when a reference arrives on a page that had none', async () => {
    const late = await serveFixtures({
      'late.html': '<!doctype html><title>Late</title><main id="feed"><p>Nothing yet, at 9:45.</p></main>',
    });
    const page = await browser.newPage();
    await page.goto(late.url('late.html'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await page.evaluate(() => CSS.highlights.has('intercede-ref'))).toBe(false);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'A comment: pray with Romans 8:34.';
      document.getElementById('feed')!.append(p);
    });
    await page.waitForFunction(() => CSS.highlights.get('intercede-ref')?.size === 1, { timeout: 15_000 });
    await page.close();
    await late.close();
  });

  it('underlines references inside open shadow roots and opens their card', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(server.url('components.html'));
    // Seven on the page: in the light, two shadow trees deep, at a tree's top, through a slot,
    // and in the component defined a second late; none from the closed shadow root.
    await page.waitForFunction(() => CSS.highlights.get('intercede-ref')?.size === 7, { timeout: 15_000 });
    const point = await page.evaluate(() => {
      const deep = document
        .getElementById('thread')!
        .shadowRoot!.getElementById('nested')!
        .shadowRoot!.getElementById('deep')!;
      const em = deep.querySelector('em')!;
      const rect = em.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x - 20, point.y + 30);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await waitForCardOnScreen(page);
    expect(
      await page.evaluate(() => (window as unknown as { __mutations: unknown[] }).__mutations.length),
    ).toBe(0);
    await page.close();
  });

  it('opens no card for a page’s synthetic pointer, touch, click or keyboard events', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    await page.goto(server.url('attack.html'));
    await page.waitForFunction(() => (CSS.highlights.get('intercede-ref')?.size ?? 0) === 2, {
      timeout: 15_000,
    });
    await page.evaluate(() => {
      const attack = (window as never as { attack: { fakeInput(id: string, needle: string): void } }).attack;
      attack.fakeInput('ref', 'John 3:16');
      attack.fakeInput('other', 'Hebrews 7:25');
    });
    await new Promise((r) => setTimeout(r, 1000));
    expect(await page.evaluate(() => document.querySelector('intercede-card'))).toBeNull();
    await page.close();
  });
});
