/** The popup, saved verses and settings in Chromium. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { hover, waitForHighlights } from './support/card';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtension(), serveFixtures()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const sync = (code: string) => browser.context.serviceWorkers()[0]!.evaluate(code);

describe('popup', () => {
  it('looks up "heb 7:25" with its text, the translation switch and the notes area', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const box = popup.getByRole('searchbox', { name: 'Look up a passage' });
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('q');
    await box.fill('heb 7:25');
    const result = popup.locator('section.result');
    await expect.poll(() => result.textContent()).toContain('to make intercession for them');
    await result.getByRole('button', { name: 'KJV' }).click();
    await expect
      .poll(() => result.getByRole('button', { name: 'KJV' }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect
      .poll(() => result.textContent(), { timeout: 5000 })
      .toContain('ever liveth to make intercession');
    await popup.close();
  });

  it('lists a verse saved from the hover card, then exports, clears and imports the same list', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    await waitForHighlights(page, (n) => n > 10);
    const dialog = await hover(page, '#p2', 'Romans 8:26–27');
    await dialog.locator('[data-verse-text]').waitFor();
    await dialog.getByRole('button', { name: 'Save to my verses' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Saved' }).count()).toBe(1);

    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByRole('searchbox', { name: 'Look up a passage' }).fill('john 17');
    await popup.locator('section.result').getByRole('button', { name: 'Save to my verses' }).click();
    const list = popup.locator('.saved-list');
    await expect.poll(() => list.locator('li').count()).toBe(2);
    expect(await list.textContent()).toContain('Romans 8:26–27 (WEB)');
    expect(await list.textContent()).toContain('the Spirit himself makes intercession for us');

    const backup = await popup.evaluate<{ value: string }>(
      `chrome.runtime.sendMessage({ type: 'exportSaved', format: 'json' })`,
    );
    const before = await popup.evaluate<{ value: { id?: number; label: string }[] }>(
      `chrome.runtime.sendMessage({ type: 'listSaved' })`,
    );
    for (const item of before.value) {
      await popup.getByRole('button', { name: `Remove ${item.label}` }).click();
    }
    await expect.poll(() => list.locator('li').count()).toBe(0);
    await popup.locator('input[type=file]').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup.value),
    });
    await expect.poll(() => popup.getByRole('status').first().textContent()).toContain('Imported 2 verses');
    const after = await popup.evaluate<{ value: { id?: number; label: string }[] }>(
      `chrome.runtime.sendMessage({ type: 'listSaved' })`,
    );
    const strip = (items: { id?: number }[]) => items.map(({ id: _, ...rest }) => rest);
    expect(strip(after.value)).toEqual(strip(before.value));

    await popup
      .locator('input[type=file]')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"nope":1}') });
    await expect.poll(() => popup.getByRole('status').first().textContent()).toContain('Nothing imported');
    await popup.close();
    await page.close();
  });
});

describe('settings reach open tabs', () => {
  it('drops chapter-only references when the setting is turned off, and everything when the site is off', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    const all = await waitForHighlights(page, (n) => n >= 17);
    await sync(`chrome.storage.sync.set({ chapterOnly: false })`);
    await waitForHighlights(page, (n) => n === all - 2); // "John 17" and "Isaiah 53"
    await sync(`chrome.storage.sync.set({ chapterOnly: true, disabledSites: ['127.0.0.1'] })`);
    await waitForHighlights(page, (n) => n === 0);
    await sync(`chrome.storage.sync.set({ disabledSites: [] })`);
    await waitForHighlights(page, (n) => n === all);
    await page.close();
  });

  it('opens the options page with every setting', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.getByLabel('Hover delay').fill('500');
    await options.getByLabel('Hover delay').press('Tab');
    await expect
      .poll(() => sync(`chrome.storage.sync.get('hoverDelay').then((r) => r.hoverDelay)`))
      .toBe(500);
    await options.getByRole('button', { name: 'Clear cache' }).click();
    await expect
      .poll(() => options.getByRole('status').textContent())
      .toContain('Saved verses are untouched');
    await options.close();
  });
});
