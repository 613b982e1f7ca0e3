/**
 * The commentary in the card, in Chromium (its closed root, read through the DevTools protocol):
 * the note for a hovered passage, and its references; the about page naming the sources, in
 * Chromium and Firefox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/chromium';
import { BROWSERS, launchDriver, type Driver } from './support/driver';
import { shown } from './support/page-reads';
import { serveFixtures, type FixtureServer } from './support/server';
import { hover, waitForHighlights } from './support/card';

const SHOTS = new URL('../../screenshots/', import.meta.url).pathname;

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

describe.each(BROWSERS)('commentary, in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launchDriver(name);
    if (driver.chromium) browser = driver.chromium;
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
  });
  /** The card's notes are in its closed root, read through Chromium's DevTools protocol. */
  const inChromium = it.runIf(name === 'chromium');

  inChromium('shows the note on Hebrews 7:25 when it is hovered', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    await waitForHighlights(page, (n) => n > 10);
    const dialog = await hover(page, '#p1', 'Hebrews 7:25');
    const notes = dialog.locator('section[aria-label="Intercession notes"]');
    await notes.waitFor();
    expect(await notes.locator('h3').first().textContent()).toBe('He always lives to make intercession');
    expect(await notes.textContent()).toContain('Hebrews 7:23–25');
    await page.close();
  });

  inChromium(
    'shows the note on Abraham’s plea when Gen 18:22-33 is hovered, with hoverable references',
    async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url('article.html'));
      await waitForHighlights(page, (n) => n > 10);
      const dialog = await hover(page, '#p4', 'Gen 18:22-33');
      const notes = dialog.locator('section[aria-label="Intercession notes"]');
      await notes.waitFor();
      expect(await notes.locator('h3').first().textContent()).toBe('Abraham pleads for Sodom');
      // References inside the note are buttons that open that passage.
      expect(await notes.locator('button.ic-ref').count()).toBeGreaterThan(0);
      await page.close();
    },
  );

  inChromium('offers Nave’s topics for a passage no note covers', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    await waitForHighlights(page, (n) => n > 10);
    const dialog = await hover(page, '#p4', 'Acts 2.38');
    const topics = dialog.locator('section[aria-label="Related topics"]');
    await topics.waitFor({ timeout: 15_000 });
    expect(await topics.locator('li').count()).toBeGreaterThan(0);
    expect(await topics.textContent()).toContain('›');
    await page.close();
  });

  it('has an about page naming the sources and the notes’ authorship', async () => {
    const about = await driver.openExtension('about.html', 'main ul[aria-label="Notes by theme"]');
    const text = await shown(about);
    expect(text).toContain('World English Bible');
    expect(text).toContain('King James Version');
    expect(text).toContain('Nave’s Topical Bible');
    expect(text).toMatch(/SWORD module engWEB2015eb version \S+, Debian package sword-text-web/);
    expect(text).toContain('© the Intercede authors');
    expect(text).toMatch(/\d+ notes in all/);
    await about.close();
  });

  // The colour scheme is emulated through Playwright's Chromium-only emulateMedia.
  it.runIf(name === 'chromium').each(['light', 'dark'] as const)(
    'shows the about page in %s, and saves a screenshot',
    async (scheme) => {
      const about = await browser.context.newPage();
      await about.emulateMedia({ colorScheme: scheme });
      await about.setViewportSize({ width: 800, height: 900 });
      await about.goto(`chrome-extension://${browser.extensionId}/about.html`);
      await about.getByRole('list', { name: 'Notes by theme' }).waitFor();
      const background = await about.evaluate(() => getComputedStyle(document.body).backgroundColor);
      // The palette's page colours: #fffdf8 in light, #1d2029 in dark.
      expect(background).toBe(scheme === 'light' ? 'rgb(255, 253, 248)' : 'rgb(29, 32, 41)');
      await about.screenshot({ path: `${SHOTS}about-${scheme}.png`, fullPage: true });
      await about.close();
    },
  );
});
