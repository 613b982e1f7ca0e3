/**
 * Chromium started in Spanish (`--lang=es`) shows Intercede in Spanish: the popup, the options
 * page, the card on a page, and the manifest's description, with passages labelled in Spanish
 * ("Hebreos 7:25"); the Bible text stays as it is. (Chromium on Linux takes its UI language from this switch, not from LANGUAGE.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { highlightedTexts, hover, waitForHighlights } from './support/card';
import { ARTICULO_REFS } from './support/article';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchExtension({ args: ['--lang=es'] }), serveFixtures()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Intercede in a Spanish browser', () => {
  it('shows the popup in Spanish, looking up a passage and saving it', async () => {
    const page = await browser.openExtensionPage('popup.html');
    const box = page.getByRole('combobox', { name: 'Buscar en la Biblia o abrir un pasaje' });
    await box.waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect.poll(() => page.locator('#saved-h').textContent()).toBe('Mis versículos (0)');
    await box.fill('heb 7:25');
    const result = page.locator('section.result');
    // The Reina-Valera: a browser in Spanish starts in it until the reader picks another.
    await expect.poll(() => result.textContent()).toContain('viviendo siempre para interceder por ellos');
    expect(await result.locator('h1').textContent()).toBe('Hebreos 7:25');
    await result.getByRole('button', { name: 'Guardar en Mis versículos' }).click();
    await expect.poll(() => page.locator('#saved-h').textContent()).toBe('Mis versículos (1)');
    expect(await result.getByRole('button', { name: 'Guardado' }).getAttribute('aria-pressed')).toBe('true');
    // The date a verse was saved, the Spanish way ("30 nov 2026").
    // (Written a frame after the list: components/after-paint.ts.)
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('es', { dateStyle: 'medium' }).format(new Date()),
    );
    await expect.poll(() => page.locator('.saved-list time').textContent()).toBe(today);
    await page.close();
  });

  it('opens the card on a page with its actions in Spanish', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('article.html'));
    await waitForHighlights(page, (n) => n > 0);
    const dialog = await hover(page, '#p1', 'Hebrews 7:25');
    expect(await dialog.getAttribute('aria-label')).toBe('Hebreos 7:25 (RV1909)');
    expect(await dialog.getAttribute('lang')).toBe('es');
    for (const name of ['Copiar', 'Abrir', 'Cerrar'])
      expect(await dialog.getByRole('button', { name }).count()).toBe(1);
    // Copy writes the reference as the interface does.
    await dialog.locator('[data-verse-text]').waitFor();
    await dialog.getByRole('button', { name: 'Copiar' }).click();
    await expect.poll(() => dialog.locator('[role="status"]').textContent()).toBe('Copiado');
    await browser.context.grantPermissions(['clipboard-read'], { origin: new URL(server.url('')).origin });
    await page.bringToFront();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^“.*interceder por ellos\.?” — Hebreos 7:25 \(RV1909\)$/);
    await page.close();
  });

  it('finds the references of a Spanish page and opens them in the Reina-Valera', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('articulo.html'));
    await waitForHighlights(page, (n) => n >= 9);
    await page.waitForTimeout(200);
    expect((await highlightedTexts(page)).sort()).toEqual([...ARTICULO_REFS].sort());
    // A browser in Spanish starts in the RV1909 until the reader picks another.
    const dialog = await hover(page, '#p1', 'Hebreos 7:25');
    expect(await dialog.getAttribute('aria-label')).toBe('Hebreos 7:25 (RV1909)');
    await expect.poll(() => dialog.textContent()).toContain('viviendo siempre para interceder por ellos');
    await page.close();
  });

  it('names the settings in Spanish and carries the Spanish description', async () => {
    const page = await browser.openExtensionPage('options.html');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Configuración de Intercede');
    expect(await page.title()).toBe('Configuración de Intercede');
    const self = await page.evaluate<{ name: string; description: string }>(`chrome.management.getSelf()`);
    expect(self.name).toBe('Intercede');
    expect(self.description).toMatch(/^Encuentra las citas bíblicas/);
    await page.close();
  });
});
