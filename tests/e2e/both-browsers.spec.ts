/**
 * What Intercede does in Chromium and in Firefox alike, run in both (support/driver.ts): the
 * references it underlines and keeps up with, a site turned off, the popup's lookup and saving,
 * a setting made on the options page, the side panel following the tab. The card's insides are
 * read only in Chromium (its closed shadow root, through the DevTools protocol: page.spec.ts and
 * others); the Firefox specs check the card is drawn on the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_REFS } from './support/article';
import { BROWSERS, launchDriver, type Driver, type DriverPage } from './support/driver';
import { cardOnScreen } from './support/firefox';
import { serveFixtures, type FixtureServer } from './support/server';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(async () => {
  await server?.close();
});

/** The texts the page's highlight underlines (in the page's own world: CSS.highlights). */
const UNDERLINED = `(() => {
  const texts = [];
  const highlight = CSS.highlights.get('intercede-ref');
  if (!highlight) return texts;
  for (const r of highlight) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    texts.push(range.toString().replace(/\\s+/g, ' '));
  }
  return texts;
})()`;
const underlined = (page: DriverPage) => page.evaluate<string[]>(UNDERLINED);
const text = (page: DriverPage, selector: string) =>
  page.evaluate<string | null>(`document.querySelector(${JSON.stringify(selector)})?.textContent ?? null`);
/** Clicks the first button whose text is `label` (both engines' selectors differ on text). */
const press = (page: DriverPage, label: string) =>
  page.evaluate(
    `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(label)}).click()`,
  );

describe.each(BROWSERS)('in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launchDriver(name);
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
  });

  it('underlines every reference of the article and nothing else, and one added later', async () => {
    const page = await driver.open(server.url('article.html'));
    await expect.poll(async () => (await underlined(page)).length).toBe(ARTICLE_REFS.length);
    expect((await underlined(page)).sort()).toEqual([...ARTICLE_REFS].sort());
    await page.evaluate(`document.body.insertAdjacentHTML('beforeend', '<p>Added later: Jude 24.</p>')`);
    await expect.poll(async () => (await underlined(page)).length).toBe(ARTICLE_REFS.length + 1);
    expect(await underlined(page)).toContain('Jude 24');
    await page.close();
  });

  it('opened its first-run page when it was installed', async () => {
    await expect.poll(() => driver.tabUrls()).toContainEqual(expect.stringMatching(/\/welcome\.html$/));
  });

  it('draws the card over the page when the pointer rests on a reference', async () => {
    const page = await driver.open(server.url('article.html'));
    await expect.poll(async () => (await underlined(page)).length).toBe(ARTICLE_REFS.length);
    const point = await page.evaluate<{ x: number; y: number }>(`(() => {
      const text = document.getElementById('p1').firstChild;
      const at = text.data.indexOf('Hebrews 7:25');
      const range = document.createRange();
      range.setStart(text, at + 3);
      range.setEnd(text, at + 4);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    })()`);
    await page.movePointer(point.x - 30, point.y + 40);
    await page.movePointer(point.x, point.y);
    // The card's root is closed: the page sees its host, drawn on top where the card is.
    await expect.poll(() => page.evaluate<boolean>(`(${cardOnScreen})()`)).toBe(true);
    await page.close();
  });

  it('searches words over every translation in the popup', async () => {
    const popup = await driver.openExtension('popup.html', '#q');
    await popup.fill('#q', 'advocate with the Father');
    // The first search builds each translation's word index (a few seconds).
    await expect
      .poll(() => text(popup, '[role="listbox"] [role="option"] .hit-ref'), { timeout: 60_000 })
      .toBe('1 John 2:1');
    await popup.close();
  });

  it('underlines nothing on a site the reader turned off', async () => {
    await driver.setSync({ disabledSites: ['127.0.0.1'] });
    const page = await driver.open(server.url('article.html'));
    // Given the time the article takes to be underlined when on, nothing comes.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await underlined(page)).toEqual([]);
    await driver.setSync({ disabledSites: [] });
    await expect.poll(async () => (await underlined(page)).length).toBe(ARTICLE_REFS.length);
    await page.close();
  });

  it('looks up a passage in the popup and saves it to My verses', async () => {
    const popup = await driver.openExtension('popup.html', '#q');
    await popup.fill('#q', 'heb 7:25');
    await popup.waitFor('section.result [data-verse-text]');
    expect(await text(popup, 'section.result h1')).toBe('Hebrews 7:25');
    await expect.poll(() => text(popup, 'section.result')).toContain('to make intercession for them');
    await expect.poll(() => text(popup, '#saved-h')).toBe('My verses (0)');
    await press(popup, 'Save to my verses');
    await expect.poll(() => text(popup, '#saved-h')).toBe('My verses (1)');
    await popup.close();
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
