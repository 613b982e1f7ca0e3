/** The popup, saved verses and settings in Chromium. */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

const sync = (code: string) => browser.context.serviceWorkers()[0]!.evaluate(code);

/** The popup page object. */
async function openPopup() {
  const page = await browser.openExtensionPage('popup.html');
  await page.setViewportSize({ width: 400, height: 600 });
  const box = page.getByRole('combobox', { name: 'Search the Bible or look up a passage' });
  return {
    page,
    box,
    result: page.locator('section.result'),
    hits: page.getByRole('listbox', { name: 'Verses found' }).getByRole('option'),
  };
}

const listSaved = (page: Page) =>
  page.evaluate<{ value: { id?: number; label: string }[] }>(
    `chrome.runtime.sendMessage({ type: 'listSaved' })`,
  );

describe('popup search', () => {
  it('looks up "heb 7:25" with its text, the translation switch and the notes area', async () => {
    const { page, box, result } = await openPopup();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('q');
    await box.fill('heb 7:25');
    await expect.poll(() => result.textContent()).toContain('to make intercession for them');
    expect(await result.locator('h1').textContent()).toBe('Hebrews 7:25');
    await expect.poll(() => result.locator('.ic-notes').count()).toBe(1);
    await result.getByRole('button', { name: 'KJV' }).click();
    await expect
      .poll(() => result.getByRole('button', { name: 'KJV' }).getAttribute('aria-pressed'))
      .toBe('true');
    await expect
      .poll(() => result.textContent(), { timeout: 5000 })
      .toContain('ever liveth to make intercession');
    await page.close();
  });

  it('searches "make intercession" over both translations: progress, then ranked, marked, keyboard-driven results', async () => {
    const { page, box, hits, result } = await openPopup();
    await box.fill('make intercession');
    // The first word search of a translation builds its index, and says so.
    await page.getByText('Building the word index').waitFor();
    await expect.poll(() => hits.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
    const status = page.locator('.count');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await status.textContent()).toMatch(/^\d+ verses/);
    const labels = await page.locator('.hit-ref').allTextContents();
    // The phrase in either translation comes first (Romans 11:2 is "maketh intercession" in the KJV).
    expect(labels.slice(0, 8)).toEqual(
      expect.arrayContaining(['Hebrews 7:25', 'Romans 8:26', 'Romans 8:27', 'Romans 8:34']),
    );
    // Each word with its family: "make", "makes"; "intercession" and, further down, "intercedes".
    const marked = new Set((await page.locator('.hits mark').allTextContents()).map((m) => m.toLowerCase()));
    expect(marked).toEqual(expect.objectContaining(new Set(['make', 'makes', 'intercession'])));
    for (const word of marked)
      expect(word).toMatch(/^(?:make|makes|making|intercession|intercede|intercedes|intercessions)$/);
    await page.screenshot({ path: `${SHOTS}popup-word-search.png` });

    // Arrows move the active result; Enter opens it; "Back" returns to the results.
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-activedescendant')).toBe('hit-1');
    expect(await hits.nth(1).getAttribute('aria-selected')).toBe('true');
    const second = labels[1]!;
    await box.press('Enter');
    await expect.poll(() => result.locator('h1').textContent()).toBe(second);
    expect(await box.inputValue()).toBe(second);
    await result.getByRole('button', { name: /Results for “make intercession”/ }).click();
    await expect.poll(() => hits.count()).toBeGreaterThanOrEqual(5);

    // The same search shown in the KJV (both indexes were built by the first search): "maketh intercession".
    await page.locator('.words').getByRole('button', { name: 'KJV' }).click();
    await expect.poll(() => page.locator('.hits').textContent(), { timeout: 30_000 }).toContain('maketh');
    await page.close();
  });

  it('finds what the reader means: the four examples of issue #17', async () => {
    const { page, box, hits } = await openPopup();
    const first = hits.first();

    // The KJV's wording finds the verse, shown in the WEB with where the words matched.
    await box.fill('advocate with the Father');
    await expect.poll(() => first.locator('.hit-ref').textContent(), { timeout: 30_000 }).toBe('1 John 2:1');
    expect(await first.textContent()).toContain('Counselor with the Father');
    expect(await first.locator('.hit-note').textContent()).toBe(
      'matched in KJV: “an advocate with the Father”',
    );
    await page.screenshot({ path: `${SHOTS}popup-matched-in-kjv.png` });

    // "the Lord" finds the WEB's "Yahweh".
    await box.fill('the Lord is my shepherd');
    await expect.poll(() => first.locator('.hit-ref').textContent()).toBe('Psalm 23:1');
    expect(await first.textContent()).toContain('Yahweh is my shepherd');

    // "intercede" finds "makes intercession", with Nave's topic above the verses.
    await box.fill('intercede');
    const topic = page.getByRole('region', { name: 'Nave’s Topical Bible: INTERCESSION' });
    await expect.poll(() => topic.count()).toBe(1);
    await expect
      .poll(async () => page.locator('.hit-ref').allTextContents())
      .toEqual(expect.arrayContaining(['Romans 8:34', 'Hebrews 7:25', 'Isaiah 53:12']));
    await page.screenshot({ path: `${SHOTS}popup-topic.png` });

    // A misspelling is corrected, and the words as typed are one click away.
    await box.fill('intersession');
    const correction = page.locator('.correction');
    await expect
      .poll(() => correction.textContent())
      .toBe('Showing results for intercession — search instead for intersession');
    await expect.poll(async () => page.locator('.hit-ref').allTextContents()).toContain('Hebrews 7:25');
    await page.screenshot({ path: `${SHOTS}popup-typo.png` });
    await correction.getByRole('button', { name: 'search instead for intersession' }).click();
    await expect.poll(() => page.locator('.count').textContent()).toBe('No verse has these words.');
    expect(await correction.count()).toBe(0);
    await page.close();
  });

  it('shows 50 results and more on request, and recent lookups under the empty box', async () => {
    const { page, box, hits } = await openPopup();
    await box.fill('grace');
    await expect.poll(() => hits.count(), { timeout: 30_000 }).toBe(50);
    const more = page.getByRole('button', { name: /^Show \d+ more/ });
    await more.click();
    await expect.poll(() => hits.count()).toBeGreaterThan(50);
    await hits.first().click();
    await expect.poll(() => page.locator('section.result h1').count()).toBe(1);
    const opened = await page.locator('section.result h1').textContent();
    await box.fill('');
    const recent = page.getByRole('region', { name: 'Recent lookups' });
    await expect.poll(() => recent.textContent()).toContain(opened!);
    await page.close();

    // A new popup lists them too; the list opens a passage again.
    const again = await openPopup();
    const list = again.page.getByRole('region', { name: 'Recent lookups' });
    await list.getByRole('button', { name: opened! }).click();
    await expect.poll(() => again.result.locator('h1').textContent()).toBe(opened);
    await again.page.close();
  });
});

