/**
 * Firefox ESR with a kept profile, and Firefox in private browsing, over WebDriver BiDi.
 *
 * Restart: the add-on is installed into the profile (not as a temporary add-on, which a
 * restart removes), the browser is closed and started again on the same profile, and the
 * selection menu must exist again. Menus are browser UI that cannot be opened from here, so an
 * extension page asks the menu API itself: `contextMenus.update(id)` fails for an id that does
 * not exist.
 *
 * Private: with `browser.privatebrowsing.autostart` every window is private. A page with
 * references is read (the card's passages are fetched by the content script from a private
 * tab), and then nothing may have been written: no book cached, no history, no saved verse.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from './support/server';
import {
  FIREFOX_BUILD,
  GECKO_ID,
  launchFirefox,
  openAddonPage,
  waitForArticle,
  pointOnHebrews,
} from './support/firefox';

const UUID = '0b6f2c9e-5d41-4c3a-8e7b-1a2d3c4e5f60';
const EXT = `moz-extension://${UUID}/`;

const PREFS = {
  // Add-ons placed in the profile's extensions folder start enabled.
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
};

let server: FixtureServer;
const profiles: string[] = [];

beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

function launch(options: { userDataDir?: string; prefs?: Record<string, unknown> } = {}) {
  return launchFirefox({
    uuid: UUID,
    userDataDir: options.userDataDir,
    prefs: { ...PREFS, ...options.prefs },
  });
}

/** Opens an extension page; `goto` does not resolve on moz-extension pages, so poll for it. */
async function extensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  await openAddonPage(page, `${EXT}${path}`, 'fieldset');
  return page;
}

/** Which of the selection menu's items exist, asked of Firefox's menu API from an extension page. */
function menuItems(page: Page): Promise<Record<string, boolean>> {
  return page.evaluate(async () => {
    const api = (
      globalThis as unknown as { browser: { contextMenus: { update(id: string, c: object): Promise<void> } } }
    ).browser.contextMenus;
    const exists = (id: string) =>
      api.update(id, {}).then(
        () => true,
        () => false,
      );
    return {
      lookup: await exists('lookup'),
      save: await exists('save'),
      control: await exists('no-such-item'),
    };
  });
}

/** Sends a request to the background from an extension page, as its own code does. */
function ask(
  page: Page,
  message: object,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  return page.evaluate(
    (m) =>
      (
        globalThis as unknown as { browser: { runtime: { sendMessage(m: object): Promise<never> } } }
      ).browser.runtime.sendMessage(m),
    message,
  );
}

/** Opens the article and waits for its references, so the card's passages are fetched. */
async function readArticle(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  await page.goto(server.url('article.html'));
  await waitForArticle(page);
  const point = await pointOnHebrews(page);
  await page.mouse.move(point.x - 20, point.y + 30);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  await page.waitForFunction(() => document.querySelector('intercede-card') !== null, { timeout: 15_000 });
  await page.close();
}

/**
 * A profile with Intercede installed in it: an unsigned XPI in its extensions folder (a
 * permanent install; xpinstall.signatures.required is off in ESR), optionally allowed in
 * private windows (the permission Firefox keeps in extension-preferences.json).
 */
function profileWithIntercede(allowPrivate = false): string {
  const profile = mkdtempSync(join(tmpdir(), 'intercede-ff-profile-'));
  profiles.push(profile);
  mkdirSync(join(profile, 'extensions'));
  execFileSync('zip', ['-q', '-r', join(profile, 'extensions', `${GECKO_ID}.xpi`), '.'], {
    cwd: FIREFOX_BUILD,
  });
  if (allowPrivate) {
    writeFileSync(
      join(profile, 'extension-preferences.json'),
      JSON.stringify({ [GECKO_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } }),
    );
  }
  return profile;
}

describe('Firefox with a kept profile', () => {
  it('has the selection menu again after the browser restarts', async () => {
    const profile = profileWithIntercede();

    let browser = await launch({ userDataDir: profile });
    let page = await extensionPage(browser, 'options.html');
    // Firefox's `contextMenus` with only that permission: no `menus`, but onShown is there.
    expect(
      await page.evaluate(() => {
        const b = (
          globalThis as unknown as { browser: { menus?: unknown; contextMenus: { onShown?: unknown } } }
        ).browser;
        return { menus: typeof b.menus, onShown: typeof b.contextMenus.onShown };
      }),
    ).toEqual({ menus: 'undefined', onShown: 'object' });
    await expect.poll(() => menuItems(page)).toEqual({ lookup: true, save: true, control: false });
    const first = await ask(page, { type: 'getStatus' });
    // A normal window fills the cache as the card is read (the private test below expects none).
    await readArticle(browser);
    await expect
      .poll(
        async () =>
          ((await ask(page, { type: 'getStatus' })).value as { cachedBooks: { WEB: number } }).cachedBooks
            .WEB,
      )
      .toBeGreaterThan(0);
    await browser.close();

    browser = await launch({ userDataDir: profile });
    try {
      page = await extensionPage(browser, 'options.html');
      const second = await ask(page, { type: 'getStatus' });
      // A new background, in the same profile (the cache it filled is still there).
      expect((second.value as { startedAt: number }).startedAt).toBeGreaterThan(
        (first.value as { startedAt: number }).startedAt,
      );
      expect((second.value as { cachedBooks: { WEB: number } }).cachedBooks.WEB).toBeGreaterThan(0);
      await expect.poll(() => menuItems(page)).toEqual({ lookup: true, save: true, control: false });
    } finally {
      await browser.close();
    }
  });
});

describe('Firefox in private browsing', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch({
      userDataDir: profileWithIntercede(true),
      prefs: { 'browser.privatebrowsing.autostart': true },
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /*
   * `browser.privatebrowsing.autostart` is Firefox's "Never remember history": every window is
   * private, and so is the extension's own background, whose IndexedDB refuses to open ("A
   * mutation operation was attempted on a database that did not allow mutations"). Every
   * request that reads the database fails there (README, Private windows). What it still shows
   * is the browser's word reaching the background: a request from a private tab is answered as
   * private, without touching the database — a write attempted here would fail.
   */
  it('answers a private tab as private: no history recorded, saving refused', async () => {
    await readArticle(browser);
    const page = await extensionPage(browser, 'options.html');
    expect(
      await page.evaluate(() =>
        (
          globalThis as unknown as { browser: { tabs: { getCurrent(): Promise<{ incognito: boolean }> } } }
        ).browser.tabs
          .getCurrent()
          .then((tab) => tab.incognito),
      ),
    ).toBe(true);
    expect(await ask(page, { type: 'addHistory', osis: 'Rom.8.34', translation: 'WEB' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await ask(page, { type: 'toggleSaved', osis: 'Rom.8.34', translation: 'WEB' })).toMatchObject({
      ok: false,
      error: { code: 'private' },
    });
    expect(await ask(page, { type: 'listSaved' })).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/did not allow mutations/) as string },
    });
  });
});
