/**
 * Any translation the reader brings (#12 §5) in Chromium: an OSIS file exported at test time
 * from a Debian SWORD module with mod2osis (never committed) is imported from the options page,
 * then read in a card on an article and found by the popup's word search; a damaged file says
 * what is wrong and where and stores nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { hover, waitForHighlights } from './support/card';

const MODULE = 'spaRV1909eb';
let browser: ExtensionBrowser;
let server: FixtureServer;
let dir: string;
let osisFile: string;
const SHOTS = new URL('../../screenshots/', import.meta.url).pathname;

/** The module exported as one OSIS document, or undefined without mod2osis or the module. */
const exported = (() => {
  try {
    // mod2osis prints a notice on stderr on every run; only the document is wanted.
    return execFileSync('mod2osis', [MODULE], {
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
})();
const missing = exported
  ? undefined
  : `mod2osis or the ${MODULE} module is missing: apt-get install libsword-utils sword-text-sparv`;

beforeAll(async () => {
  if (missing) return;
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'intercede-import-'));
  osisFile = join(dir, `${MODULE}.osis.xml`);
  writeFileSync(osisFile, exported!);
  [browser, server] = await Promise.all([launchExtension(), serveFixtures()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(missing)('importing a translation', () => {
  if (missing) it.skip(missing, () => undefined);

  it('says what is wrong with a damaged file, and stores nothing', async () => {
    const options = await browser.openExtensionPage('options.html');
    const broken = join(dir, 'broken.xml');
    writeFileSync(
      broken,
      '<?xml version="1.0"?>\n<osis><osisText>\n<verse osisID="Gen.1.1">In the beginning\n',
    );
    await options.getByLabel('Add a translation').setInputFiles(broken);
    const alert = options.getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/^This file cannot be imported \(line 3\): .*cut short/);
    const list = await options.evaluate(`chrome.runtime.sendMessage({ type: 'listTranslations' })`);
    expect((list as { value: unknown[] }).value).toHaveLength(3);
    await options.close();
  });

  it('imports an OSIS file from the options page; its text shows in a card and in word search', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.getByLabel('Add a translation').setInputFiles(osisFile);
    // Read in a worker: the page shows what the file holds, for the reader to check.
    await options.getByText('31,084 verses in 66 of the 66 books.').waitFor({ timeout: 30_000 });
    expect(await options.getByText(/Verses it lacks, shown as absent: 20/).count()).toBe(1);
    expect(await options.getByLabel('Name', { exact: true }).inputValue()).toBe('Reina Valera 1909');
    await options.getByLabel('Abbreviation', { exact: false }).fill('RVE');
    await options.getByLabel(/Copyright line/).fill('Dominio público (prueba)');
    await options.screenshot({ path: `${SHOTS}import-check.png`, fullPage: true });
    await options.getByRole('button', { name: 'Import' }).click();
    await options.getByText(/Reina Valera 1909 \(RVE\) is installed/).waitFor({ timeout: 30_000 });
    // The list of installed translations is asked for again once the import says so: wait for it.
    await expect
      .poll(() => options.getByText('Reina Valera 1909 (RVE): 31,084 verses, from OSIS').count())
      .toBe(1);
    // The reader reads in it: chosen as the default translation.
    await options.getByRole('combobox', { name: /Default translation/ }).selectOption('u:RVE');
    await options.close();

    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    await waitForHighlights(page, (n) => n >= 17);
    const dialog = await hover(page, '#p1', 'Hebrews 7:25');
    await dialog.settled();
    expect(await dialog.getAttribute('aria-label')).toBe('Hebrews 7:25 (RVE)');
    const text = dialog.locator('[data-verse-text]');
    expect(await text.textContent()).toMatch(/viviendo siempre para interceder por ellos/);
    expect(await text.getAttribute('lang')).toBe('es');
    expect(await dialog.locator('[data-copyright]').textContent()).toBe('Dominio público (prueba)');
    expect(await dialog.getByRole('button', { name: 'RVE' }).getAttribute('aria-pressed')).toBe('true');
    await page.screenshot({ path: `${SHOTS}import-card.png` });
    await page.close();

    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup
      .getByRole('combobox', { name: 'Search the Bible or look up a passage' })
      .fill('interceder por ellos');
    const hits = popup.getByRole('listbox', { name: 'Verses found' }).getByRole('option');
    // Its index is built on this first search.
    await expect.poll(() => hits.count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(1);
    expect(await popup.locator('.hit-ref').allTextContents()).toContain('Hebrews 7:25');
    expect(await popup.locator('.hits').textContent()).toMatch(/interceder/i);
    await popup.screenshot({ path: `${SHOTS}import-word-search.png` });
    await popup.close();
  });

  it('replaces it after a confirmation, and removes it', async () => {
    const options = await browser.openExtensionPage('options.html');
    await options.getByLabel('Add a translation').setInputFiles(osisFile);
    await options.getByLabel('Abbreviation', { exact: false }).fill('RVE', { timeout: 30_000 });
    await options.getByRole('button', { name: 'Import' }).click();
    await options
      .getByText('A translation abbreviated RVE is installed. Replace it with this file?')
      .waitFor();
    await options.getByRole('button', { name: 'Replace' }).click();
    await options.getByText(/\(RVE\) is installed/).waitFor({ timeout: 30_000 });
    await options.getByRole('button', { name: 'Remove' }).click();
    await options.getByRole('button', { name: 'Remove' }).click();
    await options.getByText('Reina Valera 1909 (RVE) was removed.').waitFor();
    // The setting that named it fell back to a bundled translation.
    await expect
      .poll(() => options.getByRole('combobox', { name: /Default translation/ }).inputValue())
      .toBe('WEB');
    await options.close();
  });
});
