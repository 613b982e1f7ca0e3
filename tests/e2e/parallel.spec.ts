/**
 * Two translations side by side (#12 §4): the second translation set on the options page reaches
 * an open article's card at once, verse by verse, and Copy carries both (Chromium: the card's
 * closed root is read through the DevTools protocol); the popup shows both interleaved at its
 * own width and in two columns in a wide tab (Chromium and Firefox).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/chromium';
import { BROWSERS, launchDriver, type Driver, type DriverPage } from './support/driver';
import { serveFixtures, type FixtureServer } from './support/server';
import { hover, waitForHighlights } from './support/card';

let browser: ExtensionBrowser;
let server: FixtureServer;
const SHOTS = new URL('../../screenshots/', import.meta.url).pathname;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

/** The last verse row of the popup's passage: where each translation's text sits, and the heads. */
const lastRow = (popup: DriverPage) =>
  popup.evaluate<{
    first: DOMRect;
    second: DOMRect;
    firstText: string;
    secondText: string;
    heads: boolean;
    headsText: string;
  }>(`(() => {
    const rows = document.querySelectorAll('section.result .ic-row');
    const row = rows[rows.length - 1];
    const box = (el) => el.getBoundingClientRect().toJSON();
    const heads = document.querySelector('section.result .ic-heads');
    return {
      first: box(row.querySelector('.ic-first')),
      second: box(row.querySelector('.ic-second')),
      firstText: row.querySelector('.ic-first').textContent,
      secondText: row.querySelector('.ic-second').textContent,
      heads: heads !== null && heads.checkVisibility(),
      headsText: heads?.textContent ?? '',
    };
  })()`);

/** The WEB's and the KJV's words in Hebrews 7:25. */
const WEB_WORDS = 'to make intercession for them';
const KJV_WORDS = 'ever liveth to make intercession';

describe.each(BROWSERS)('a second translation, in %s', (name) => {
  let driver: Driver;
  /** Where a screenshot goes: Chromium's under the names they always had. */
  const shot = (what: string) => `${SHOTS}${what}${name === 'chromium' ? '' : `-${name}`}.png`;
  beforeAll(async () => {
    driver = await launchDriver(name);
    if (driver.chromium) browser = driver.chromium;
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
  });

  // The card's insides are in its closed root, read through Chromium's DevTools protocol.
  it.runIf(name === 'chromium')(
    'set on the options page, shows in an open article’s card verse by verse, and Copy carries both',
    async () => {
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
    },
  );

  it('shows in the popup, interleaved at its width and in two columns in a wide tab', async () => {
    await driver.setSync({ secondTranslation: 'KJV', translation: 'WEB' });
    const popup = await driver.openExtension('popup.html', '#q');
    await popup.setViewport(400, 600);
    await popup.fill('#q', 'heb 7:24-25');
    await expect
      .poll(() => popup.evaluate(`document.querySelectorAll('section.result .ic-row').length`))
      .toBe(2);
    const narrow = await lastRow(popup);
    expect(narrow.firstText).toContain(WEB_WORDS);
    expect(narrow.secondText).toContain(KJV_WORDS);
    expect(narrow.second.y).toBeGreaterThanOrEqual(narrow.first.y + narrow.first.height - 1);
    expect(narrow.heads).toBe(false);
    await popup.screenshot(shot('parallel-popup'));

    // Opened in a tab as wide as a window: side by side under the translations' names.
    await popup.setViewport(1100, 700);
    await expect.poll(async () => (await lastRow(popup)).heads).toBe(true);
    const wide = await lastRow(popup);
    expect(wide.second.x).toBeGreaterThan(wide.first.x + wide.first.width);
    expect(Math.abs(wide.second.y - wide.first.y)).toBeLessThan(4);
    expect(wide.headsText).toContain('King James Version (KJV)');
    await popup.screenshot(shot('parallel-tab'));
    await popup.close();
  });
});
