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
 * between the two is the process's start. The last pair is the floor under all of them: the
 * offscreen page (a title and a 0.5 KB script, no rendering of ours) opened the same ways and
 * timed to its load event, which is what Chromium alone takes to bring up an extension page.
 *
 * `BASELINE=<dir> npm run bench:popup` also loads another build (a copy of .output/chrome-mv3
 * made before a change) in a second Chromium, and the two take turns open by open, so a busy
 * moment of the machine falls on both alike; each row is then printed for both builds. The two
 * Chromiums differ by themselves (their floor rows, the same page in both, have come out up to
 * 20 ms apart at the median), so trust a difference that holds with the two swapped:
 * `BUILD=<dir>` puts another build in the first Chromium (`BUILD=<new copy> BASELINE=.output/…`).
 */
import type { Page } from 'playwright-core';
import { printLatencies } from './bench-stats';
import { launchExtension, type ExtensionBrowser } from '../tests/e2e/support/chromium';

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

/** How the probe's console line starts. */
const MARKS = 'intercede-bench-marks';

/**
 * Records, in the page, when the search box takes focus, when the saved list is filled, and when
 * its dates are written (a frame after the list: components/after-paint.ts), and reports them on
 * the console: nothing of the harness runs in the page while it loads (waiting with
 * `waitForFunction` would inject and compile Playwright's selector engine, ~30 ms on this
 * machine, in the middle of the popup's start).
 */
const PROBE = `(() => {
  const marks = {};
  const report = () => {
    if (marks.interactive !== undefined && marks.saved !== undefined && marks.dated !== undefined && !marks.sent) {
      marks.sent = true;
      console.debug('${MARKS} ' + JSON.stringify(marks));
    }
  };
  document.addEventListener('focusin', (e) => {
    if (e.target?.id === 'q' && marks.interactive === undefined) marks.interactive = performance.now();
    report();
  }, true);
  new MutationObserver(() => {
    const h = document.getElementById('saved-h');
    if (h && /\\(${SAVED.length}\\)/.test(h.textContent) && marks.saved === undefined) marks.saved = performance.now();
    if (document.querySelector('.saved-list time')?.textContent && marks.dated === undefined) marks.dated = performance.now();
    report();
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

type Marks = { interactive: number; saved: number; dated: number };
type Row = { interactive: number[]; saved: number[]; dated: number[] };

/** One build in its own Chromium, with the saved verses in place. */
async function subject(build?: string) {
  const browser: ExtensionBrowser = await launchExtension({ build });
  await browser.context.addInitScript({ content: PROBE });
  const setup = await browser.openExtensionPage('popup.html');
  for (const osis of SAVED) {
    const reply = await setup.evaluate<{ ok: boolean }>(
      `chrome.runtime.sendMessage({ type: 'toggleSaved', osis: '${osis}', translation: 'WEB' })`,
    );
    if (!reply.ok) throw new Error(`could not save ${osis}`);
  }
  await setup.close();
  const open = async (): Promise<Marks> => {
    const page: Page = await browser.context.newPage();
    const marks = new Promise<Marks>((resolve) =>
      page.on('console', (message) => {
        const text = message.text();
        if (text.startsWith(`${MARKS} `)) resolve(JSON.parse(text.slice(MARKS.length + 1)) as Marks);
      }),
    );
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const got = await marks;
    await page.close();
    return got;
  };
  /** The floor: the offscreen page (a title and an 0.5 KB script) opened in a tab, loaded. */
  const openFloor = async (): Promise<number> => {
    const page: Page = await browser.openExtensionPage('offscreen.html');
    const loaded = await page.evaluate<number>(`performance.getEntriesByType('navigation')[0].loadEventEnd`);
    await page.close();
    return loaded;
  };
  await open(); // the first page load compiles and caches the popup's script
  await openFloor();
  const rows = { running: row(), stopped: row(), kept: row() };
  const floor = { stopped: [] as number[], kept: [] as number[] };
  return { browser, open, openFloor, rows, floor };
}

const row = (): Row => ({ interactive: [], saved: [], dated: [] });
const add = (to: Row, marks: Marks) => {
  to.interactive.push(marks.interactive);
  to.saved.push(marks.saved);
  to.dated.push(marks.dated);
};

async function main(): Promise<void> {
  const baseline = process.env.BASELINE;
  const subjects = [await subject(process.env.BUILD)];
  if (baseline) subjects.push(await subject(baseline));
  try {
    for (let i = 0; i < RUNS; i++) for (const s of subjects) add(s.rows.running, await s.open());
    // As many runs as with the worker running.
    for (let i = 0; i < RUNS; i++) {
      for (const s of subjects) {
        await s.browser.stopServiceWorker();
        add(s.rows.stopped, await s.open());
        await s.browser.stopServiceWorker();
        s.floor.stopped.push(await s.openFloor());
      }
    }
    const abouts = await Promise.all(subjects.map((s) => s.browser.openExtensionPage('about.html')));
    for (let i = 0; i < RUNS; i++) {
      for (const s of subjects) {
        await s.browser.stopServiceWorker();
        add(s.rows.kept, await s.open());
        await s.browser.stopServiceWorker();
        s.floor.kept.push(await s.openFloor());
      }
    }
    await Promise.all(abouts.map((a) => a.close()));
    console.log(`Popup open → usable in Chromium (popup.html in a tab, ${SAVED.length} saved verses)\n`);
    const named = (name: string, index: number) =>
      baseline ? `${name} [${index ? 'baseline' : 'this build'}]` : name;
    const table: [string, number[]][] = [];
    const rowsOf = (pick: (s: (typeof subjects)[number]) => number[], name: string) =>
      subjects.forEach((s, index) => table.push([named(name, index), pick(s)]));
    rowsOf((s) => s.rows.running.interactive, 'interactive (search box focused), worker running');
    rowsOf((s) => s.rows.running.saved, 'saved list shown, worker running');
    rowsOf((s) => s.rows.running.dated, 'saved list with its dates, worker running');
    rowsOf((s) => s.rows.stopped.interactive, 'interactive, worker stopped');
    rowsOf((s) => s.rows.stopped.saved, 'saved list shown, worker stopped');
    rowsOf((s) => s.rows.stopped.dated, 'saved list with its dates, worker stopped');
    rowsOf(
      (s) => s.rows.kept.interactive,
      'interactive, worker stopped, extension process kept (about page open)',
    );
    rowsOf((s) => s.rows.kept.saved, 'saved list shown, worker stopped, extension process kept');
    rowsOf((s) => s.rows.kept.dated, 'saved list with its dates, worker stopped, process kept');
    // What any extension page pays, with nearly no code of ours: the part no popup code can save.
    rowsOf((s) => s.floor.stopped, 'floor: a near-empty extension page loaded, worker stopped');
    rowsOf((s) => s.floor.kept, 'floor: a near-empty extension page loaded, worker stopped, process kept');
    printLatencies('measure', table);
  } finally {
    for (const s of subjects) await s.browser.close();
  }
}

await main();
