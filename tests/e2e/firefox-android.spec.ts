/**
 * Firefox for Android, as near as a desktop Firefox ESR gets: a 360×640 window whose pointer
 * is a finger (the `ui.primaryPointerCapabilities` pref makes `(pointer: coarse)` and
 * `(hover: none)` match, as on a phone) with touch events on, driven over WebDriver BiDi with
 * touch pointer actions (puppeteer's touchscreen). A tap on a reference opens the card, which
 * fits the screen; the popup and options pages lay out without sideways scrolling.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from './support/server';
import {
  installAddon,
  launchFirefox,
  openAddonPage,
  waitForArticle,
  pointOnHebrews,
} from './support/firefox';

const SHOTS = fileURLToPath(new URL('../../test-results/firefox-android/', import.meta.url));
const UUID = '6d1c3b0e-7a4f-4b8e-9d2a-3f0c5e1a2b40';
const EXT = `moz-extension://${UUID}/`;
const PHONE = { width: 360, height: 640 };

let browser: Browser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFixtures();
  browser = await launchFirefox({
    uuid: UUID,
    prefs: {
      // A phone's pointer: coarse, no hover; touch events on.
      'ui.primaryPointerCapabilities': 1,
      'ui.allPointerCapabilities': 1,
      'dom.w3c_touch_events.enabled': 1,
      // Scrollbars drawn over the page and taking no width, as on Android.
      'ui.useOverlayScrollbars': 1,
    },
  });
  await installAddon(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in the phone-sized window. */
async function phonePage(): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ ...PHONE, hasTouch: true, isMobile: true });
  return page;
}

/** Opens an extension page once `ready` is in it. */
const openExtensionPage = (page: Page, path: string, ready: string) =>
  openAddonPage(page, `${EXT}${path}`, ready);

/** How far the page's content reaches past the window's width (0: no sideways scrolling). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('Firefox for Android, at 360×640 with touch', () => {
  it('matches a phone’s pointer', async () => {
    const page = await phonePage();
    await page.goto(server.url('article.html'));
    expect(await page.evaluate(() => matchMedia('(pointer: coarse) and (hover: none)').matches)).toBe(true);
    expect(await page.evaluate(() => innerWidth)).toBe(PHONE.width);
    expect(await page.evaluate(() => document.documentElement.clientWidth)).toBe(PHONE.width);
    await page.close();
  });

  it('opens the card on a tap on a reference, and the card fits the screen', async () => {
    const page = await phonePage();
    await page.goto(server.url('article.html'));
    await waitForArticle(page);
    const point = await pointOnHebrews(page, true);
    const pointerTypes = page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          addEventListener(
            'pointerdown',
            (e) => seen.push(`${e.type}:${e.pointerType}:${e.isTrusted}`),
            true,
          );
          addEventListener('touchstart', (e) => seen.push(`${e.type}:${e.isTrusted}`), true);
          setTimeout(() => resolve(seen), 1500);
        }),
    );
    await page.touchscreen.tap(point.x, point.y);
    expect(await pointerTypes).toEqual(expect.arrayContaining(['pointerdown:touch:true']));
    // The card's shadow root is closed: the page sees its host, drawn where the card is. Its
    // extent is measured along the row through its middle, one pixel at a time.
    const box = await page.waitForFunction(
      () => {
        const host = document.querySelector('intercede-card');
        if (!host || host.shadowRoot !== null) return null;
        let row = -1;
        for (let y = 1; y < innerHeight && row < 0; y += 8)
          if (document.elementFromPoint(innerWidth / 2, y) === host) row = y + 40;
        if (row < 0) return null;
        const hits: number[] = [];
        for (let x = 0; x < innerWidth; x++) if (document.elementFromPoint(x, row) === host) hits.push(x);
        return { left: Math.min(...hits), right: Math.max(...hits), width: innerWidth };
      },
      { timeout: 15_000 },
    );
    const card = (await box.jsonValue())!;
    await page.screenshot({ path: `${SHOTS}card-tap.png` });
    // Within the screen's 8 px margins, and nearly the screen's width (min(360px, 100vw − 16px)).
    expect(card.width).toBe(PHONE.width);
    expect(card.left).toBe(8);
    expect(card.right).toBeLessThanOrEqual(PHONE.width - 9);
    expect(card.right - card.left).toBeGreaterThanOrEqual(320);
    expect(await overflow(page)).toBe(0);
    await page.close();
  });

  it.each([
    ['popup.html', 'input'],
    ['options.html', 'fieldset'],
  ])('lays out %s without sideways scrolling', async (path, ready) => {
    const page = await phonePage();
    await openExtensionPage(page, path, ready);
    // Let the page settle (fonts, the saved list, the indexes line).
    await new Promise((resolve) => setTimeout(resolve, 500));
    await page.screenshot({ path: `${SHOTS}${path.replace('.html', '')}.png` });
    expect(await page.evaluate(() => innerWidth)).toBe(PHONE.width);
    expect(await overflow(page)).toBe(0);
    // Nothing drawn past the right edge either (an overflow that a parent clips still cuts text).
    const widest = await page.evaluate(() =>
      Math.max(...[...document.querySelectorAll('body *')].map((el) => el.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(PHONE.width);
    await page.close();
  });
});