describe('saved verses', () => {
  it('lists a verse saved from the hover card, then exports, clears and imports the same list', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    await waitForHighlights(page, (n) => n > 10);
    const dialog = await hover(page, '#p2', 'Romans 8:26–27');
    await dialog.locator('[data-verse-text]').waitFor();
    await dialog.getByRole('button', { name: 'Save to my verses' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Saved' }).count()).toBe(1);

    const { page: popup, box, result } = await openPopup();
    await box.fill('john 17');
    await result.getByRole('button', { name: 'Save to my verses' }).click();
    // Saving the same passage twice keeps one item.
    await box.fill('Rom 8:26-27');
    await expect.poll(() => result.getByRole('button', { name: 'Saved' }).count()).toBe(1);
    const list = popup.locator('.saved-list');
    await expect.poll(() => list.locator('li').count()).toBe(2);
    expect(await list.textContent()).toContain('Romans 8:26–27 (WEB)');
    expect(await list.textContent()).toContain('the Spirit himself makes intercession for us');
    const badge = await sync(`chrome.action.getBadgeText({})`);
    expect(badge).toBe('2');

    const backup = await popup.evaluate<{ value: string }>(
      `chrome.runtime.sendMessage({ type: 'exportSaved', format: 'json' })`,
    );
    const before = await listSaved(popup);
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
    const strip = (items: { id?: number }[]) => items.map(({ id: _, ...rest }) => rest);
    expect(strip((await listSaved(popup)).value)).toEqual(strip(before.value));

    await popup
      .locator('input[type=file]')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"nope":1}') });
    await expect.poll(() => popup.getByRole('status').first().textContent()).toContain('Nothing imported');
    expect((await listSaved(popup)).value).toHaveLength(2);
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

  it('applies a change made on the options page to an open tab, and clears the cache but not saved verses', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    const all = await waitForHighlights(page, (n) => n >= 17);
    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('checkbox', { name: /Chapters without a verse/ }).click();
    await waitForHighlights(page, (n) => n === all - 2);
    await options.getByRole('checkbox', { name: /Chapters without a verse/ }).click();
    await waitForHighlights(page, (n) => n === all);

    await options.getByLabel('Hover delay').fill('500');
    await options.getByLabel('Hover delay').press('Tab');
    await expect
      .poll(() => sync(`chrome.storage.sync.get('hoverDelay').then((r) => r.hoverDelay)`))
      .toBe(500);
    const saved = (await listSaved(options)).value.length;
    await options.getByRole('button', { name: 'Clear cache' }).click();
    await expect
      .poll(() => options.getByRole('status').first().textContent())
      .toContain('Saved verses are untouched');
    expect((await listSaved(options)).value).toHaveLength(saved);
    const index = await options.evaluate<{ value: { state: string } }>(
      `chrome.runtime.sendMessage({ type: 'getSearchStatus', translation: 'WEB' })`,
    );
    expect(index.value.state).toBe('absent');
    await options.close();
    await page.close();
  });
});
