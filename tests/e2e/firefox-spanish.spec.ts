/**
 * Firefox ESR in Spanish (`intl.locale.requested`, with Debian's Spanish language pack,
 * firefox-esr-l10n-es-es): the popup, the options page and an import error speak Spanish, a
 * browser in Spanish starts in the Reina-Valera, and a Spanish page's references are underlined
 * and open their card. (Chromium's Spanish run is spanish.spec.ts; the card's insides are read
 * there, since Firefox shows a test only the card's closed host.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFixtures, type FixtureServer } from './support/server';
import { installAddon, launchFirefox, openAddonPage, waitForCardOnScreen } from './support/firefox';
import { ARTICULO_REFS } from './support/article';

const UUID = '3b7e4c1a-5d2f-4e8a-9c6b-0f1e2d3c4b5a';
const BASE = `moz-extension://${UUID}/`;
let browser: Browser;
let server: FixtureServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'intercede-ff-es-'));
  server = await serveFixtures();
  browser = await launchFirefox({ uuid: UUID, prefs: { 'intl.locale.requested': 'es-ES' } });
  await installAddon(browser);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Firefox in Spanish', () => {
  it('shows the popup in Spanish and looks a passage up in the Reina-Valera', async () => {
    const page = await browser.newPage();
    await openAddonPage(page, `${BASE}popup.html`, '#q');
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^es(-|$)/);
    await expect.poll(() => page.$eval('#saved-h', (h) => h.textContent)).toBe('Mis versículos (0)');
    await page.type('#q', 'heb 7:25');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('section.result')?.textContent ?? ''))
      .toContain('viviendo siempre para interceder por ellos');
    expect(await page.$eval('section.result h1', (h) => h.textContent)).toBe('Hebreos 7:25');
    await page.close();
  });

  it('says in Spanish what is wrong with a file a reader tries to add', async () => {
    const page = await browser.newPage();
    await openAddonPage(page, `${BASE}options.html`, 'input[type="file"]');
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Configuración de Intercede');
    const broken = join(dir, 'roto.xml');
    writeFileSync(
      broken,
      '<?xml version="1.0"?>\n<osis><osisText>\n<verse osisID="Gen.1.1">En el principio\n',
    );
    const input = (await page.$('input[type="file"]')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(broken);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('[role="alert"]')?.textContent ?? ''), {
        timeout: 20_000,
      })
      .toBe(
        'Este archivo no se puede importar (línea 3): el archivo termina antes de cerrar <verse>: parece cortado. No se guardó nada.',
      );
    await page.close();
  });

  it('underlines a Spanish page’s references and opens a card', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 800 });
    await page.goto(server.url('articulo.html'));
    await page.waitForFunction(() => (CSS.highlights.get('intercede-ref')?.size ?? 0) >= 9, {
      timeout: 15_000,
    });
    const texts = await page.evaluate(() => {
      const out: string[] = [];
      for (const r of CSS.highlights.get('intercede-ref')!) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push(range.toString().replace(/\s+/g, ' '));
      }
      return out.sort();
    });
    expect(texts).toEqual([...ARTICULO_REFS].sort());
    const point = await page.evaluate(() => {
      const text = document.getElementById('p1')!.firstChild as Text;
      const at = text.data.indexOf('Hebreos 7:25');
      const range = document.createRange();
      range.setStart(text, at + 3);
      range.setEnd(text, at + 4);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x - 20, point.y + 30);
    await page.mouse.move(point.x, point.y, { steps: 4 });
    await waitForCardOnScreen(page);
    await page.close();
  });
});
