/**
 * `npm run store-assets`: the pictures the Chrome Web Store and addons.mozilla.org ask for,
 * made from the built extension on the end-to-end fixtures, into store-assets/ (git-ignored):
 * 1280×800 screenshots (the card in light and in dark, the popup's word search, the saved
 * verses, the side panel beside its page) and the 440×280 promotional tile. The popup is photographed at its own size and set
 * on a 1280×800 canvas with a line saying what it shows. Run `npm run build` first.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { card, hover, waitForHighlights } from '../tests/e2e/support/card';
import { launchExtension, type ExtensionBrowser } from '../tests/e2e/support/chromium';
import { serveFixtures } from '../tests/e2e/support/server';

const OUT = fileURLToPath(new URL('../store-assets/', import.meta.url));
const ICON = readFileSync(new URL('icon.svg', import.meta.url), 'utf8');
const SIZE = { width: 1280, height: 800 };
const PAPER = { light: '#f6f1e7', dark: '#16181d' };

mkdirSync(OUT, { recursive: true });
const server = await serveFixtures();
const written: string[] = [];

/** The card on the fixture article, settled, in `scheme`. */
async function cardShot(scheme: 'light' | 'dark'): Promise<void> {
  const browser = await launchExtension({ colorScheme: scheme });
  const page = await browser.context.newPage();
  await page.setViewportSize(SIZE);
  await page.goto(server.url('article.html'));
  if (scheme === 'dark') await page.addStyleTag({ content: 'body { background: #16181d; color: #e6e3dc; }' });
  await waitForHighlights(page, (n) => n > 0);
  await hover(page, '#p1', 'Hebrews 7:25');
  await card(page).settled();
  await save(page, `card-${scheme}.png`);
  await browser.close();
}

/** The popup at its own size, set on a 1280×800 canvas beside `caption`. */
async function popupShot(
  browser: ExtensionBrowser,
  name: string,
  caption: string,
  prepare: (popup: Page) => Promise<void>,
): Promise<void> {
  const popup = await browser.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  await prepare(popup);
  const shot = (await popup.screenshot()).toString('base64');
  await popup.close();
  const canvas = await browser.context.newPage();
  await canvas.setViewportSize(SIZE);
  await canvas.setContent(`<!doctype html><style>
    body { margin: 0; height: 800px; display: flex; align-items: center; justify-content: center; gap: 72px;
           background: ${PAPER.light}; font: 600 40px/1.25 Georgia, serif; color: #2b2a27; }
    p { width: 480px; margin: 0; }
    img { width: 400px; height: 600px; border-radius: 10px; box-shadow: 0 12px 40px rgb(0 0 0 / 0.22); }
  </style><p>${caption}</p><img src="data:image/png;base64,${shot}" alt="">`);
  await save(canvas, name);
  await canvas.close();
}

/** The side panel beside the article, as Chrome shows them, with the card of a passage picked in the panel. */
async function panelShot(browser: ExtensionBrowser): Promise<void> {
  const PANEL = 380;
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: SIZE.width - PANEL, height: SIZE.height });
  await page.goto(server.url('article.html'));
  await waitForHighlights(page, (n) => n > 0);
  const worker = browser.context.serviceWorkers()[0]!;
  await page.bringToFront();
  const tab = (await worker.evaluate(
    `chrome.tabs.query({ active: true, lastFocusedWindow: true }).then(([tab]) => tab.id)`,
  )) as number;
  const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tab}`);
  await panel.setViewportSize({ width: PANEL, height: SIZE.height });
  await panel.locator('.panel-snippet').nth(4).waitFor();
  await panel.locator('.panel-ref').nth(4).click();
  await card(page).settled();
  const [left, right] = await Promise.all([page.screenshot(), panel.screenshot()]);
  const canvas = await browser.context.newPage();
  await canvas.setViewportSize(SIZE);
  await canvas.setContent(`<!doctype html><style>
    body { margin: 0; display: flex; }
    img + img { border-left: 1px solid #c9c2b3; box-sizing: border-box; }
  </style><img src="data:image/png;base64,${left.toString('base64')}" alt=""><img
    src="data:image/png;base64,${right.toString('base64')}" alt="">`);
  await save(canvas, 'side-panel.png');
  await Promise.all([canvas.close(), panel.close(), page.close()]);
}

async function save(page: Page, name: string): Promise<void> {
  const path = `${OUT}${name}`;
  await page.screenshot({ path });
  written.push(path);
}

await cardShot('light');
await cardShot('dark');

const browser = await launchExtension();
await popupShot(
  browser,
  'popup-search.png',
  'Search every word of the Bible, offline, as you type.',
  async (popup) => {
    await popup.locator('#q').fill('make intercession');
    await popup.getByRole('listbox').getByRole('option').first().waitFor({ timeout: 60_000 });
  },
);
await popupShot(
  browser,
  'saved-verses.png',
  'Keep the verses you find, with your notes and tags.',
  async (popup) => {
    const ask = async (message: object) => {
      const reply = await popup.evaluate<{ ok: boolean; value?: unknown; error?: unknown }>(
        `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
      );
      if (!reply.ok) throw new Error(`${JSON.stringify(message)}: ${JSON.stringify(reply.error)}`);
      return reply.value;
    };
    const verses: [string, string, string[]][] = [
      ['Heb.7.25', 'He is praying for us now, not only then.', ['intercession', 'Christ']],
      ['Rom.8.26-Rom.8.27', 'When I cannot find the words.', ['Spirit', 'prayer']],
      ['1John.2.1', '', ['advocate']],
    ];
    for (const [osis, note, tags] of verses) {
      await ask({ type: 'toggleSaved', osis, translation: 'WEB', discardNote: false });
      const list = (await ask({ type: 'listSaved' })) as { id: number; osis: string }[];
      const item = list.find((v) => v.osis === osis)!;
      await ask({ type: 'updateSaved', id: item.id, note, tags });
    }
    await popup.reload();
    await popup.getByText('Romans 8:26–27').first().waitFor();
  },
);
await panelShot(browser);
await browser.close();

// The tile: the icon, the name and one line, no screenshot (the stores show those apart).
const tileBrowser = await launchExtension();
const tile = await tileBrowser.context.newPage();
await tile.setViewportSize({ width: 440, height: 280 });
await tile.setContent(`<!doctype html><style>
  body { margin: 0; height: 280px; display: flex; flex-direction: column; align-items: center;
         justify-content: center; gap: 14px; background: ${PAPER.light}; color: #2b2a27;
         font: 17px/1.35 Georgia, serif; text-align: center; }
  svg { width: 96px; height: 96px; }
  h1 { margin: 0; font-size: 34px; }
  p { margin: 0; width: 360px; }
</style>${ICON}<h1>Intercede</h1><p>Bible references on any page, with the verses and notes on intercession. Offline.</p>`);
await save(tile, 'tile-440x280.png');
await tileBrowser.close();
await server.close();
console.log(`store assets written:\n${written.join('\n')}`);
