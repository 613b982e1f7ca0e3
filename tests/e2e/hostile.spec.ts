/**
 * A hostile page against the card: synthetic input (in Chromium and Firefox), and in Chromium
 * reaching into the card, writing into it, hijacking Copy on a non-secure page, and a content
 * script asking for what only Intercede's own pages may have. Nothing it does may act for the reader, read
 * what the reader keeps, or change it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { hover, waitForHighlights } from './support/card';
import { BROWSERS, launchDriver, type Driver } from './support/driver';
import { hoverCard, underlined } from './support/page-reads';

let browser: ExtensionBrowser;
let server: FixtureServer;
let popup: Page;

/** A name that resolves to the fixture server but is not a secure context (plain http, not localhost). */
const INSECURE_HOST = 'hostile.test';

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

/** Sends a request from an extension page, as the popup does, and returns the raw reply. */
function fromPopup<T>(message: object): Promise<T> {
  return popup.evaluate(
    (m) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage(m),
    message,
  ) as Promise<T>;
}

/** The saved verses exactly as the database holds them. */
async function savedBytes(): Promise<string> {
  const reply = await fromPopup<{ ok: boolean; value: unknown }>({ type: 'listSaved' });
  expect(reply.ok).toBe(true);
  return JSON.stringify(reply.value);
}

/** Saves John 3:16 with a private note, through the popup, once. */
async function saveWithNote(): Promise<void> {
  const state = await fromPopup<{ value: string }>({
    type: 'savedState',
    osis: 'John.3.16',
    translation: 'WEB',
  });
  if (state.value !== 'unsaved') return;
  await fromPopup({ type: 'toggleSaved', osis: 'John.3.16', translation: 'WEB' });
  const list = await fromPopup<{ value: { id: number; osis: string }[] }>({ type: 'listSaved' });
  const id = list.value.find((x) => x.osis === 'John.3.16')!.id;
  await fromPopup({ type: 'updateSaved', id, note: 'my private note', tags: ['private'] });
}

async function attackPage(host = '127.0.0.1'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(server.url('attack.html').replace('127.0.0.1', host));
  await waitForHighlights(page, (n) => n === 2);
  return page;
}

describe.each(BROWSERS)('a hostile page, in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launchDriver(name);
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
  });

  it('opens no card with synthetic pointer, touch, click or keyboard events', async () => {
    const page = await driver.open(server.url('attack.html'));
    await expect.poll(async () => (await underlined(page)).length).toBe(2);
    await page.movePointer(5, 5);
    await page.evaluate(`(() => {
      window.attack.fakeInput('ref', 'John 3:16');
      window.attack.fakeInput('other', 'Hebrews 7:25');
    })()`);
    // Twice the hover delay, and a frame for good measure.
    await new Promise((r) => setTimeout(r, 700));
    expect(await page.evaluate(`document.querySelector('intercede-card')`)).toBeNull();
    // The same reference opens at once for the reader's own pointer.
    await hoverCard(page, '#ref', 'John 3:16');
    await page.close();
  });
});

