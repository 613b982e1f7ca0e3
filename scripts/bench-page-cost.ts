/**
 * `npm run bench:page-cost`: what Intercede costs a page's main thread, whole — our calls,
 * the microtasks they start, style, layout, paint and garbage collection — beside the same
 * page with no extension and with an extension whose content script is empty. For each load
 * a fresh tab is traced from navigation until the page has settled, and the thread time of
 * every top-level task on the page renderer's main thread is summed. The three browsers run
 * side by side and take turns, so a busy moment of the machine falls on all three alike; the
 * load average is printed with the figures.
 *
 * Pages: a plain page (no reference: what nearly every page pays), an ordinary article with a
 * few references (tests/fixtures/pages/article.html), and the 1 MB article with 10,000.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ms, percentile } from './bench-stats';
import { bigArticle } from '../tests/fixtures/big-article';
import { CHROME_BUILD, QUIET_CHROMIUM } from '../tests/e2e/support/chromium';
import { serveFixtures } from '../tests/e2e/support/server';
import { trace, type TraceEvent } from './bench-trace';

/** Top-level tasks and what runs in them. */
const CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline';

/** A page with no reference on it (the same as bench:page's). */
const PLAIN = `<!doctype html><title>Plain</title><p>${'Nothing here names a passage. '.repeat(300)}</p>`;

const scale = Number(process.env.LOADS_SCALE ?? 1);
const LOADS = { plain: Math.ceil(30 * scale), article: Math.ceil(15 * scale), big: Math.ceil(7 * scale) };

/** An extension whose content script is empty: what any extension with a content script costs. */
function emptyExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'intercede-empty-ext-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty content script',
      version: '1.0',
      content_scripts: [
        {
          matches: ['http://*/*', 'https://*/*'],
          js: ['empty.js'],
          run_at: 'document_idle',
          all_frames: true,
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'empty.js'), '// nothing\n');
  return dir;
}

async function launch(extension: string | undefined): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'intercede-cost-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 800 },
    ...(extension ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args: [
      ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
      ...QUIET_CHROMIUM,
    ],
  });
}

/**
 * The main-thread CPU of the page's renderer (the thread of the first event `anchor` accepts):
 * the thread time of its top-level tasks (outermost only), with the longest one.
 */
function mainThreadCost(
  events: TraceEvent[],
  anchor: (e: TraceEvent) => boolean,
): { cpu: number; longest: number } {
  const page = events.find(anchor);
  if (!page) throw new Error('the page’s main thread is not in the trace');
  const tasks = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === page.pid &&
        e.tid === page.tid &&
        (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
        e.dur !== undefined,
    )
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let cpu = 0;
  let longest = 0;
  let end = -1;
  for (const task of tasks) {
    if (task.ts < end) continue; // nested in a task already counted
    cpu += task.tdur ?? task.dur!;
    longest = Math.max(longest, task.dur!);
    end = task.ts + task.dur!;
  }
  return { cpu: cpu / 1000, longest: longest / 1000 };
}

/** Loads `url` in a fresh tab of `context`, tracing until it has settled for `settle` ms. */
async function traceLoad(context: BrowserContext, url: string, settle: number) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  let refs = 0;
  const events = await trace(
    cdp,
    async () => {
      await tab.goto(url, { waitUntil: 'load' });
      await tab.waitForTimeout(settle);
      refs = await tab.evaluate(() => CSS.highlights.get('intercede-ref')?.size ?? 0);
    },
    CATEGORIES,
  );
  await cdp.detach();
  await tab.close();
  const parsed = (e: TraceEvent) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(url);
  return { ...mainThreadCost(events, parsed), refs };
}

/**
 * Loads `url`, waits `settle` ms, then traces 3 s of a live page: a text update in its first
 * paragraph every 100 ms (a clock, a counter, a live comment count).
 */
async function traceUpdates(context: BrowserContext, url: string, settle: number) {
  const tab = await context.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForTimeout(settle);
  const cdp = await context.newCDPSession(tab);
  let refs = 0;
  const events = await trace(
    cdp,
    async () => {
      await tab.evaluate(
        () =>
          new Promise<void>((resolve) => {
            console.timeStamp('intercede-bench-updates');
            const span = document.createElement('span');
            document.querySelector('p')!.append(span);
            let n = 0;
            const timer = setInterval(() => {
              span.textContent = ` (updated ${++n})`;
              if (n === 30) {
                clearInterval(timer);
                resolve();
              }
            }, 100);
          }),
      );
      await tab.waitForTimeout(200);
      refs = await tab.evaluate(() => CSS.highlights.get('intercede-ref')?.size ?? 0);
    },
    CATEGORIES,
  );
  await cdp.detach();
  await tab.close();
  const marked = (e: TraceEvent) =>
    e.name === 'TimeStamp' && e.args?.data?.message === 'intercede-bench-updates';
  return { ...mainThreadCost(events, marked), refs };
}

async function main(): Promise<void> {
  const article = bigArticle({ bytes: 1_000_000 });
  const server = await serveFixtures({
    'plain.html': PLAIN,
    'big.html': article.html,
  });
  const variants = [
    ['no extension', await launch(undefined)],
    ['empty content script', await launch(emptyExtension())],
    ['Intercede', await launch(CHROME_BUILD)],
  ] as const;
  // Warm each browser up once (first navigation, code caches), outside the figures.
  for (const [, context] of variants) await traceLoad(context, server.url('plain.html'), 500);

  const pages = [
    ['plain page, no reference', 'plain.html', LOADS.plain, 1500, traceLoad],
    ['ordinary article (tests/fixtures/pages/article.html)', 'article.html', LOADS.article, 1500, traceLoad],
    [`1 MB article, ${article.refs.toLocaleString('en')} references`, 'big.html', LOADS.big, 5000, traceLoad],
    ['1 MB article after load: 3 s of a text update every 100 ms', 'big.html', LOADS.big, 5000, traceUpdates],
  ] as const;
  console.log(
    `Whole renderer main thread: thread time of its top-level tasks, from navigation until settled (the last row: during the 3 s of updates) (Chromium ${variants[2][1].browser()?.version() ?? ''})\n`,
  );
  console.log(
    '| page | loads | no extension | empty content script | Intercede | Intercede − empty | Intercede ÷ empty | longest task (Intercede) | references painted at the end |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, path, loads, settle, measure] of pages) {
    const results = variants.map(() => [] as Awaited<ReturnType<typeof traceLoad>>[]);
    for (let i = 0; i < loads; i++) {
      for (const [v, [, context]] of variants.entries()) {
        results[v]!.push(await measure(context, server.url(path), settle));
      }
      process.stderr.write('.');
    }
    const cpu = results.map((runs) => runs.map((r) => r.cpu));
    const med = cpu.map((values) => percentile(values, 50));
    const cell = (values: number[]) =>
      `${ms(percentile(values, 50))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
    const longest = percentile(
      results[2]!.map((r) => r.longest),
      50,
    );
    console.log(
      `| ${name} | ${loads} | ${cell(cpu[0]!)} | ${cell(cpu[1]!)} | ${cell(cpu[2]!)} | ${ms(med[2]! - med[1]!)} | ${(med[2]! / med[1]!).toFixed(2)}× | ${ms(longest)} | ${results[2]![0]!.refs.toLocaleString('en')} |`,
    );
  }
  for (const [, context] of variants) await context.close();
  await server.close();
  console.log('\nMedians with (min–max).');
}

await main();
