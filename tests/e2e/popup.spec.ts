/**
 * The popup, saved verses and settings, in Chromium and Firefox (support/driver.ts). A verse
 * saved from the hover card is saved in Chromium only: the card's closed shadow root is reached
 * through Chromium's DevTools protocol (Firefox saves it from the popup instead).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, EXT, launchDriver, type Driver, type DriverPage } from './support/driver';
import { shown, text, texts } from './support/page-reads';
import { serveFixtures, type FixtureServer } from './support/server';
import { ARTICLE_REFS } from './support/article';
import { hover, waitForHighlights } from './support/card';

let server: FixtureServer;
let dir: string;
const SHOTS = new URL('../../screenshots/', import.meta.url).pathname;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'intercede-popup-'));
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const BOX = '#q';
const HITS = '[role="listbox"] [role="option"]';
/** A message to the background from an extension page, answered as `{ value }`. */
const ask = <T>(page: DriverPage, message: Record<string, unknown>) =>
  page.evaluate<{ value: T }>(`${EXT}.runtime.sendMessage(${JSON.stringify(message)})`);
const listSaved = (page: DriverPage) => ask<{ id?: number; label: string }[]>(page, { type: 'listSaved' });
/** How many references the page's highlight underlines. */
const underlinedCount = (page: DriverPage) =>
  page.evaluate<number>(`CSS.highlights.get('intercede-ref')?.size ?? 0`);
/** The number of elements `selector` matches. */
const count = (page: DriverPage, selector: string) =>
  page.evaluate<number>(`document.querySelectorAll(${JSON.stringify(selector)}).length`);
const attribute = (page: DriverPage, selector: string, name: string) =>
  page.evaluate<string | null>(
    `document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(name)}) ?? null`,
  );

