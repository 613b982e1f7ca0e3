/**
 * `npm run bench:search`: word search in a real Chromium with the built extension, as the
 * popup sees it (message round trip, ranking, snippets from the verse cache):
 * - building the WEB index (the first word search), and what it stores in IndexedDB;
 * - 50 typical queries, first time (postings read from IndexedDB) and warm (postings in the
 *   worker's memory), each query asked in turn so no answer comes from the previous one;
 * - the first search after a service-worker restart (the index header read from IndexedDB).
 */
import { percentile, printLatencies } from './bench-stats';
import { launchExtension } from '../tests/e2e/support/chromium';

/** What people type: intercession and prayer, then common phrases, names and single words. */
const QUERIES = [
  'make intercession',
  'advocate with the Father',
  'pray without ceasing',
  'intercession',
  'intercede',
  'mediator',
  'high priest',
  'throne of grace',
  'stand in the gap',
  'pray for one another',
  'the Spirit helps our weaknesses',
  'forgive them',
  'my prayer',
  'hear my cry',
  'lift up holy hands',
  'supplications',
  'for all the saints',
  'right hand of God',
  'lives forever',
  'the Lord is my shepherd',
  'faith hope love',
  'in the beginning',
  'love your enemies',
  'our Father in heaven',
  'grace',
  'mercy',
  'peace be with you',
  'kingdom of heaven',
  'eternal life',
  'born again',
  'light of the world',
  'bread of life',
  'lamb of God',
  'Holy Spirit',
  'forgiveness of sins',
  'repent',
  'salvation',
  'righteousness',
  'Abraham',
  'Moses prayed',
  'Samuel',
  'Elijah',
  'Daniel prayed',
  'Job prayed for his friends',
  'Aaron stood between the dead and the living',
  'watch and pray',
  'ask and it will be given',
  'whatever you ask',
  'where two or three are gathered',
  'the prayer of faith',
];
const WARM_ROUNDS = 10;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

async function main(): Promise<void> {
  if (QUERIES.length !== 50) throw new Error(`expected 50 queries, have ${QUERIES.length}`);
  const browser = await launchExtension();
  try {
    const page = await browser.openExtensionPage('popup.html');
    const usage = () =>
      page.evaluate<number>(`navigator.storage.estimate().then((e) => e.usageDetails?.indexedDB ?? e.usage)`);
    const search = (query: string) =>
      page.evaluate<{ ms: number; status: string; total: number }>(`(async () => {
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage(${JSON.stringify({ type: 'search', query, translation: 'WEB', offset: 0 })});
        if (!reply.ok) throw new Error(reply.error.message);
        return { ms: performance.now() - started, status: reply.value.status, total: reply.value.total ?? 0 };
      })()`);

    const before = await usage();
    const started = Date.now();
    if ((await search('make intercession')).status !== 'building') throw new Error('expected a build');
    let status: { state: string; bytes?: number; buildMs?: number; terms?: number; verses?: number };
    do {
      await page.waitForTimeout(20);
      status = (
        await page.evaluate<{ value: typeof status }>(
          `chrome.runtime.sendMessage({ type: 'getSearchStatus', translation: 'WEB' })`,
        )
      ).value;
    } while (status.state !== 'ready');
    const wall = Date.now() - started;
    // Chromium's estimate settles once the writes are flushed.
    await page.waitForTimeout(2000);
    const grown = (await usage()) - before;

    const first: number[] = [];
    const totals: number[] = [];
    for (const q of QUERIES) {
      const r = await search(q);
      if (r.status !== 'ready') throw new Error(`"${q}" was not answered`);
      first.push(r.ms);
      totals.push(r.total);
    }
    const warm: number[] = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      for (const q of QUERIES) warm.push((await search(q)).ms);
    }
    const restarted: number[] = [];
    for (let i = 0; i < 5; i++) {
      await browser.stopServiceWorker();
      restarted.push((await search(QUERIES[i]!)).ms);
    }

    console.log(`Word search in Chromium, whole WEB (${status.verses} verses, ${status.terms} terms)\n`);
    console.log('| index build | value |\n|---|---:|');
    console.log(`| first search → index ready (wall clock) | ${(wall / 1000).toFixed(2)} s |`);
    console.log(
      `| build inside the worker (read 66 books, index, write) | ${(status.buildMs! / 1000).toFixed(2)} s |`,
    );
    console.log(`| index as stored (postings, verse keys and lengths, terms) | ${mb(status.bytes!)} |`);
    console.log(`| IndexedDB growth during the build (index + the verse cache it fills) | ${mb(grown)} |`);
    console.log(
      `\n50 queries (results per query: median ${percentile(totals, 50)}, max ${Math.max(...totals)})\n`,
    );
    printLatencies('search', [
      ['first time (postings read from IndexedDB)', first],
      [`warm (${WARM_ROUNDS} rounds, postings in memory)`, warm],
      ['first after a service-worker restart', restarted],
    ]);
  } finally {
    await browser.close();
  }
}

await main();
