/**
 * `npm run bench:search`: word search in a real Chromium with the built extension, as the
 * popup sees it (message round trip, ranking over every installed translation, snippets from
 * the verse cache):
 * - building the indexes of both bundled translations (the first word search), and what they
 *   store in IndexedDB;
 * - the query set of issue #17 (tests/fixtures/search/queries.json): how often the verse meant
 *   is first and in the first three;
 * - 50 typical queries and the query set, first time (postings read from IndexedDB) and warm
 *   (postings in the worker's memory), over every translation and over the WEB alone;
 * - the first search after a service-worker restart (the index headers read from IndexedDB).
 * The machine's load average is printed with the figures: they mean little on a busy machine.
 */
import { loadavg } from 'node:os';
import { percentile, printLatencies } from './bench-stats';
import { loadQueries, score } from './search-quality';
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
const WARM_ROUNDS = 5;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');

interface Status {
  state: string;
  bytes?: number;
  buildMs?: number;
  terms?: number;
  verses?: number;
}

async function main(): Promise<void> {
  if (QUERIES.length !== 50) throw new Error(`expected 50 queries, have ${QUERIES.length}`);
  const cases = loadQueries();
  console.log(`Load average (1 / 5 / 15 min) at the start: ${load()}\n`);
  const browser = await launchExtension();
  try {
    const page = await browser.openExtensionPage('popup.html');
    const usage = () =>
      page.evaluate<number>(`navigator.storage.estimate().then((e) => e.usageDetails?.indexedDB ?? e.usage)`);
    const search = (query: string, every = true) =>
      page.evaluate<{
        ms: number;
        status: string;
        total: number;
        osis: string[];
        done?: number;
        all?: number;
      }>(`(async () => {
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage(${JSON.stringify({ type: 'search', query, translation: 'WEB', offset: 0, every })});
        if (!reply.ok) throw new Error(reply.error.message);
        const v = reply.value;
        return { ms: performance.now() - started, status: v.status, total: v.total ?? 0, osis: (v.hits ?? []).slice(0, 10).map((h) => h.osis), done: v.done, all: v.total };
      })()`);
    const status = async (translation: string) =>
      (
        await page.evaluate<{ value: Status }>(
          `chrome.runtime.sendMessage({ type: 'getSearchStatus', translation: '${translation}' })`,
        )
      ).value;

    const before = await usage();
    const started = Date.now();
    const first = await search('make intercession');
    if (first.status !== 'building') throw new Error('expected a build');
    // What the popup's progress bar shows, sampled as it polls.
    const progress: string[] = [];
    let reply = first;
    while (reply.status === 'building') {
      progress.push(`${reply.done}/${reply.all}`);
      await page.waitForTimeout(250);
      reply = await search('make intercession');
    }
    const wall = Date.now() - started;
    const web = await status('WEB');
    const kjv = await status('KJV');
    // Chromium's estimate settles once the writes are flushed.
    await page.waitForTimeout(2000);
    const grown = (await usage()) - before;

    const firstTimes: number[] = [];
    const totals: number[] = [];
    const results: string[][] = [];
    for (const q of [...QUERIES, ...cases.map((c) => c.q)]) {
      const r = await search(q);
      if (r.status !== 'ready') throw new Error(`"${q}" was not answered`);
      firstTimes.push(r.ms);
      totals.push(r.total);
      results.push(r.osis);
    }
    const quality = score(cases, results.slice(QUERIES.length), true);
    const all = [...QUERIES, ...cases.map((c) => c.q)];
    const warm: number[] = [];
    const warmOne: number[] = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      for (const q of all) warm.push((await search(q)).ms);
      for (const q of all) warmOne.push((await search(q, false)).ms);
    }
    const restarted: number[] = [];
    for (let i = 0; i < 5; i++) {
      await browser.stopServiceWorker();
      restarted.push((await search(QUERIES[i]!)).ms);
    }

    console.log(
      `\nWord search in Chromium, WEB (${web.verses} verses, ${web.terms} terms) and KJV (${kjv.verses} verses, ${kjv.terms} terms) together\n`,
    );
    console.log('| index build | value |\n|---|---:|');
    console.log(`| first search → both indexes ready (wall clock) | ${(wall / 1000).toFixed(2)} s |`);
    console.log(
      `| build inside the worker, WEB / KJV (read 66 books, index, write; the two run together) | ${(web.buildMs! / 1000).toFixed(2)} s / ${(kjv.buildMs! / 1000).toFixed(2)} s |`,
    );
    console.log(
      `| indexes as stored, WEB + KJV (postings, verse keys and lengths, terms, written forms) | ${mb(web.bytes! + kjv.bytes!)} (${mb(web.bytes!)} + ${mb(kjv.bytes!)}) |`,
    );
    console.log(`| IndexedDB growth during the build (indexes + the verse cache they fill) | ${mb(grown)} |`);
    console.log(`| progress the popup was shown (books of both) | ${progress.join(', ')} |`);
    console.log(
      `\nQuery set (${quality.n} queries, reader's translation WEB, every translation searched): top-1 ${(quality.top1 * 100).toFixed(1)}%, top-3 ${(quality.top3 * 100).toFixed(1)}%`,
    );
    console.log(
      `\n${all.length} queries (50 typical + the query set; results per query: median ${percentile(totals, 50)}, max ${Math.max(...totals)})\n`,
    );
    printLatencies('search', [
      ['first time, every translation (postings read from IndexedDB)', firstTimes],
      [`warm, every translation (${WARM_ROUNDS} rounds, postings in memory)`, warm],
      [`warm, the WEB alone (${WARM_ROUNDS} rounds)`, warmOne],
      ['first after a service-worker restart, every translation', restarted],
    ]);
    console.log(`\nLoad average (1 / 5 / 15 min) at the end: ${load()}`);
  } finally {
    await browser.close();
  }
}

await main();
