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
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { ms, percentile } from './bench-stats';
import { bigArticle } from '../tests/fixtures/big-article';
import { CHROME_BUILD } from '../tests/e2e/support/chromium';
import { serveFixtures } from '../tests/e2e/support/server';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; beginData?: { url?: string }; data?: { url?: string } };
}

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
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * The main-thread CPU of the renderer that loaded `url`: the thread time of its top-level
 * tasks (outermost only), with the longest one.
 */
function mainThreadCost(events: TraceEvent[], url: string): { cpu: number; longest: number } {
  const page = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(url));
  if (!page) throw new Error(`no ParseHTML for ${url} in the trace`);
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
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForTimeout(settle);
  const refs = await tab.evaluate(() => CSS.highlights.get('intercede-ref')?.size ?? 0);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  await tab.close();
  return { ...mainThreadCost(events, url), refs };
}

async function main(): Promise<void> {
  const started = loadavg();
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
    ['plain page, no reference', 'plain.html', LOADS.plain, 1500],
    ['ordinary article (tests/fixtures/pages/article.html)', 'article.html', LOADS.article, 1500],
    [`1 MB article, ${article.refs.toLocaleString('en')} references`, 'big.html', LOADS.big, 5000],
  ] as const;
  console.log(
    `Whole renderer main thread, thread time of top-level tasks from navigation until settled (Chromium ${variants[2][1].browser()?.version() ?? ''})\n`,
  );
  console.log(
    '| page | loads | no extension | empty content script | Intercede | Intercede − empty | Intercede ÷ empty | longest task (Intercede) | references painted at the end |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const [name, path, loads, settle] of pages) {
    const results = variants.map(() => [] as Awaited<ReturnType<typeof traceLoad>>[]);
    for (let i = 0; i < loads; i++) {
      for (const [v, [, context]] of variants.entries()) {
        results[v]!.push(await traceLoad(context, server.url(path), settle));
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
  const ended = loadavg();
  console.log(
    `\nMedians with (min–max). Load average before ${started.map((l) => l.toFixed(2)).join(' ')}, after ${ended.map((l) => l.toFixed(2)).join(' ')} (2 cores).`,
  );
}

await main();
