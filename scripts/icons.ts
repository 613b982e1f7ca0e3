/**
 * `npm run icons`: renders scripts/icon.svg (our own design) to the PNG sizes the stores and
 * browsers use (16, 32, 48, 96, 128), in public/icon/. Run after changing the SVG; the PNGs are
 * committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
// The 128 px icon is the one the Chrome Web Store and the install dialog show: its artwork is
// 96 px with 16 px of transparent padding on each side, as the store asks. The smaller ones
// (toolbar, menus) and Firefox's 96 px use the whole square.
for (const [size, art] of [
  [16, 16],
  [32, 32],
  [48, 48],
  [96, 96],
  [128, 96],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  const pad = (size - art) / 2;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${art}px;height:${art}px;margin:${pad}px}</style>${svg}`,
  );
  const png = await page.screenshot({ omitBackground: true });
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png);
}
await browser.close();
console.log('icons written to public/icon/');