describe.each(BROWSERS)('in %s', (name) => {
  let driver: Driver;
  /** Where a screenshot goes: Chromium's under the names they always had. */
  const shot = (what: string) => `${SHOTS}${what}${name === 'chromium' ? '' : `-${name}`}.png`;

  beforeAll(async () => {
    driver = await launchDriver(name);
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
  });

  /** The popup, at its size. */
  async function openPopup() {
    const popup = await driver.openExtension('popup.html', BOX);
    await popup.setViewport(400, 600);
    return popup;
  }

  describe('popup search', () => {
    it('looks up "heb 7:25" with its text, the translation switch and the notes area', async () => {
      const popup = await openPopup();
      await expect.poll(() => popup.evaluate('document.activeElement?.id')).toBe('q');
      await popup.fill(BOX, 'heb 7:25');
      await expect.poll(() => text(popup, 'section.result')).toContain('to make intercession for them');
      expect(await text(popup, 'section.result h1')).toBe('Hebrews 7:25');
      await expect.poll(() => count(popup, 'section.result .ic-notes')).toBe(1);
      await popup.click({ button: 'KJV', in: 'section.result' });
      await expect
        .poll(() =>
          popup.evaluate(
            `[...document.querySelectorAll('section.result button')].find((b) => b.textContent.trim() === 'KJV')?.getAttribute('aria-pressed')`,
          ),
        )
        .toBe('true');
      await expect
        .poll(() => text(popup, 'section.result'), { timeout: 5000 })
        .toContain('ever liveth to make intercession');
      await popup.close();
    });

    it('searches "make intercession" over both translations: progress, then ranked, marked, keyboard-driven results', async () => {
      const popup = await openPopup();
      await popup.fill(BOX, 'make intercession');
      // The first word search of a translation builds its index, and says so.
      await expect.poll(() => shown(popup)).toContain('Building the word index');
      await expect.poll(() => count(popup, HITS), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);
      expect(await attribute(popup, '.count', 'aria-live')).toBe('polite');
      expect(await text(popup, '.count')).toMatch(/^\d+ verses/);
      const labels = await texts(popup, '.hit-ref');
      // The phrase in either translation comes first (Romans 11:2 is "maketh intercession" in the KJV).
      expect(labels.slice(0, 8)).toEqual(
        expect.arrayContaining(['Hebrews 7:25', 'Romans 8:26', 'Romans 8:27', 'Romans 8:34']),
      );
      // Each word with its family: "make", "makes"; "intercession" and, further down, "intercedes".
      const marked = new Set((await texts(popup, '.hits mark')).map((m) => m.toLowerCase()));
      expect(marked).toEqual(expect.objectContaining(new Set(['make', 'makes', 'intercession'])));
      for (const word of marked)
        expect(word).toMatch(/^(?:make|makes|making|intercession|intercede|intercedes|intercessions)$/);
      await popup.screenshot(shot('popup-word-search'));

      // Arrows move the active result; Enter opens it; "Back" returns to the results.
      await popup.press('ArrowDown');
      await popup.press('ArrowDown');
      expect(await attribute(popup, BOX, 'aria-activedescendant')).toBe('hit-1');
      expect(await attribute(popup, `${HITS}:nth-child(2)`, 'aria-selected')).toBe('true');
      const second = labels[1]!;
      await popup.press('Enter');
      await expect.poll(() => text(popup, 'section.result h1')).toBe(second);
      expect(await popup.value(BOX)).toBe(second);
      await popup.click({ button: /^← Results for “make intercession”/, in: 'section.result' });
      await expect.poll(() => count(popup, HITS)).toBeGreaterThanOrEqual(5);

      // The same search shown in the KJV (both indexes were built by the first search): "maketh intercession".
      await popup.click({ button: 'KJV', in: '.words' });
      await expect.poll(() => text(popup, '.hits'), { timeout: 30_000 }).toContain('maketh');
      await popup.close();
    });

    it('finds what the reader means: the four examples of issue #17', async () => {
      const popup = await openPopup();
      const first = `${HITS}:first-child`;

      // The KJV's wording finds the verse, shown in the WEB with where the words matched.
      await popup.fill(BOX, 'advocate with the Father');
      await expect.poll(() => text(popup, `${first} .hit-ref`), { timeout: 30_000 }).toBe('1 John 2:1');
      expect(await text(popup, first)).toContain('Counselor with the Father');
      expect(await text(popup, `${first} .hit-note`)).toBe('matched in KJV: “an advocate with the Father”');
      await popup.screenshot(shot('popup-matched-in-kjv'));

      // "the Lord" finds the WEB's "Yahweh".
      await popup.fill(BOX, 'the Lord is my shepherd');
      await expect.poll(() => text(popup, `${first} .hit-ref`)).toBe('Psalm 23:1');
      expect(await text(popup, first)).toContain('Yahweh is my shepherd');

      // "intercede" finds "makes intercession", with Nave's topic above the verses.
      await popup.fill(BOX, 'intercede');
      await expect
        .poll(() => count(popup, 'section[aria-label="Nave’s Topical Bible: INTERCESSION"]'))
        .toBe(1);
      await expect
        .poll(() => texts(popup, '.hit-ref'))
        .toEqual(expect.arrayContaining(['Romans 8:34', 'Hebrews 7:25', 'Isaiah 53:12']));
      await popup.screenshot(shot('popup-topic'));

      // A misspelling is corrected, and the words as typed are one click away.
      await popup.fill(BOX, 'intersession');
      await expect
        .poll(() => text(popup, '.correction'))
        .toBe('Showing results for intercession — search instead for intersession');
      await expect.poll(() => texts(popup, '.hit-ref')).toContain('Hebrews 7:25');
      await popup.screenshot(shot('popup-typo'));
      await popup.click({ button: 'search instead for intersession', in: '.correction' });
      await expect.poll(() => text(popup, '.count')).toBe('No verse has these words.');
      expect(await count(popup, '.correction')).toBe(0);
      await popup.close();
    });

    it('shows 50 results and more on request, and recent lookups under the empty box', async () => {
      const popup = await openPopup();
      await popup.fill(BOX, 'grace');
      await expect.poll(() => count(popup, HITS), { timeout: 30_000 }).toBe(50);
      await popup.click({ button: /^Show \d+ more/ });
      await expect.poll(() => count(popup, HITS)).toBeGreaterThan(50);
      await popup.click(HITS);
      await expect.poll(() => count(popup, 'section.result h1')).toBe(1);
      const opened = (await text(popup, 'section.result h1'))!;
      await popup.fill(BOX, '');
      await expect.poll(() => text(popup, 'section[aria-labelledby="recent-h"]')).toContain(opened);
      await popup.close();

      // A new popup lists them too; the list opens a passage again.
      const again = await openPopup();
      await again.click({ button: opened, in: 'section[aria-labelledby="recent-h"]' });
      await expect.poll(() => text(again, 'section.result h1')).toBe(opened);
      await again.close();
    });
  });

  describe('saved verses', () => {
    it('lists the verses saved, then exports, clears and imports the same list', async () => {
      let article: { close(): Promise<void> } | undefined;
      if (driver.chromium) {
        // Saved from the hover card: its closed root is reached through Chromium's DevTools protocol.
        const page = await driver.chromium.context.newPage();
        await page.goto(server.url('article.html'));
        await waitForHighlights(page, (n) => n > 10);
        const dialog = await hover(page, '#p2', 'Romans 8:26–27');
        await dialog.locator('[data-verse-text]').waitFor();
        await dialog.getByRole('button', { name: 'Save to my verses' }).click();
        await expect.poll(() => dialog.getByRole('button', { name: 'Saved' }).count()).toBe(1);
        article = page;
      }
      const popup = await openPopup();
      if (!driver.chromium) {
        await popup.fill(BOX, 'Rom 8:26-27');
        await popup.click({ button: 'Save to my verses', in: 'section.result' });
      }

      await popup.fill(BOX, 'john 17');
      await popup.click({ button: 'Save to my verses', in: 'section.result' });
      // Saving the same passage twice keeps one item.
      await popup.fill(BOX, 'Rom 8:26-27');
      await expect
        .poll(async () => (await texts(popup, 'section.result button')).filter((t) => t.trim() === 'Saved'))
        .toHaveLength(1);
      await expect.poll(() => count(popup, '.saved-list li')).toBe(2);
      expect(await text(popup, '.saved-list')).toContain('Romans 8:26–27 (WEB)');
      expect(await text(popup, '.saved-list')).toContain('the Spirit himself makes intercession for us');
      await expect
        .poll(() => popup.evaluate(`(${EXT}.action ?? ${EXT}.browserAction).getBadgeText({})`))
        .toBe('2');

      const backup = await ask<string>(popup, { type: 'exportSaved', format: 'json' });
      const before = await listSaved(popup);
      for (const item of before.value) await popup.click({ button: `Remove ${item.label}` });
      await expect.poll(() => count(popup, '.saved-list li')).toBe(0);
      const file = join(dir, `backup-${name}.json`);
      writeFileSync(file, backup.value);
      await popup.setFiles('.saved input[type=file]', [file]);
      await expect
        .poll(() => texts(popup, '[role="status"]'))
        .toContainEqual(expect.stringContaining('Imported 2 verses'));
      const strip = (items: { id?: number }[]) => items.map(({ id: _, ...rest }) => rest);
      expect(strip((await listSaved(popup)).value)).toEqual(strip(before.value));

      const bad = join(dir, `bad-${name}.json`);
      writeFileSync(bad, '{"nope":1}');
      await popup.setFiles('.saved input[type=file]', [bad]);
      await expect
        .poll(() => texts(popup, '[role="status"]'))
        .toContainEqual(expect.stringContaining('Nothing imported'));
      expect((await listSaved(popup)).value).toHaveLength(2);
      await popup.close();
      await article?.close();
    });
  });

  describe('settings reach open tabs', () => {
    /** The article in a window tall enough to hold it, so every reference of it is underlined. */
    const wholeArticle = async () => {
      const page = await driver.open(server.url('article.html'));
      await page.setViewport(1200, 2400);
      await expect.poll(() => underlinedCount(page)).toBe(ARTICLE_REFS.length);
      return page;
    };

    it('drops chapter-only references when the setting is turned off, and everything when the site is off', async () => {
      const page = await wholeArticle();
      const all = ARTICLE_REFS.length;
      await driver.setSync({ chapterOnly: false });
      await expect.poll(() => underlinedCount(page)).toBe(all - 2); // "John 17" and "Isaiah 53"
      await driver.setSync({ chapterOnly: true, disabledSites: ['127.0.0.1'] });
      await expect.poll(() => underlinedCount(page)).toBe(0);
      await driver.setSync({ disabledSites: [] });
      await expect.poll(() => underlinedCount(page)).toBe(all);
      await page.close();
    });

    it('applies a change made on the options page to an open tab, and clears the cache but not saved verses', async () => {
      const page = await wholeArticle();
      const all = ARTICLE_REFS.length;
      const options = await driver.openExtension('options.html', 'fieldset');
      await options.click({ label: 'Chapters without a verse' });
      await expect.poll(() => underlinedCount(page)).toBe(all - 2);
      await options.click({ label: 'Chapters without a verse' });
      await expect.poll(() => underlinedCount(page)).toBe(all);

      await options.fill({ label: 'Hover delay' }, '500');
      await options.press('Tab');
      await expect
        .poll(() => options.evaluate(`${EXT}.storage.sync.get('hoverDelay').then((r) => r.hoverDelay)`))
        .toBe(500);
      const saved = (await listSaved(options)).value.length;
      await options.click({ button: 'Clear cache' });
      await expect
        .poll(() => texts(options, '[role="status"]'))
        .toContainEqual(expect.stringContaining('Saved verses are untouched'));
      expect((await listSaved(options)).value).toHaveLength(saved);
      const index = await ask<{ state: string }>(options, { type: 'getSearchStatus', translation: 'WEB' });
      expect(index.value.state).toBe('absent');
      await options.close();
      await page.close();
    });
  });
});
