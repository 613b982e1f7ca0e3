/**
 * An imported translation where a page names it (#12 §3 and §5), in Chromium: with the WEB as
 * the reader's translation, a reference followed by the imported abbreviation ("Heb 7:25 (RVE)")
 * is underlined with it and opens in it; the card's switch offers it on every card; once it is
 * removed, the open page follows without a reload. The translation is the Reina-Valera exported
 * at test time from its Debian module by mod2osis (never committed).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { highlightedTexts, hover, waitForHighlights } from './support/card';
import { IMPORT_MODULE, moduleOrMissing } from './support/module-osis';

const MODULE = IMPORT_MODULE;
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Named</title></head><body>
<p id="named">The writer quotes Heb 7:25 (RVE) in Spanish.</p>
<p id="plain">Elsewhere Rom 8:34 stands alone, and John 3:16 ESV names one we lack.</p>
</body></html>`;

let browser: ExtensionBrowser;
let server: FixtureServer;
let dir: string;

const { osis: exported, missing } = moduleOrMissing(MODULE);

beforeAll(async () => {
  if (missing) return;
  dir = mkdtempSync(join(tmpdir(), 'intercede-named-'));
  writeFileSync(join(dir, 'rv.osis.xml'), exported!);
  [browser, server] = await Promise.all([launchExtension(), serveFixtures({ 'named.html': PAGE })]);
  const options = await browser.openExtensionPage('options.html');
  await options.getByLabel('Add a translation').setInputFiles(join(dir, 'rv.osis.xml'));
  await options.getByLabel('Abbreviation', { exact: false }).fill('RVE', { timeout: 30_000 });
  await options.getByRole('button', { name: 'Import' }).click();
  await options.getByText(/\(RVE\) is installed/).waitFor({ timeout: 30_000 });
  await options.close();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(missing)('an imported translation named by the page', () => {
  if (missing) it.skip(missing, () => undefined);

  it('opens in it when the page names it, offers it on every card, and follows its removal', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('named.html'));
    await waitForHighlights(page, (n) => n === 3);
    expect((await highlightedTexts(page)).sort()).toEqual(['Heb 7:25 (RVE)', 'John 3:16 ESV', 'Rom 8:34']);

    const named = await hover(page, '#named', 'Heb 7:25');
    await named.settled();
    expect(await named.getAttribute('aria-label')).toBe('Hebrews 7:25 (RVE)');
    expect(await named.locator('[data-verse-text]').textContent()).toMatch(/interceder por ellos/);
    expect(await named.getByRole('button', { name: 'RVE' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await named.waitFor({ state: 'hidden' });

    // A card in the reader's WEB offers the imported translation in its switch too.
    const plain = await hover(page, '#plain', 'Rom 8:34');
    await plain.settled();
    expect(await plain.getAttribute('aria-label')).toBe('Romans 8:34 (WEB)');
    const switchLabels = await plain.locator('.ic-switch-btn').allTextContents();
    expect(switchLabels).toEqual(['WEB', 'KJV', 'RV1909', 'RVE']);
    await page.mouse.move(5, 5);
    await plain.waitFor({ state: 'hidden' });

    // Removed on the options page: the open page reads "(RVE)" no more, and opens the WEB.
    const options = await browser.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Remove' }).click();
    await options.getByRole('button', { name: 'Remove' }).click();
    await options.getByText(/\(RVE\) was removed/).waitFor();
    await options.close();
    await page.bringToFront();
    await expect
      .poll(() => highlightedTexts(page).then((texts) => texts.sort()))
      .toEqual(['Heb 7:25', 'John 3:16 ESV', 'Rom 8:34']);
    const after = await hover(page, '#named', 'Heb 7:25');
    await after.settled();
    expect(await after.getAttribute('aria-label')).toBe('Hebrews 7:25 (WEB)');
    expect(await after.locator('.ic-switch-btn').allTextContents()).toEqual(['WEB', 'KJV', 'RV1909']);
    await page.close();
  });
});