// The rest reads or clicks into the card's closed root (through Chromium's DevTools protocol),
// runs code in the content script's world, or relies on Chromium's extension ids and switches.
describe('a hostile page, in chromium', () => {
  beforeAll(async () => {
    browser = await launchExtension({ args: [`--host-resolver-rules=MAP ${INSECURE_HOST} 127.0.0.1`] });
    popup = await browser.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('cannot read, click into or write into the open card, and the reader’s note is untouched', async () => {
    await saveWithNote();
    const before = await savedBytes();
    expect(before).toContain('my private note');
    const page = await attackPage();
    const dialog = await hover(page, '#ref', 'John 3:16');
    await dialog.locator('[data-verse-text]').waitFor();
    await expect
      .poll(() => dialog.getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed'))
      .toBe('true');

    const report = await page.evaluate(() =>
      (window as never as { attack: { reachIntoCard(): Record<string, unknown> } }).attack.reachIntoCard(),
    );
    expect(report).toMatchObject({ host: true, shadowRoot: null, attach: 'NotSupportedError' });
    // The page found the card on screen and clicked every point of it: it only ever hit the host.
    expect(report.pointsOnCard).toBeGreaterThan(20);
    expect(report.textSeen).toBe('ATTACKER TEXT'); // its own text node in the host's light DOM, never shown

    // The card is still open, still says what the Bible says, and still knows the verse is saved.
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).not.toContain('ATTACKER');
    expect(await dialog.locator('[data-verse-text]').textContent()).toContain('God so loved the world');
    expect(await dialog.getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed')).toBe('true');
    expect(await dialog.locator('.save-confirm').count()).toBe(0);
    expect(await savedBytes()).toBe(before);

    // The reader's own press on Saved asks first; Keep keeps the note.
    await dialog.getByRole('button', { name: 'Saved' }).click();
    await dialog.getByRole('button', { name: 'Keep' }).click();
    expect(await savedBytes()).toBe(before);
    await page.close();
  });

  it('cannot see or replace what Copy puts on the clipboard, on a page that is not a secure context', async () => {
    const page = await attackPage(INSECURE_HOST);
    expect(await page.evaluate(() => isSecureContext)).toBe(false);
    const dialog = await hover(page, '#other', 'Hebrews 7:25');
    await dialog.locator('[data-verse-text]').waitFor();
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => dialog.locator('[role="status"]').textContent()).toBe('Copied');
    expect(await page.evaluate(() => (window as never as { __copyEvents: number }).__copyEvents)).toBe(0);

    // Read the clipboard back from a secure page of our own.
    const reader = await browser.context.newPage();
    const origin = new URL(server.url('')).origin;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await reader.goto(server.url('foundation.html'));
    await reader.bringToFront();
    const pasted = await reader.evaluate(() => navigator.clipboard.readText());
    expect(pasted).toMatch(/^“.*make intercession for them\.?” — Hebrews 7:25 \(WEB\)$/);
    // The reader's copy format (options page): the reference first, without the translation.
    await browser.context
      .serviceWorkers()[0]!
      .evaluate(
        `chrome.storage.sync.set({ copyFormat: { layout: 'ref-text', numbers: true, translation: false } })`,
      );
    await page.bringToFront();
    await dialog.getByRole('button', { name: 'Copy' }).click();
    await reader.bringToFront();
    await expect
      .poll(() => reader.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^Hebrews 7:25: “.*make intercession for them\.?”$/);
    await reader.close();
    await page.close();
  });

  it('gets forbidden for every privileged request from its content script, and nothing changes', async () => {
    await saveWithNote();
    const before = await savedBytes();
    const page = await attackPage();
    const privileged = [
      { type: 'listSaved' },
      { type: 'exportSaved', format: 'json' },
      { type: 'exportSaved', format: 'csv' },
      { type: 'importSaved', json: '{}' },
      {
        type: 'restoreSaved',
        item: { osis: 'Gen.1.6', translation: 'WEB', note: '', tags: [], createdAt: 1, updatedAt: 1, id: 1 },
      },
      { type: 'removeSaved', id: 1 },
      { type: 'updateSaved', id: 1, note: 'overwritten', tags: [] },
      { type: 'clearCache' },
      { type: 'getStatus' },
      { type: 'getHistory' },
      { type: 'addHistory', osis: 'John.3.16', translation: 'WEB' },
      { type: 'clearHistory' },
      { type: 'takeLookup' },
      { type: 'search', query: 'intercession', translation: 'WEB', offset: 0 },
      { type: 'getSearchStatus', translation: 'WEB' },
    ];
    const replies = await browser.inContentScript<{ ok: boolean; error?: { code: string } }[]>(
      page,
      `Promise.all(${JSON.stringify(privileged)}.map((m) => chrome.runtime.sendMessage(m)))`,
    );
    expect(replies.map((r) => r.error?.code)).toEqual(privileged.map(() => 'forbidden'));
    // What the card needs still works from there.
    const allowed = await browser.inContentScript<{ ok: boolean }>(
      page,
      `chrome.runtime.sendMessage({ type: 'getPassage', osis: 'John.3.16', translation: 'WEB' })`,
    );
    expect(allowed.ok).toBe(true);
    // Even the card's own toggle keeps a verse with a note unless the reader confirmed.
    const toggled = await browser.inContentScript<{ value: string }>(
      page,
      `chrome.runtime.sendMessage({ type: 'toggleSaved', osis: 'John.3.16', translation: 'WEB' })`,
    );
    expect(toggled.value).toBe('annotated');
    expect(await savedBytes()).toBe(before);
    await page.close();
  });

  it('cannot tell from its resources that Intercede is installed, on a page with references or without', async () => {
    for (const path of ['article.html', 'attack.html']) {
      const page = await browser.context.newPage();
      await page.goto(server.url(path));
      if (path === 'article.html') await waitForHighlights(page, (n) => n > 0);
      const seen = await page.evaluate(async (id) => {
        // What the page's own resource timing lists, and whether it can load our page code by
        // the extension's id (only the per-session address Chrome gives our first stage may).
        const resources = performance.getEntriesByType('resource').map((e) => e.name);
        const tries = await Promise.all(
          ['page-main.js', 'page-probe.js', 'page.css', 'manifest.json'].map((file) =>
            fetch(`chrome-extension://${id}/${file}`).then(
              () => `${file}: loaded`,
              () => `${file}: refused`,
            ),
          ),
        );
        return { resources: resources.filter((r) => !r.startsWith(location.origin)), tries };
      }, browser.extensionId);
      expect(seen.resources).toEqual([]);
      expect(seen.tries).toEqual([
        'page-main.js: refused',
        'page-probe.js: refused',
        'page.css: refused',
        'manifest.json: refused',
      ]);
      await page.close();
    }
  });
});
