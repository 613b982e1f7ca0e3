/**
 * The foundation slice in a real Chromium: a page on 127.0.0.1, its content script asks
 * the background for Hebrews 7:25, the background answers from IndexedDB, and keeps
 * answering from IndexedDB after its service worker is stopped and restarted (Chromium: the
 * content script's world and the service worker are reached through the DevTools protocol).
 * Batched lookups from an extension page, and a web page's lack of a way in, in both browsers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Passage } from '@/lib/bible/passage';
import type { BackgroundStatus, Reply } from '@/lib/messaging/contract';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exportModule } from '../../scripts/data/sword';
import { CHROME_BUILD, type ExtensionBrowser } from './support/chromium';
import { FIREFOX_BUILD } from './support/firefox';
import { BROWSERS, EXT, launchDriver, type Driver } from './support/driver';
import { serveFixtures, type FixtureServer } from './support/server';

let browser: ExtensionBrowser;
let server: FixtureServer;
let webHeb725: string;

beforeAll(async () => {
  server = await serveFixtures();
  // The independent oracle: SWORD's own plain-text rendering of the module.
  webHeb725 = exportModule('engWEB2015eb', true)
    .find((e) => e.key === 'Hebrews 7:25')!
    .body.trim();
});

afterAll(async () => {
  await server?.close();
});

const ask = (message: object) => `chrome.runtime.sendMessage(${JSON.stringify(message)})`;

/** The background's status, asked from an extension page: content scripts may not ask for it. */
async function status(): Promise<Reply<BackgroundStatus>> {
  const page = await browser.openExtensionPage('popup.html');
  try {
    return await page.evaluate<Reply<BackgroundStatus>>(ask({ type: 'getStatus' }));
  } finally {
    await page.close();
  }
}

describe.each(BROWSERS)('the verse service, in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launchDriver(name);
    if (driver.chromium) browser = driver.chromium;
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
  });
  /** Asks from the content script's world, or stops the service worker: Chromium's DevTools protocol. */
  const inChromium = it.runIf(name === 'chromium');

  inChromium(
    'answers getPassage from a page’s content script with the exact WEB text, then from IndexedDB',
    async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url('foundation.html'));
      const query = { type: 'getPassage', osis: 'Heb.7.25', translation: 'WEB' };

      const first = await browser.inContentScript<Reply<Passage>>(page, ask(query));
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      expect(first.value.label).toBe('Hebrews 7:25');
      expect(first.value.verses).toEqual([{ book: 'Heb', chapter: 7, verse: 25, text: webHeb725 }]);

      // The KJV has not been asked for yet (the page prefetches WEB): the first lookup reads the
      // pack, the next one finds the book still in the worker's memory.
      const kjv = { ...query, translation: 'KJV' };
      expect(await browser.inContentScript<Reply<Passage>>(page, ask(kjv))).toMatchObject({
        ok: true,
        value: { source: 'pack' },
      });
      await expect.poll(status).toMatchObject({ ok: true, value: { cachedBooks: { WEB: 1, KJV: 1 } } });
      const second = await browser.inContentScript<Reply<Passage>>(page, ask(kjv));
      expect(second).toMatchObject({ ok: true, value: { source: 'memory' } });

      const before = await status();
      await browser.stopServiceWorker();
      const afterRestart = await browser.inContentScript<Reply<Passage>>(page, ask(query));
      const after = await status();
      // A new service-worker instance answered, from IndexedDB, without reading the pack.
      expect(before.ok && after.ok && after.value.startedAt > before.value.startedAt).toBe(true);
      expect(afterRestart).toMatchObject({
        ok: true,
        value: { source: 'cache', verses: [{ text: webHeb725 }] },
      });
      expect(after).toMatchObject({ ok: true, value: { cachedBooks: { WEB: 1, KJV: 1 } } });
    },
  );

  inChromium('answers a bad request with a clear error, not a crash', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('foundation.html'));
    const bad = await browser.inContentScript<Reply<unknown>>(
      page,
      ask({ type: 'getPassage', osis: 'Jude.2.1', translation: 'WEB' }),
    );
    expect(bad).toEqual({
      ok: false,
      error: { code: 'invalid-reference', message: 'Jude has no chapter 2 ("Jude.2.1")' },
    });
    const unknown = await browser.inContentScript<Reply<unknown>>(page, ask({ type: 'nope' }));
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const translation = await browser.inContentScript<Reply<unknown>>(
      page,
      ask({ type: 'getPassage', osis: 'Heb.7.25', translation: 'NIV' }),
    );
    expect(translation).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('serves batched lookups for prefetching', async () => {
    const page = await driver.openExtension('popup.html', '#q');
    const reply = await page.evaluate<Reply<Reply<Passage>[]>>(
      `${EXT}.runtime.sendMessage(${JSON.stringify({
        type: 'getPassages',
        items: [
          { osis: 'Rom.8.26-Rom.8.27', translation: 'KJV' },
          { osis: '1John.2.1', translation: 'WEB' },
          { osis: 'Foo.1.1', translation: 'WEB' },
        ],
      })})`,
    );
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.value.map((r) => (r.ok ? r.value.label : r.error.code))).toEqual([
      'Romans 8:26–27',
      '1 John 2:1',
      'invalid-reference',
    ]);
    await page.close();
  });

  it('cannot be reached from the web page itself', async () => {
    const page = await driver.open(server.url('foundation.html'));
    // Pages get no runtime.sendMessage to us: no externally_connectable in the manifest.
    expect(await page.evaluate(`typeof globalThis.chrome?.runtime?.sendMessage`)).toBe('undefined');
    expect(await page.evaluate(`typeof globalThis.browser?.runtime?.sendMessage`)).toBe('undefined');
    await page.close();
  });
});

describe('the built extension', () => {
  /** Every script file of a build, by its path inside the build. */
  const scripts = (dir: string) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => ({ file: relative(dir, join(dir, file)), code: readFileSync(join(dir, file), 'utf8') }));

  // The popup and the page code pay for every kilobyte when they start (wxt.config.ts); only the
  // background answers messages with promises, which is what the polyfill is kept for.
  it.each([
    ['chrome', CHROME_BUILD],
    ['firefox', FIREFOX_BUILD],
  ])('carries the webextension-polyfill in the background only (%s)', (_, dir) => {
    const withPolyfill = scripts(dir)
      .filter(({ code }) => code.includes('__mozWebExtensionPolyfillReject__'))
      .map(({ file }) => file);
    expect(withPolyfill).toEqual(['background.js']);
  });
});
