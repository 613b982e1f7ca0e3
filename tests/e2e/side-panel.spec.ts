/**
 * The side panel ("References on this page") in Chromium and Firefox, opened as the reader's side
 * panel (Chromium) or sidebar (Firefox) would be but in a tab of its own: in Chromium pinned to
 * the page's tab (`sidepanel.html?tab=<id>`, the id asked of its service worker), in Firefox
 * following the active tab of its window. The list in page order, selecting a reference, the
 * filter, by-book order, Save all, and keeping up with a page that changes and a tab that
 * navigates; Copy all read back from the clipboard in Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card } from './support/card';
import { BROWSERS, EXT, launchDriver, type Driver, type DriverPage } from './support/driver';
import { cardOnScreen } from './support/firefox';
import { shown, texts } from './support/page-reads';
import { serveFixtures, type FixtureServer } from './support/server';

let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

/** The panel's lines: the label shown and the text as the page wrote it. */
function lines(panel: DriverPage): Promise<{ label: string; written: string }[]> {
  return panel.evaluate(`[...document.querySelectorAll('.panel-ref')].map((b) => ({
    label: b.querySelector('.panel-label').textContent,
    written: b.getAttribute('data-written'),
  }))`);
}

/**
 * Clicks `selector` in the panel, or types `text` into its filter. Firefox's panel follows the
 * active tab, so it stays behind the article's tab, where puppeteer's input waits seconds for
 * frames a background tab does not draw: there the panel's controls are used by script.
 */
