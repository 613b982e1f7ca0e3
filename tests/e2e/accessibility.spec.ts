/**
 * axe-core's WCAG 2.1 A and AA rules over what a reader sees, in light and in dark, in Chromium
 * and Firefox: the popup with a passage and its notes, with a second translation, and with word
 * results, the side panel, the options, about and first-run pages. The card on a page is checked
 * in Chromium: it lives in a closed shadow root that axe cannot enter and that only Chromium's
 * DevTools protocol reads, so its markup and stylesheet are copied, as rendered, into an open
 * shadow root on a page of the same colours.
 */
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card, hover, waitForHighlights } from './support/card';
import { closedRootOf } from './support/closed-card';
import { BROWSERS, launchDriver, type Driver, type DriverPage } from './support/driver';
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

/**
 * The rules broken on `page`, each with the elements that break it. axe's source is evaluated as
 * the driver's own script (an extension page's CSP would refuse it from the page).
 */
async function violations(page: Pick<DriverPage, 'evaluate'>): Promise<string[]> {
  if (!(await page.evaluate<boolean>(`typeof window.axe === 'object'`))) await page.evaluate(axe.source);
  return page.evaluate<string[]>(`axe
    .run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG)} } })
    .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`);
}

/** Waits until an extension page has loaded and drawn what it loaded. */
async function settled(page: DriverPage): Promise<void> {
  await expect.poll(() => page.evaluate(`document.readyState`)).toBe('complete');
  await page.evaluate(
    `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`,
  );
}

describe.each(BROWSERS)('accessibility in %s', (name) => {
  describe.each(['light', 'dark'] as const)('in %s', (scheme) => {
    let driver: Driver;
    beforeAll(async () => {
      driver = await launchDriver(name, { colorScheme: scheme });
    }, 120_000);
    afterAll(async () => {
      await driver?.close();
    });
    /** The card's markup is read from its closed root through Chromium's DevTools protocol. */
    const inChromium = it.runIf(name === 'chromium');

    /** axe over the card opened on `text` in the article, copied into an open shadow root. */
    async function cardViolations(text: string): Promise<string[]> {
      const browser = driver.chromium!;
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

    inChromium('the card breaks no WCAG 2.1 AA rule', async () => {
      expect(await cardViolations('Hebrews 7:25')).toEqual([]);
    });

    inChromium('the card with a second translation (Spanish) breaks none', async () => {
      await driver.setSync({ secondTranslation: 'RV1909' });
      try {
        expect(await cardViolations('Heb 4:14–16')).toEqual([]);
      } finally {
        await driver.setSync({ secondTranslation: 'none' });
      }
    });

    it('the popup with a second translation (Spanish) breaks none, at its width and in a wide tab', async () => {
      await driver.setSync({ secondTranslation: 'RV1909' });
      try {
        const popup = await driver.openExtension('popup.html', '#q');
        await popup.setViewport(400, 600);
        await popup.fill('#q', 'heb 4:14-16');
        await popup.waitFor('section.result .ic-row');
        expect(await violations(popup)).toEqual([]);
        // A tab as wide as a window: two columns under the translations' names.
        await popup.setViewport(1100, 700);
        await expect
          .poll(() => popup.evaluate(`document.querySelector('section.result .ic-heads')?.checkVisibility()`))
          .toBe(true);
        expect(await violations(popup)).toEqual([]);
        await popup.close();
      } finally {
        await driver.setSync({ secondTranslation: 'none' });
      }
    });

    it('the popup, with a passage and its notes and with word results, breaks none', async () => {
      const popup = await driver.openExtension('popup.html', '#q');
      await popup.setViewport(400, 600);
      await popup.fill('#q', 'heb 7:25');
      await popup.waitFor('section.result .ic-notes');
      expect(await violations(popup)).toEqual([]);
      await popup.fill('#q', 'advocate with the Father');
      await expect
        .poll(() => popup.evaluate(`document.querySelectorAll('[role="listbox"] [role="option"]').length`), {
          timeout: 60_000,
        })
        .toBeGreaterThan(0);
      expect(await violations(popup)).toEqual([]);
      await popup.close();
    });

    it('the side panel, listing the article’s references by book, breaks none', async () => {
      // The panel's page in a tab of the window follows the active tab, as the side panel does.
      const panel = await driver.openExtension('sidepanel.html', '.panel');
      await panel.setViewport(360, 700);
      const page = await driver.open(server.url('article.html'));
      await page.bringToFront();
      await panel.waitFor('.panel-snippet');
      expect(await violations(panel)).toEqual([]);
      // Firefox's panel stays behind the article's tab, where puppeteer's input waits seconds for
      // frames a background tab does not draw: there the radio is clicked by script.
      if (panel.playwright) await panel.click({ label: 'By book' });
      else await panel.evaluate(`document.querySelector('input[type="radio"][value="book"]').click()`);
      await panel.waitFor('.panel-book');
      expect(await violations(panel)).toEqual([]);
      await panel.close();
      await page.close();
    });

    it.each(['options.html', 'about.html', 'welcome.html'])('%s breaks none', async (path) => {
      const page = await driver.openExtension(path, 'h1');
      await settled(page);
      expect(await violations(page)).toEqual([]);
      await page.close();
    });
  });
});
