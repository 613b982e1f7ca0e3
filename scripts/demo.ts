/**
 * `npm run demo`: opens Chromium with the built extension on the bundled demo article.
 * With a display the browser stays open until you close it; without one it runs headless,
 * hovers a reference, saves a screenshot of the card and prints its path.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchExtension } from '../tests/e2e/support/chromium';
import { serveFixtures } from '../tests/e2e/support/server';
import { hover, waitForHighlights } from '../tests/e2e/support/card';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const server = await serveFixtures();
const browser = await launchExtension({ headless: !headed });
const page = await browser.context.newPage();
await page.goto(server.url('article.html'));

if (headed) {
  console.log(
    `Intercede is running on ${server.url('article.html')} — hover a reference; close the browser to stop.`,
  );
  await new Promise<void>((resolve) => browser.context.on('close', () => resolve()));
} else {
  await waitForHighlights(page, (n) => n > 0);
  const card = await hover(page, '#p1', 'Hebrews 7:25');
  // The first picture a newcomer sees: the card settled, with its notes, not fading in.
  await card.settled();
  const dir = fileURLToPath(new URL('../screenshots/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const path = `${dir}demo.png`;
  await page.screenshot({ path });
  console.log(`No display: ran headless. Screenshot of the card on the demo article: ${path}`);
  await browser.close();
}
await server.close();