async function use(panel: DriverPage, selector: string, text?: string): Promise<void> {
  if (panel.playwright) {
    if (text === undefined) await panel.click(selector);
    else await panel.fill(selector, text);
    return;
  }
  await panel.waitFor(selector);
  await panel.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (${text === undefined}) return el.click();
    el.value = ${JSON.stringify(text ?? '')};
    el.dispatchEvent(new Event('input', { bubbles: true }));
  })()`);
}

const underlinedCount = (page: DriverPage) =>
  page.evaluate<number>(`CSS.highlights.get('intercede-ref')?.size ?? 0`);

describe.each(BROWSERS)('the side panel, in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launchDriver(name);
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
  });

  /** The article in a tab, its references underlined, and the panel for that tab. */
  async function openArticleAndPanel(): Promise<{ page: DriverPage; panel: DriverPage; underlined: number }> {
    let panel: DriverPage | undefined;
    // Firefox's panel follows the active tab of its window: opened first, it follows the article's.
    if (!driver.chromium) panel = await driver.openExtension('sidepanel.html', '.panel');
    const page = await driver.open(server.url('article.html'));
    await page.bringToFront();
    await expect.poll(() => underlinedCount(page)).toBeGreaterThanOrEqual(17);
    const underlined = await underlinedCount(page);
    if (driver.chromium) {
      // The extension has no `tabs` permission, so tabs carry no address: ask for the active one.
      const tab = await driver.chromium.context.serviceWorkers()[0]!.evaluate(`(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tab.id;
      })()`);
      panel = await driver.openExtension(`sidepanel.html?tab=${tab as number}`, '.panel');
    }
    return { page, panel: panel!, underlined };
  }

  it('lists the article’s references in page order, and selecting one scrolls to it and opens its card', async () => {
    const { page, panel, underlined } = await openArticleAndPanel();
    await expect.poll(async () => (await lines(panel)).length).toBe(underlined);
    const listed = await lines(panel);
    // Page order: each reference as written is found in the page's text after the one before it.
    const text = await page.evaluate<string>(`document.body.innerText.replace(/\\s+/g, ' ')`);
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
      .poll(async () => (await texts(panel, '.panel-snippet')).filter((s) => s.length > 10).length)
      .toBe(listed.length);

    // The last reference is below the fold: selecting it scrolls the page and opens its card.
    await page.evaluate('window.scrollTo(0, 0)');
    const last = listed.at(-1)!;
    await use(panel, '.panel-refs li:last-child .panel-ref');
    if (page.playwright) {
      // Chromium reads the card's closed root through the DevTools protocol.
      const dialog = card(page.playwright);
      await dialog.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await dialog.locator('h2').textContent()).toContain(last.label);
    } else {
      await expect.poll(() => page.evaluate<boolean>(`(${cardOnScreen})()`)).toBe(true);
    }
    expect(await page.evaluate('window.scrollY')).toBeGreaterThan(0);
    await panel.close();
    await page.close();
  });

  it('filters, groups by book, and saves all it shows', async () => {
    const { page, panel } = await openArticleAndPanel();
    await panel.waitFor('.panel-ref');
    await use(panel, '#panel-filter', 'heb');
    await expect
      .poll(async () => (await lines(panel)).every((l) => l.label.startsWith('Hebrews')))
      .toBe(true);
    const hebrews = await lines(panel);
    expect(hebrews.length).toBeGreaterThan(1);
    await expect.poll(() => shown(panel)).toContain('Showing');

    await use(panel, '#panel-filter', '');
    await use(panel, 'input[type="radio"][value="book"]');
    await panel.waitFor('.panel-book');
    const books = await texts(panel, '.panel-book');
    // Bible order: Genesis first, Hebrews before 1 John.
    expect(books[0]).toBe('Genesis');
    expect(books.indexOf('Hebrews')).toBeLessThan(books.indexOf('1 John'));
    // Hebrews 7:25 is cited twice: one line, marked so.
    const twice = await panel.evaluate<string[]>(`[...document.querySelectorAll('.panel-ref')]
      .filter((e) => e.textContent.includes('2 times'))
      .map((e) => e.querySelector('.panel-label').textContent)`);
    expect(twice).toContain('Hebrews 7:25');

    await use(panel, '#panel-filter', 'romans');
    await expect.poll(async () => (await lines(panel)).every((l) => l.label.startsWith('Romans'))).toBe(true);
    const romans = await lines(panel);
    await use(panel, '.panel-actions button:first-child');
    await expect.poll(() => shown(panel)).toMatch(/Saved \d+ new/);
    const saved = await panel.evaluate<{ value: unknown[] }>(
      `${EXT}.runtime.sendMessage({ type: 'listSaved' })`,
    );
    expect(saved.value.length).toBe(new Set(romans.map((l) => l.label)).size);

    // Copy all: each passage as Copy writes it, a blank line apart, read back from a page (in
    // Chromium: Playwright grants the page the clipboard; Firefox would ask the reader).
    if (driver.chromium && page.playwright) {
      await panel.click({ button: 'Copy all' });
      await expect.poll(() => shown(panel)).toMatch(/Copied \d+ passages?\./);
      const origin = new URL(server.url('')).origin;
      await driver.chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await page.bringToFront();
      const pasted = (await page.playwright.evaluate(() => navigator.clipboard.readText())).split('\n\n');
      expect(pasted).toHaveLength(romans.length);
      expect(pasted[0]).toMatch(
        /^“8:1 There is therefore now no condemnation.*” — Romans 8:1, 34; 10:9 \(WEB\)$/,
      );
      expect(pasted[1]).toMatch(/^“26 In the same way.*” — Romans 8:26–27 \(WEB\)$/);
    }
    await panel.close();
    await page.close();
  });

  it('keeps up with a page that changes', async () => {
    const { page, panel, underlined: before } = await openArticleAndPanel();
    await expect.poll(async () => (await lines(panel)).length).toBe(before);
    await page.evaluate(`(() => {
      const p = document.createElement('p');
      p.textContent = 'Added later: Jude 24 and Zechariah 3:1.';
      document.body.append(p);
    })()`);
    await expect
      .poll(async () => (await lines(panel)).slice(-2).map((l) => l.label))
      .toEqual(['Jude 24', 'Zechariah 3:1']);
    await panel.close();
    await page.close();
  });

  it('keeps up with a tab that goes to another page', async () => {
    const { page, panel, underlined: before } = await openArticleAndPanel();
    await expect.poll(async () => (await lines(panel)).length).toBe(before);
    // Another page with no reference: the panel says so; back to one with references: listed again.
    await page.goto(server.url('plain.html'));
    await expect.poll(() => shown(panel)).toContain('No references on this page.');
    await page.goto(server.url('article.html'));
    await expect.poll(async () => (await lines(panel)).length).toBe(before);
    await panel.close();
    await page.close();
  });
});
