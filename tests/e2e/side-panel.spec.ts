/**
 * The side panel ("References on this page") in Chromium, opened as the reader's side panel
 * would be but in a tab of its own, pinned to the page's tab (`sidepanel.html?tab=<id>`): the
 * list in page order, selecting a reference, the filter, by-book order, Save all, and keeping
 * up with a page that changes and a tab that navigates.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { card, waitForHighlights } from './support/card';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtension(), serveFixtures()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The browser's id of `page`'s tab (asked of the active tab, as the extension has no `tabs` permission). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const worker = browser.context.serviceWorkers()[0]!;
  return (await worker.evaluate(`(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id;
  })()`)) as number;
}

/** The panel's lines: the label shown and the text as the page wrote it. */
function lines(panel: Page): Promise<{ label: string; written: string }[]> {
  return panel.$$eval('.panel-ref', (buttons) =>
    buttons.map((b) => ({
      label: b.querySelector('.panel-label')!.textContent!,
      written: b.getAttribute('data-written')!,
    })),
  );
}

async function openPanelFor(page: Page): Promise<Page> {
  const tab = await tabIdOf(page);
  const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tab}`);
  return panel;
}

describe('the side panel', () => {
  it('lists the article’s references in page order, and selecting one scrolls to it and opens its card', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    const underlined = await waitForHighlights(page, (n) => n >= 17);
    const panel = await openPanelFor(page);
    await panel.waitForSelector('.panel-ref');
    await expect.poll(async () => (await lines(panel)).length, { timeout: 10_000 }).toBe(underlined);
    const listed = await lines(panel);
    // Page order: each reference as written is found in the page's text after the one before it.
    const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
    let from = 0;
    for (const { written } of listed) {
      const at = text.indexOf(written.replace(/\s+/g, ' '), from);
      expect(at, `“${written}” after position ${from}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    expect(listed[0]).toEqual({ label: 'Hebrews 7:25', written: 'Hebrews 7:25' });
    expect(listed.map((l) => l.label)).toContain('1 John 2:1');
    // The first words of each passage arrive from the bundled text.
    await expect
      .poll(() => panel.$$eval('.panel-snippet', (s) => s.filter((e) => e.textContent!.length > 10).length))
      .toBe(listed.length);

    // The last reference is below the fold: selecting it scrolls the page and opens its card.
    await page.evaluate(() => window.scrollTo(0, 0));
    const last = listed.at(-1)!;
    await panel.locator('.panel-ref').last().click();
    const dialog = card(page);
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await dialog.locator('h2').textContent()).toContain(last.label);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });

  it('filters, groups by book, and saves all it shows', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    await waitForHighlights(page, (n) => n >= 17);
    const panel = await openPanelFor(page);
    await panel.waitForSelector('.panel-ref');
    await panel.fill('#panel-filter', 'heb');
    await expect
      .poll(async () => (await lines(panel)).every((l) => l.label.startsWith('Hebrews')))
      .toBe(true);
    const hebrews = await lines(panel);
    expect(hebrews.length).toBeGreaterThan(1);
    await panel.getByText('Showing').waitFor();

    await panel.fill('#panel-filter', '');
    await panel.getByLabel('By book').check();
    const books = await panel.$$eval('.panel-book', (h) => h.map((e) => e.textContent));
    // Bible order: Genesis first, Hebrews before 1 John.
    expect(books[0]).toBe('Genesis');
    expect(books.indexOf('Hebrews')).toBeLessThan(books.indexOf('1 John'));
    // Hebrews 7:25 is cited twice: one line, marked so.
    const twice = await panel.$$eval('.panel-ref', (b) =>
      b
        .filter((e) => e.textContent!.includes('2 times'))
        .map((e) => e.querySelector('.panel-label')!.textContent),
    );
    expect(twice).toContain('Hebrews 7:25');

    await panel.fill('#panel-filter', 'romans');
    const romans = await lines(panel);
    await panel.getByRole('button', { name: 'Save all' }).click();
    await panel.getByText(/^Saved \d+ new/).waitFor();
    const saved = (await panel.evaluate(`(async () => {
      const reply = await chrome.runtime.sendMessage({ type: 'listSaved' });
      return reply.value.map((v) => v.osis);
    })()`)) as string[];
    expect(saved.length).toBe(new Set(romans.map((l) => l.label)).size);

    // Copy all: each passage as Copy writes it, a blank line apart, read back from a page.
    await panel.getByRole('button', { name: 'Copy all' }).click();
    await panel.getByText(/^Copied \d+ passages?\.$/).waitFor();
    const origin = new URL(server.url('')).origin;
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await page.bringToFront();
    const pasted = (await page.evaluate(() => navigator.clipboard.readText())).split('\n\n');
    expect(pasted).toHaveLength(romans.length);
    expect(pasted[0]).toMatch(
      /^“8:1 There is therefore now no condemnation.*” — Romans 8:1, 34; 10:9 \(WEB\)$/,
    );
    expect(pasted[1]).toMatch(/^“26 In the same way.*” — Romans 8:26–27 \(WEB\)$/);
    await panel.close();
    await page.close();
  });

  it('keeps up with a page that changes and a tab that goes to another page', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    const before = await waitForHighlights(page, (n) => n >= 17);
    const panel = await openPanelFor(page);
    await expect.poll(async () => (await lines(panel)).length, { timeout: 10_000 }).toBe(before);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Added later: Jude 24 and Zechariah 3:1.';
      document.body.append(p);
    });
    await expect
      .poll(async () => (await lines(panel)).slice(-2).map((l) => l.label), { timeout: 10_000 })
      .toEqual(['Jude 24', 'Zechariah 3:1']);

    // Another page with no reference: the panel says so; back to one with references: listed again.
    await page.goto(server.url('plain.html'));
    await panel.getByText('No references on this page.').waitFor({ timeout: 10_000 });
    await page.goto(server.url('article.html'));
    await expect.poll(async () => (await lines(panel)).length, { timeout: 10_000 }).toBe(before);
    await panel.close();
    await page.close();
  });
});
