/**
 * `npm run bench:commentary`: getCommentary latency in a real Chromium with the built
 * extension, as an extension page sees it (message round trip included):
 * - notes, first: the first lookup of a fresh install, which loads the notes pack into IndexedDB;
 * - Nave's, first: the first passage no note covers, answered from the Nave's pack while its
 *   rows are written to IndexedDB;
 * - warm: notes and Nave's topics answered from IndexedDB;
 * - after a service-worker restart: the first Nave's lookup of a new worker instance.
 */
import type { Page } from 'playwright-core';
import { printLatencies } from './bench-stats';
import { launchExtension } from '../tests/e2e/support/chromium';

/** Fresh installs measured for the first-lookup rows. */
const INSTALLS = 5;
/** Passages with notes on them. */
const NOTED = ['Heb.7.25', 'Gen.18.22-Gen.18.33', 'John.17.20-John.17.23', 'Rom.8.26-Rom.8.27', '1John.2.1'];
/** Passages no note covers, so Nave's topics answer. */
const UNNOTED = [
  'Acts.2.38',
  'Gen.1.1',
  'Ps.23.1',
  'Matt.28.19',
  'Prov.3.5',
  'Mark.1.15',
  'Eccl.3.1',
  'Gal.5.22',
];

interface Timed {
  ms: number;
  notes: number;
  topics: number;
}

function lookup(page: Page, osis: string): Promise<Timed> {
  return page.evaluate<Timed>(`(async () => {
    const started = performance.now();
    const reply = await chrome.runtime.sendMessage(${JSON.stringify({ type: 'getCommentary', osis })});
    if (!reply.ok) throw new Error(reply.error.message);
    return { ms: performance.now() - started, notes: reply.value.notes.length, topics: reply.value.topics.length };
  })()`);
}

async function expectAnswer(page: Page, osis: string, kind: 'notes' | 'topics'): Promise<number> {
  const timed = await lookup(page, osis);
  if (timed[kind] === 0) throw new Error(`${osis} was expected to have ${kind}`);
  return timed.ms;
}

async function main(): Promise<void> {
  const notesFirst: number[] = [];
  const naveFirst: number[] = [];
  for (let i = 0; i < INSTALLS; i++) {
    const browser = await launchExtension();
    const page = await browser.openExtensionPage('popup.html');
    notesFirst.push(await expectAnswer(page, NOTED[i % NOTED.length]!, 'notes'));
    naveFirst.push(await expectAnswer(page, UNNOTED[i % UNNOTED.length]!, 'topics'));
    await browser.close();
    process.stderr.write('i');
  }

  const browser = await launchExtension();
  try {
    const page = await browser.openExtensionPage('popup.html');
    await expectAnswer(page, UNNOTED[0]!, 'topics');
    // Let the Nave's rows land in IndexedDB before the warm rounds.
    await page.waitForTimeout(3000);
    const notesWarm: number[] = [];
    const naveWarm: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const osis of NOTED) notesWarm.push(await expectAnswer(page, osis, 'notes'));
      for (const osis of UNNOTED) naveWarm.push(await expectAnswer(page, osis, 'topics'));
    }
    const restarted: number[] = [];
    for (let i = 0; i < 5; i++) {
      await browser.stopServiceWorker();
      restarted.push(await expectAnswer(page, UNNOTED[i % UNNOTED.length]!, 'topics'));
    }
    console.log(
      `getCommentary in Chromium (${NOTED.length} passages with notes, ${UNNOTED.length} without)\n`,
    );
    printLatencies('lookup', [
      [`notes, first lookup of a fresh install (${INSTALLS} installs)`, notesFirst],
      [`Nave's topics, first lookup of a fresh install (${INSTALLS} installs)`, naveFirst],
      ['notes, warm (IndexedDB)', notesWarm],
      ["Nave's topics, warm (IndexedDB)", naveWarm],
      ["Nave's topics, first after a service-worker restart", restarted],
    ]);
  } finally {
    await browser.close();
  }
}

await main();
