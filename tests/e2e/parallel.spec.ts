/**
 * Two translations side by side (#12 §4) in Chromium: the second translation set on the options
 * page reaches an open article's card at once, verse by verse, and Copy carries both; the popup
 * shows both interleaved at its own width and in two columns in a wide tab.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { hover, waitForHighlights } from './support/card';

let browser: ExtensionBrowser;
let server: FixtureServer;
const SHOTS = new URL('../../screenshots/', import.meta.url).pathname;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [browser, server] = await Promise.all([launchExtension(), serveFixtures()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The WEB's and the KJV's words in Hebrews 7:25. */
const WEB_WORDS = 'to make intercession for them';
const KJV_WORDS = 'ever liveth to make intercession';

describe('a second translation', () => {
  it('set on the options page, shows in an open article’s card verse by verse, and Copy carries both', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    await waitForHighlights(page, (n) => n >= 17);

    const options = await browser.openExtensionPage('options.html');
    const second = options.getByRole('combobox', { name: /Second translation/ });
    expect(await second.inputValue()).toBe('none');
    await second.selectOption('KJV');
    await options.close();

    await page.bringToFront();
    const dialog = await hover(page, '#p1', 'Hebrews 7:25');
    await dialog.settled();
    expect(await dialog.getAttribute('aria-label')).toBe('Hebrews 7:25 (WEB, KJV)');
    const sides = await dialog.locator('.ic-row .ic-side').allTextContents();
    expect(sides).toHaveLength(2);
    expect(sides[0]).toMatch(/^WEB World English Bible: .*to make intercession for them/);
    expect(sides[1]).toMatch(/^KJV King James Version: .*ever liveth to make intercession/);
    // Interleaved: the KJV's line under the WEB's, in the narrow card.
    const [web, kjv] = await Promise.all([
      dialog.locator('.ic-first').boundingBox(),
      dialog.locator('.ic-second').boundingBox(),
    ]);
    expect(kjv!.y).toBeGreaterThanOrEqual(web!.y + web!.height - 1);
    await page.screenshot({ path: `${SHOTS}parallel-card.png` });

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => dialog.locator('[role="status"]').textContent()).toBe('Copied');
    const reader = await browser.context.newPage();
    const origin = new URL(server.url('')).origin;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await reader.goto(server.url('foundation.html'));
    await reader.bringToFront();
    const pasted = await reader.evaluate(() => navigator.clipboard.readText());
    const lines = pasted.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^“.*to make intercession for them\.?” — Hebrews 7:25 \(WEB\)$/);
    expect(lines[1]).toMatch(/^“.*ever liveth to make intercession for them\.?” — Hebrews 7:25 \(KJV\)$/);
    await reader.close();
    await page.close();
  });

  it('shows in the popup, interleaved at its width and in two columns in a wide tab', async () => {
    await browser.context
      .serviceWorkers()[0]!
      .evaluate(`chrome.storage.sync.set({ secondTranslation: 'KJV', translation: 'WEB' })`);
    const page = await browser.openExtensionPage('popup.html');
    await page.setViewportSize({ width: 400, height: 600 });
    await page.getByRole('combobox', { name: 'Search the Bible or look up a passage' }).fill('heb 7:24-25');
    const result = page.locator('section.result');
    await expect.poll(() => result.locator('.ic-row').count()).toBe(2);
    const row = result.locator('.ic-row').last();
    expect(await row.locator('.ic-first').textContent()).toContain(WEB_WORDS);
    expect(await row.locator('.ic-second').textContent()).toContain(KJV_WORDS);
    const narrow = await Promise.all([
      row.locator('.ic-first').boundingBox(),
      row.locator('.ic-second').boundingBox(),
    ]);
    expect(narrow[1]!.y).toBeGreaterThanOrEqual(narrow[0]!.y + narrow[0]!.height - 1);
    expect(await result.locator('.ic-heads').isVisible()).toBe(false);
    await page.screenshot({ path: `${SHOTS}parallel-popup.png` });

    // Opened in a tab as wide as a window: side by side under the translations' names.
    await page.setViewportSize({ width: 1100, height: 700 });
    await expect.poll(() => result.locator('.ic-heads').isVisible()).toBe(true);
    const wide = await Promise.all([
      row.locator('.ic-first').boundingBox(),
      row.locator('.ic-second').boundingBox(),
    ]);
    expect(wide[1]!.x).toBeGreaterThan(wide[0]!.x + wide[0]!.width);
    expect(Math.abs(wide[1]!.y - wide[0]!.y)).toBeLessThan(4);
    expect(await result.locator('.ic-heads').textContent()).toContain('King James Version (KJV)');
    await page.screenshot({ path: `${SHOTS}parallel-tab.png` });
    await page.close();
  });
});
