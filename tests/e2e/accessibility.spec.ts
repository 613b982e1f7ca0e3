/**
 * axe-core's WCAG 2.1 A and AA rules over what a reader sees, in light and in dark: the card on
 * a page, the popup with a passage and its notes, the popup's word results, the side panel, the
 * options page and the about page. The card lives in a closed shadow root that axe cannot enter, so its markup and
 * stylesheet are copied, as rendered, into an open shadow root on a page of the same colours.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, hover, waitForHighlights } from './support/card';
import { closedRootOf } from './support/closed-card';
import { launchExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const PAPER = { light: '', dark: 'body { background: #16181d; color: #e6e3dc; }' };

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

/** The rules broken on `page`, each with the elements that break it. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.each(['light', 'dark'] as const)('accessibility in %s', (scheme) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchExtension({ colorScheme: scheme });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** axe over the card opened on `text` in the article, copied into an open shadow root. */
  async function cardViolations(text: string): Promise<string[]> {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    if (PAPER[scheme]) await page.addStyleTag({ content: PAPER[scheme] });
    await waitForHighlights(page, (n) => n > 0);
    await hover(page, '#p1', text);
    await card(page).settled();
    const cdp = await page.context().newCDPSession(page);
    const root = await closedRootOf(cdp, `document.querySelector('intercede-card')`);
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: root!,
      functionDeclaration: 'function () { return this.innerHTML; }',
      returnByValue: true,
    });
    const markup = result.value as string;
    expect(markup).toContain('role="dialog"');
    const copy = await browser.context.newPage();
    await copy.setContent(`<!doctype html><html lang="en"><title>card</title><style>${PAPER[scheme]}</style>
      <main><div id="host"></div></main>`);
    await copy.evaluate((html) => {
      document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = html;
    }, markup);
    const found = await violations(copy);
    await copy.close();
    await page.close();
    return found;
  }

  it('the card breaks no WCAG 2.1 AA rule', async () => {
    expect(await cardViolations('Hebrews 7:25')).toEqual([]);
  });

  it('the card and the popup with a second translation (Spanish) break none', async () => {
    const worker = browser.context.serviceWorkers()[0]!;
    await worker.evaluate(`chrome.storage.sync.set({ secondTranslation: 'RV1909' })`);
    try {
      expect(await cardViolations('Heb 4:14–16')).toEqual([]);
      const popup = await browser.openExtensionPage('popup.html');
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.locator('#q').fill('heb 4:14-16');
      await popup.locator('section.result .ic-row').first().waitFor();
      expect(await violations(popup)).toEqual([]);
      // A tab as wide as a window: two columns under the translations' names.
      await popup.setViewportSize({ width: 1100, height: 700 });
      await popup.locator('section.result .ic-heads').waitFor();
      expect(await violations(popup)).toEqual([]);
      await popup.close();
    } finally {
      await worker.evaluate(`chrome.storage.sync.remove('secondTranslation')`);
    }
  });

  it('the popup, with a passage and its notes and with word results, breaks none', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('#q').fill('heb 7:25');
    await popup.locator('section.result .ic-notes').waitFor();
    expect(await violations(popup)).toEqual([]);
    await popup.locator('#q').fill('advocate with the Father');
    await popup.getByRole('listbox').getByRole('option').first().waitFor({ timeout: 60_000 });
    expect(await violations(popup)).toEqual([]);
    await popup.close();
  });

  it('the side panel, listing the article’s references by book, breaks none', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    await waitForHighlights(page, (n) => n > 0);
    const worker = browser.context.serviceWorkers()[0]!;
    const tab = (await worker.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab.id;
    })()`)) as number;
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tab}`);
    await panel.setViewportSize({ width: 360, height: 700 });
    await panel.locator('.panel-snippet').first().waitFor();
    expect(await violations(panel)).toEqual([]);
    await panel.getByLabel('By book').check();
    await panel.locator('.panel-book').first().waitFor();
    expect(await violations(panel)).toEqual([]);
    await panel.close();
    await page.close();
  });

  it.each(['options.html', 'about.html', 'welcome.html'])('%s breaks none', async (path) => {
    const page = await browser.openExtensionPage(path);
    await page.locator('h1').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
    await page.close();
  });
});
