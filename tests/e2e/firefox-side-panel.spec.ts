/**
 * The side panel in Firefox ESR (its sidebar, `sidebar_action`): the panel page, opened in a tab
 * of the same window as Firefox's sidebar would hold it, follows the active tab, lists the
 * article's references in page order, and selecting one opens its card on the page. The sidebar
 * itself is browser UI, which WebDriver BiDi cannot open.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from './support/server';
import {
  installAddon,
  launchFirefox,
  openAddonPage,
  waitForArticle,
  waitForCardOnScreen,
} from './support/firefox';

const UUID = 'f1d2c3b4-a5b6-4c7d-8e9f-0a1b2c3d4e5f';
const EXT = `moz-extension://${UUID}/`;

let browser: Browser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
  browser = await launchFirefox({ uuid: UUID });
  await installAddon(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The labels and texts as written that the panel lists. */
const lines = (panel: Page) =>
  panel.evaluate(() =>
    [...document.querySelectorAll('.panel-ref')].map((b) => ({
      label: b.querySelector('.panel-label')!.textContent,
      written: b.getAttribute('data-written'),
    })),
  );

describe('the side panel in Firefox', () => {
  it('follows the active tab, lists its references in page order, opens the card of the one picked, and saves all the filter keeps', async () => {
    const panel = await browser.newPage();
    await openAddonPage(panel, `${EXT}sidepanel.html`, '.panel');

    // A new tab in the panel's window becomes the active one: the panel follows it.
    const page = await browser.newPage();
    await page.goto(server.url('article.html'));
    await waitForArticle(page);
    const underlined = await page.evaluate(() => CSS.highlights.get('intercede-ref')!.size);
    await expect.poll(async () => (await lines(panel)).length, { timeout: 15_000 }).toBe(underlined);
    const listed = await lines(panel);
    const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
    let from = 0;
    for (const { written } of listed) {
      const at = text.indexOf(written!.replace(/\s+/g, ' '), from);
      expect(at, `“${written}” after ${from}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    expect(listed[0]!.label).toBe('Hebrews 7:25');

    await page.evaluate(() => window.scrollTo(0, 0));
    await panel.evaluate(() => {
      const all = document.querySelectorAll<HTMLElement>('.panel-ref');
      all[all.length - 1]!.click();
    });
    await waitForCardOnScreen(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // Save all, on what the filter keeps.
    await panel.evaluate(() => {
      const box = document.querySelector<HTMLInputElement>('#panel-filter')!;
      box.value = 'romans';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const romans = new Set((await lines(panel)).map((l) => l.label)).size;
    expect(romans).toBeGreaterThan(1);
    await panel.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('button')]
        .find((b) => b.textContent === 'Save all')!
        .click(),
    );
    await expect
      .poll(() =>
        panel.evaluate(() => document.querySelector('.panel-tools [role="status"]:last-child')?.textContent),
      )
      .toMatch(/^Saved \d+ new/);
    const saved = await panel.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          browser: { runtime: { sendMessage(m: object): Promise<{ value: unknown[] }> } };
        }
      ).browser;
      return (await api.runtime.sendMessage({ type: 'listSaved' })).value.length;
    });
    expect(saved).toBe(romans);
  });
});
