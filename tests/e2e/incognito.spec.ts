/**
 * A private (incognito) window in Chromium writes nothing. Intercede is allowed in incognito
 * as a user allows it (the extensions page's switch, driven through that page's own
 * `chrome.developerPrivate`); Chromium then disables an extension loaded from the command
 * line until the browser starts again, so the browser is restarted on the same profile. An
 * incognito window is opened on an article: the page code there finds the references and
 * fetches their passages (prefetching as they near the screen), yet no book is cached. The same
 * article in a normal window fills the cache.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_BUILD, QUIET_CHROMIUM } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

/** The extension APIs the test calls inside the browser's pages. */
declare const chrome: {
  runtime: { sendMessage(message: object): Promise<unknown> };
  windows: { create(options: { incognito: boolean; url: string }): Promise<{ tabs?: { id?: number }[] }> };
  tabs: {
    get(id: number): Promise<{ incognito: boolean }>;
    sendMessage(id: number, message: object): Promise<unknown>;
  };
};

let server: FixtureServer;
const profile = mkdtempSync(join(tmpdir(), 'intercede-incognito-'));

beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

/**
 * Chromium with the built extension in the kept profile. The first launch installs it and learns
 * its id from the worker; a relaunch passes that id back (an unpacked extension's id comes from
 * its path) and does not wait for the worker, which a restarted browser starts only when asked
 * for something: waiting for it timed out once (30 s) on a busy machine.
 */
async function launch(knownId?: string): Promise<{ context: BrowserContext; id: string }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      ...QUIET_CHROMIUM,
    ],
  });
  if (knownId) return { context, id: knownId };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, id: new URL(worker.url()).host };
}

/**
 * A page of the extension opened in a relaunched browser: until the browser has loaded the
 * extension again, its pages are refused (net::ERR_BLOCKED_BY_CLIENT), so the open is tried
 * again for up to 5 s; once (a clean-clone CI run) the refusal outlasted 15 s of tries, so a
 * browser that keeps refusing is closed and started again on the same profile, up to three
 * times. Returns the browser that opened the page, and the page.
 */
async function openOnceLoaded(
  context: BrowserContext,
  id: string,
  path: string,
): Promise<{ context: BrowserContext; page: Page }> {
  for (let launches = 1; ; launches++) {
    const page = await context.newPage();
    for (let attempt = 1; attempt <= 25; attempt++) {
      try {
        await page.goto(`chrome-extension://${id}/${path}`);
        return { context, page };
      } catch (e) {
        if (!String(e).includes('ERR_BLOCKED_BY_CLIENT')) {
          await context.close();
          throw e;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    await context.close();
    if (launches >= 3) throw new Error(`the extension's pages stayed refused after ${launches} launches`);
    ({ context } = await launch(id));
  }
}

type Status = { ok: boolean; value: { cachedBooks: { WEB: number; KJV: number } } };
const cached = async (page: Page) =>
  (await page.evaluate(() => chrome.runtime.sendMessage({ type: 'getStatus' }) as Promise<Status>)).value
    .cachedBooks;

describe('an incognito window', () => {
  it('reads an article’s passages and caches none of them', async () => {
    let { context, id } = await launch();
    const settings = await context.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate(
      (extensionId) =>
        (
          chrome as unknown as {
            developerPrivate: { updateExtensionConfiguration(c: object): Promise<void> };
          }
        ).developerPrivate.updateExtensionConfiguration({ extensionId, incognitoAccess: true }),
      id,
    );
    await context.close();
    ({ context, id } = await launch(id));
    try {
      const opened = await openOnceLoaded(context, id, 'popup.html');
      context = opened.context;
      const popup = opened.page;
      expect(await cached(popup)).toEqual({ WEB: 0, KJV: 0 });
      const tabId = await popup.evaluate(async (url) => {
        const win = await chrome.windows.create({ incognito: true, url });
        return win!.tabs![0]!.id!;
      }, server.url('article.html'));
      expect(await popup.evaluate((tab) => chrome.tabs.get(tab).then((t) => t.incognito), tabId)).toBe(true);
      // The page code runs there: it answers the popup's question with what it found.
      await expect
        .poll(
          () =>
            popup.evaluate(
              (tab) =>
                (
                  chrome.tabs.sendMessage(tab, { type: 'intercede:pageStatus' }) as Promise<{ refs: number }>
                ).then(
                  (s) => s?.refs ?? 0,
                  () => 0,
                ),
              tabId,
            ),
          { timeout: 20_000 },
        )
        .toBeGreaterThan(10);
      // Time for the prefetch of the visible passages and for any write behind it.
      await new Promise((resolve) => setTimeout(resolve, 2000));
      expect(await cached(popup)).toEqual({ WEB: 0, KJV: 0 });
      // The same article in a normal window fills the cache.
      const normal = await context.newPage();
      await normal.goto(server.url('article.html'));
      await expect.poll(async () => (await cached(popup)).WEB, { timeout: 20_000 }).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
