/**
 * `npm run bench:import`: importing a whole Bible from the options page (#12 §5) in a real
 * Chromium with the built extension, and reading from it. The OSIS file is exported at run time
 * from the Debian module spaRV1909eb with mod2osis (never committed): as exported (16 MB, with
 * Strong's numbers) and without its word tags (about 5 MB, the size of a plain whole-Bible OSIS).
 * Prints, per file: the time to read it (the worker's parse, until the page shows what it
 * holds), the time to store it (book by book to the background, until it is installed), the
 * longest task on the options page's thread meanwhile (target: none over 50 ms); then the time
 * of a passage lookup in the imported translation beside the WEB's, each book's first lookup
 * (read from its source) and a second one (from memory), and the load average.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ms, printLatencies } from './bench-stats';
import { launchExtension } from '../tests/e2e/support/chromium';
import { exportModule, IMPORT_MODULE } from '../tests/e2e/support/module-osis';
import { importFile, withoutWordTags } from './import-module';

const MODULE = IMPORT_MODULE;
const RUNS = 3;
/** One passage in each of these books, looked up twice in each translation. */
const LOOKUPS = [
  'Gen.1.1-Gen.1.5',
  'Ps.23',
  'Isa.53.4-Isa.53.6',
  'Matt.5.1-Matt.5.12',
  'John.17.20-John.17.23',
  'Rom.8.26-Rom.8.34',
  'Heb.7.25',
  'Rev.22.1-Rev.22.5',
];

/** Collects the page's long tasks (Chromium reports tasks over 50 ms). */
const PROBE = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
})()`;

async function importOnce(page: Page, file: string, replace: boolean) {
  await page.evaluate('window.__longTasks = []');
  const { read, stored } = await importFile(page, file, 'BENCH', replace);
  const longTasks = await page.evaluate<number[]>('window.__longTasks');
  return { read, stored, longest: Math.max(0, ...longTasks), longTasks: longTasks.length };
}

async function lookups(page: Page, translation: string): Promise<{ first: number[]; again: number[] }> {
  const first: number[] = [];
  const again: number[] = [];
  for (const osis of LOOKUPS) {
    for (const list of [first, again]) {
      const took = await page.evaluate<number>(`(async () => {
        const t = performance.now();
        const reply = await chrome.runtime.sendMessage({ type: 'getPassage', osis: '${osis}', translation: '${translation}' });
        if (!reply.ok) throw new Error(reply.error.message);
        return performance.now() - t;
      })()`);
      list.push(took);
    }
  }
  return { first, again };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'intercede-bench-import-'));
  const exported = exportModule(MODULE);
  const files = [
    ['without word tags', join(dir, 'plain.osis.xml'), withoutWordTags(exported)],
    ['as exported', join(dir, 'full.osis.xml'), exported],
  ] as const;
  for (const [, path, text] of files) writeFileSync(path, text);
  const browser = await launchExtension();
  try {
    await browser.context.addInitScript({ content: PROBE });
    const page = await browser.openExtensionPage('options.html');
    console.log(
      `Importing ${MODULE} exported by mod2osis, ${RUNS} times per file (the first import, then replacing it)\n`,
    );
    console.log(
      '| file | size | read | store | total | longest task on the page | tasks over 50 ms |\n|---|---:|---:|---:|---:|---:|---:|',
    );
    let imported = false;
    for (const [name, path, text] of files) {
      for (let run = 0; run < RUNS; run++) {
        const r = await importOnce(page, path, imported);
        imported = true;
        const size = `${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB`;
        console.log(
          `| ${name} | ${size} | ${ms(r.read, 0)} | ${ms(r.stored, 0)} | ${ms(r.read + r.stored, 0)} | ${ms(r.longest, 0)} | ${r.longTasks} |`,
        );
      }
    }
    // Lookups: a fresh worker, so every book's first lookup reads it from its source.
    await browser.stopServiceWorker();
    const web = await lookups(page, 'WEB');
    const mine = await lookups(page, 'u:BENCH');
    console.log(`\nA passage lookup from an extension page (${LOOKUPS.length} passages in 8 books)\n`);
    printLatencies('translation, lookup', [
      ['WEB, first in its book', web.first],
      ['imported, first in its book', mine.first],
      ['WEB, again', web.again],
      ['imported, again', mine.again],
    ]);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
