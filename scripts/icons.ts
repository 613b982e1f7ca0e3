/**
 * `npx tsx scripts/icons.ts`: renders scripts/icon.svg (our own design) to the PNG sizes the
 * stores and browsers use, in public/icon/. Run after changing the SVG; the PNGs are committed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync(new URL('icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  const png = await page.screenshot({ omitBackground: true });
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png);
}
await browser.close();
console.log('icons written to public/icon/');
