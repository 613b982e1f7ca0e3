/** What the Firefox end-to-end specs share: the build, its add-on id, and reading the article. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { expect } from 'vitest';

/** The Firefox build the specs install (`npm run build:firefox`). */
export const FIREFOX_BUILD = fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url));

/** The add-on id, as the build wrote it (wxt.config.ts). */
export const GECKO_ID = (
  JSON.parse(readFileSync(`${FIREFOX_BUILD}/manifest.json`, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  }
).browser_specific_settings.gecko.id;

/**
 * Waits until the fixture article's first paragraph is underlined (the paragraph of "Hebrews
 * 7:25", which `pointOnHebrews` points at; on a phone-sized screen the article's lower
 * references are not near the viewport, so not underlined).
 */
export async function waitForArticle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const p1 = document.getElementById('p1');
      for (const range of CSS.highlights.get('intercede-ref') ?? []) {
        if (p1?.contains(range.startContainer)) return true;
      }
      return false;
    },
    { timeout: 15_000 },
  );
}

/**
 * The viewport point inside "Hebrews 7:25" in the article's first paragraph (scrolled to the
 * middle of the screen first when `scroll`), where a pointer or a finger opens its card.
 */
export function pointOnHebrews(page: Page, scroll = false): Promise<{ x: number; y: number }> {
  return page.evaluate((centre) => {
    const p = document.getElementById('p1')!;
    if (centre) p.scrollIntoView({ block: 'center' });
    const text = p.firstChild as Text;
    const at = text.data.indexOf('Hebrews 7:25');
    const range = document.createRange();
    range.setStart(text, at + 3);
    range.setEnd(text, at + 4);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, scroll);
}

/**
 * Whether the card is drawn on top of the page (run in the page). Its shadow root is closed: the
 * page (and so a test that drives the page over WebDriver BiDi) sees only its host.
 */
export function cardOnScreen(): boolean {
  const host = document.querySelector('intercede-card');
  if (!host || host.shadowRoot !== null) return false;
  for (let x = 5; x < innerWidth; x += 20)
    for (let y = 5; y < innerHeight; y += 20) if (document.elementFromPoint(x, y) === host) return true;
  return false;
}

/** Waits until the card is drawn on top of the page. */
export async function waitForCardOnScreen(page: Page): Promise<void> {
  await page.waitForFunction(cardOnScreen, { timeout: 15_000 });
}

/**
 * Firefox ESR, headless, for the specs: unsigned add-ons allowed, extension pages reachable over
 * WebDriver BiDi (`--remote-allow-system-access`), and with `uuid` the add-on's pages at
 * `moz-extension://<uuid>/`. The add-on is installed by the caller (or found in `userDataDir`).
 */
export function launchFirefox(
  options: { uuid?: string; prefs?: Record<string, unknown>; userDataDir?: string } = {},
): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // The viewport Chromium's specs get (support/chromium.ts), not puppeteer's 800 × 600: the
    // shared specs read the same pages the same way in both (what is underlined depends on it).
    defaultViewport: { width: 1200, height: 800 },
    userDataDir: options.userDataDir,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      ...(options.uuid
        ? { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: options.uuid }) }
        : {}),
      ...options.prefs,
    },
  });
}

/** Opens an extension page in `page`; `goto` does not resolve on moz-extension pages, so poll for `ready`. */
export async function openAddonPage(page: Page, url: string, ready: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await expect
    .poll(() => page.evaluate((sel) => document.querySelector(sel) !== null, ready).catch(() => false), {
      timeout: 20_000,
    })
    .toBe(true);
}

/**
 * Installs the built add-on (temporarily). Its first-run tab opens as it installs, as the active
 * tab: this waits for it, so it cannot come to the front over a test's page later, and closes
 * it unless asked to keep it. (WebDriver BiDi shows the add-on's own tabs as about:blank.)
 */
export async function installAddon(browser: Browser, options: { keepWelcome?: boolean } = {}): Promise<void> {
  const before = new Set(await browser.pages());
  await browser.installExtension(FIREFOX_BUILD);
  let opened: Page | undefined;
  for (let i = 0; i < 200 && !opened; i++) {
    opened = (await browser.pages()).find((page) => !before.has(page));
    if (!opened) await new Promise((r) => setTimeout(r, 50));
  }
  if (opened && !options.keepWelcome) await opened.close();
}
