/**
 * `npm run bench:popup`: how soon the popup can be used after it opens, in a real Chromium
 * with the built extension. The popup page is opened in a tab (a toolbar popup cannot be
 * driven headless); times count from the navigation's start:
 * - interactive: the search box has focus (the app has rendered with the user's settings);
 * - saved list: "My verses (n)" shows the background's answer (20 saved verses);
 * each with the service worker running, and stopped (as after 30 s idle). Stopped, the worker
 * leaves no extension page or worker in the extension's renderer process, so Chromium starts
 * that process again for the popup; a third pair of rows keeps another extension page (the
 * about page) open in a tab while the worker is stopped, so the process stays: the difference
 * between the two is the process's start.
 */
import type { Page } from 'playwright-core';
import { printLatencies } from './bench-stats';
import { launchExtension } from '../tests/e2e/support/chromium';

/** Opens per row (`RUNS=40 npm run bench:popup` for a steadier tail). */
const RUNS = Number(process.env.RUNS ?? 20);
const SAVED = [
  'Heb.7.25',
  'Rom.8.26-Rom.8.27',
  'Rom.8.34',
  '1John.2.1-1John.2.2',
  'John.17.9',
  'John.17.20-John.17.21',
  'Luke.22.32',
  'Luke.23.34',
  'Isa.53.12',
  'Ezek.22.30',
  'Gen.18.23-Gen.18.25',
  'Exod.32.11-Exod.32.14',
  'Num.16.46-Num.16.48',
  '1Sam.12.23',
  'Job.42.10',
  'Dan.9.17-Dan.9.19',
  '1Tim.2.1-1Tim.2.2',
  'Jas.5.16',
  'Heb.4.14-Heb.4.16',
  'Eph.6.18',
];

/** Records, in the page, when the search box takes focus and when the saved list is filled. */
const PROBE = `(() => {
  const marks = (window.__intercede_marks = {});
  document.addEventListener('focusin', (e) => {
    if (e.target?.id === 'q' && marks.interactive === undefined) marks.interactive = performance.now();
  }, true);
  new MutationObserver(() => {
    const h = document.getElementById('saved-h');
    if (h && /\\(${SAVED.length}\\)/.test(h.textContent) && marks.saved === undefined) marks.saved = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

async function main(): Promise<void> {
  const browser = await launchExtension();
  try {
    await browser.context.addInitScript({ content: PROBE });
    const setup = await browser.openExtensionPage('popup.html');
    for (const osis of SAVED) {
      const reply = await setup.evaluate<{ ok: boolean }>(
        `chrome.runtime.sendMessage({ type: 'toggleSaved', osis: '${osis}', translation: 'WEB' })`,
      );
      if (!reply.ok) throw new Error(`could not save ${osis}`);
    }
    await setup.close();

    const open = async (): Promise<{ interactive: number; saved: number }> => {
      const page: Page = await browser.openExtensionPage('popup.html');
      // A function, not a string: the extension's CSP forbids the eval a string predicate needs.
      await page.waitForFunction(
        () => (window as { __intercede_marks?: { saved?: number } }).__intercede_marks?.saved !== undefined,
      );
      const marks = await page.evaluate<{ interactive: number; saved: number }>(`window.__intercede_marks`);
      await page.close();
      return marks;
    };
    await open(); // the first page load compiles and caches the popup's script
    const running = { interactive: [] as number[], saved: [] as number[] };
    const stopped = { interactive: [] as number[], saved: [] as number[] };
    for (let i = 0; i < RUNS; i++) {
      const r = await open();
      running.interactive.push(r.interactive);
      running.saved.push(r.saved);
    }
    // As many runs as with the worker running.
    for (let i = 0; i < RUNS; i++) {
      await browser.stopServiceWorker();
      const r = await open();
      stopped.interactive.push(r.interactive);
      stopped.saved.push(r.saved);
    }
    const kept = { interactive: [] as number[], saved: [] as number[] };
    const about = await browser.openExtensionPage('about.html');
    for (let i = 0; i < RUNS; i++) {
      await browser.stopServiceWorker();
      const r = await open();
      kept.interactive.push(r.interactive);
      kept.saved.push(r.saved);
    }
    await about.close();
    console.log(`Popup open → usable in Chromium (popup.html in a tab, ${SAVED.length} saved verses)\n`);
    printLatencies('measure', [
      ['interactive (search box focused), worker running', running.interactive],
      ['saved list shown, worker running', running.saved],
      ['interactive, worker stopped', stopped.interactive],
      ['saved list shown, worker stopped', stopped.saved],
      ['interactive, worker stopped, extension process kept (about page open)', kept.interactive],
      ['saved list shown, worker stopped, extension process kept', kept.saved],
    ]);
  } finally {
    await browser.close();
  }
}

await main();
