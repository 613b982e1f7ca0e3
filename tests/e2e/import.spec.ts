/**
 * Any translation the reader brings (#12 §5), in Chromium and Firefox: an OSIS file exported at
 * test time from a Debian SWORD module with mod2osis (never committed) is imported from the
 * options page, listed, found by the popup's word search, replaced and removed; a damaged file
 * says what is wrong and where and stores nothing. Its text in a card is read in Chromium only
 * (the card's closed shadow root, through the DevTools protocol).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, EXT, launchDriver, type Driver } from './support/driver';
import { shown, texts } from './support/page-reads';
import { serveFixtures, type FixtureServer } from './support/server';
import { hover, waitForHighlights } from './support/card';
import { IMPORT_MODULE, moduleOrMissing } from './support/module-osis';

const MODULE = IMPORT_MODULE;
let server: FixtureServer;
let dir: string;
let osisFile: string;
const SHOTS = new URL('../../screenshots/', import.meta.url).pathname;

const { osis: exported, missing } = moduleOrMissing(MODULE);

beforeAll(async () => {
  if (missing) return;
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'intercede-import-'));
  osisFile = join(dir, `${MODULE}.osis.xml`);
  writeFileSync(osisFile, exported!);
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(missing)('importing a translation', () => {
  if (missing) it.skip(missing, () => undefined);

  describe.each(BROWSERS)('in %s', (name) => {
    let driver: Driver;
    /** Where a screenshot goes: Chromium's under the names they always had. */
    const shot = (what: string) => `${SHOTS}${what}${name === 'chromium' ? '' : `-${name}`}.png`;
    const listTranslations = async (options: Awaited<ReturnType<Driver['openExtension']>>) =>
      (
        await options.evaluate<{ value: unknown[] }>(
          `${EXT}.runtime.sendMessage({ type: 'listTranslations' })`,
        )
      ).value;

    beforeAll(async () => {
      driver = await launchDriver(name);
    }, 120_000);
    afterAll(async () => {
      await driver?.close();
    });

    it('says what is wrong with a damaged file, and stores nothing', async () => {
      const options = await driver.openExtension('options.html', 'fieldset');
      const broken = join(dir, 'broken.xml');
      writeFileSync(
        broken,
        '<?xml version="1.0"?>\n<osis><osisText>\n<verse osisID="Gen.1.1">In the beginning\n',
      );
      await options.setFiles({ label: 'Add a translation' }, [broken]);
      await expect
        .poll(() => texts(options, '[role="alert"]'))
        .toContainEqual(expect.stringMatching(/^This file cannot be imported \(line 3\): .*cut short/));
      expect(await listTranslations(options)).toHaveLength(3);
      await options.close();
    });

    it('imports an OSIS file from the options page, lists it, and word search finds its text', async () => {
      const options = await driver.openExtension('options.html', 'fieldset');
      await options.setFiles({ label: 'Add a translation' }, [osisFile]);
      // Read in a worker: the page shows what the file holds, for the reader to check.
      await expect
        .poll(() => shown(options), { timeout: 30_000 })
        .toContain('31,084 verses in 66 of the 66 books.');
      expect(await shown(options)).toMatch(/Verses it lacks, shown as absent: 20/);
      expect(await options.value({ label: 'Name' })).toBe('Reina Valera 1909');
      await options.fill({ label: 'Abbreviation' }, 'RVE');
      await options.fill({ label: 'Copyright line' }, 'Dominio público (prueba)');
      await options.screenshot(shot('import-check'));
      await options.click({ button: 'Import' });
      await expect
        .poll(() => shown(options), { timeout: 30_000 })
        .toMatch(/Reina Valera 1909 \(RVE\) is installed/);
      // The list of installed translations is asked for again once the import says so: wait for it.
      await expect
        .poll(() => texts(options, 'ul.imported li'))
        .toEqual([expect.stringMatching(/^Reina Valera 1909 \(RVE\): 31,084 verses, from OSIS/)]);
      expect(await listTranslations(options)).toHaveLength(4);
      // The reader reads in it: chosen as the default translation.
      await options.select({ label: 'Default translation' }, 'u:RVE');
      await options.close();

      const popup = await driver.openExtension('popup.html', '#q');
      await popup.setViewport(400, 600);
      await popup.fill('#q', 'interceder por ellos');
      // Its index is built on this first search.
      await expect
        .poll(() => texts(popup, '[role="listbox"] [role="option"] .hit-ref'), { timeout: 60_000 })
        .toContain('Hebrews 7:25');
      expect(await texts(popup, '.hits')).toEqual([expect.stringMatching(/interceder/i)]);
      await popup.screenshot(shot('import-word-search'));
      await popup.close();
    });

    // The card's text is in its closed shadow root, read through Chromium's DevTools protocol.
    it.runIf(name === 'chromium')('shows its text in a card on an article', async () => {
      const browser = driver.chromium!;
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
      await page.screenshot({ path: shot('import-card') });
      await page.close();
    });

    it('replaces it after a confirmation, and removes it', async () => {
      const options = await driver.openExtension('options.html', 'fieldset');
      await options.setFiles({ label: 'Add a translation' }, [osisFile]);
      await expect
        .poll(() => shown(options), { timeout: 30_000 })
        .toContain('31,084 verses in 66 of the 66 books.');
      await options.fill({ label: 'Abbreviation' }, 'RVE');
      await options.click({ button: 'Import' });
      await expect
        .poll(() => shown(options))
        .toContain('A translation abbreviated RVE is installed. Replace it with this file?');
      await options.click({ button: 'Replace' });
      await expect.poll(() => shown(options), { timeout: 30_000 }).toMatch(/\(RVE\) is installed/);
      await options.click({ button: 'Remove' });
      await options.click({ button: 'Remove' });
      await expect.poll(() => shown(options)).toContain('Reina Valera 1909 (RVE) was removed.');
      expect(await listTranslations(options)).toHaveLength(3);
      // The setting that named it fell back to a bundled translation.
      await expect.poll(() => options.value({ label: 'Default translation' })).toBe('WEB');
      await options.close();
    });
  });
});
