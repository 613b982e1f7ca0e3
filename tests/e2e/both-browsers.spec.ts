/**
 * In Chromium and Firefox (support/driver.ts), what no other spec covers: the first-run page
 * opened at install, a theme set on the options page reaching the popup, and the side panel
 * following the tab. The pages, the popup, importing and the hostile page's synthetic input run
 * in both browsers in their own specs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_REFS } from './support/article';
import { BROWSERS, launchDriver, type Driver } from './support/driver';
import { serveFixtures, type FixtureServer } from './support/server';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launchDriver(name);
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
  });

  it('opened its first-run page when it was installed', async () => {
    await expect.poll(() => driver.tabUrls()).toContainEqual(expect.stringMatching(/\/welcome\.html$/));
  });

  it('applies a theme chosen on the options page to the popup', async () => {
    const options = await driver.openExtension('options.html', 'fieldset');
    await options.evaluate(`(() => {
      const select = [...document.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'dark'));
      select.value = 'dark';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    const popup = await driver.openExtension('popup.html', '#q');
    await expect
      .poll(() => popup.evaluate<string | undefined>('document.documentElement.dataset.theme'))
      .toBe('dark');
    await driver.setSync({ theme: 'auto' });
    await expect
      .poll(() => popup.evaluate<string | undefined>('document.documentElement.dataset.theme'))
      .toBeUndefined();
    await Promise.all([popup.close(), options.close()]);
  });

  it('lists the article’s references in the side panel, following the tab the reader opens', async () => {
    // The panel's page in a tab of the window, as the side panel or sidebar holds it: it follows
    // the active tab of its window.
    const panel = await driver.openExtension('sidepanel.html', '.panel');
    const page = await driver.open(server.url('article.html'));
    await page.bringToFront();
    await expect
      .poll(() => panel.evaluate<number>(`document.querySelectorAll('.panel-ref').length`))
      .toBe(ARTICLE_REFS.length);
    const written = await panel.evaluate<string[]>(
      `[...document.querySelectorAll('.panel-ref')].map((b) => b.dataset.written)`,
    );
    // In page order: each as written, after the one before it in the page's text.
    const body = await page.evaluate<string>(`document.body.innerText.replace(/\\s+/g, ' ')`);
    let from = 0;
    for (const w of written) {
      const at = body.indexOf(w.replace(/\s+/g, ' '), from);
      expect(at, `“${w}” after ${from}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    await Promise.all([panel.close(), page.close()]);
  });
});
