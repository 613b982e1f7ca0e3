/**
 * `npm run bench:page`: the content script on a 1 MB article in Chromium with the built
 * extension. Reports, from a Chromium performance trace, the main-thread time our script
 * spent scanning and the longest task it ran in; hover→text latency after the intent delay
 * (prefetched and cold); the JS heap the extension adds to the page; and the content
 * script's size.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { ms, percentile } from './bench-stats';
import { bigArticle } from '../tests/fixtures/big-article';
import { CHROME_BUILD, launchExtension, type ExtensionBrowser } from '../tests/e2e/support/chromium';
import { serveFixtures, type FixtureServer } from '../tests/e2e/support/server';
import { textPoint, waitForHighlights } from '../tests/e2e/support/card';
import { MAX_PAGE_REFS } from '../lib/page/scanner';
import { closedRootOf } from '../tests/e2e/support/closed-card';
import { trace, type TraceEvent } from './bench-trace';
import { exportModule, IMPORT_MODULE } from '../tests/e2e/support/module-osis';
import { importFile, withoutWordTags } from './import-module';

/** Our scripts in a page: the first stage every page runs, and the page code it loads. */
const OUR_SCRIPTS = ['/page-probe.js', '/page-main.js'];
const HOVERS = 30;
/** Fresh browsers the scan is measured in; the scan's cost varies from run to run by a fifth. */
const SCANS = Number(process.env.SCANS ?? 7);
/**
 * The translation cards open in (`TRANSLATION=RV1909 npm run bench:page`); the WEB unless set.
 * An imported one (`TRANSLATION=u:RVIMP`) is imported into each fresh browser from the options
 * page first: the Debian module IMPORT_MODULE (spaRV1909eb unless set) exported by mod2osis.
 */
const TRANSLATION = process.env.TRANSLATION;
const IMPORTED = process.env.IMPORT_MODULE ?? IMPORT_MODULE;
/** The exported file, made once per run (in a temporary folder removed at the end). */
let importDir: string | undefined;

/** Sets the reader's translation in a fresh browser when the run asks for one. */
async function useTranslation(browser: ExtensionBrowser): Promise<void> {
  if (!TRANSLATION) return;
  if (TRANSLATION.startsWith('u:')) {
    if (!importDir) {
      importDir = mkdtempSync(join(tmpdir(), 'intercede-bench-page-'));
      writeFileSync(join(importDir, 'import.osis.xml'), withoutWordTags(exportModule(IMPORTED)));
    }
    const options = await browser.openExtensionPage('options.html');
    await importFile(options, join(importDir, 'import.osis.xml'), TRANSLATION.slice(2), false);
    await options.close();
  }
  const worker = browser.context.serviceWorkers()[0]!;
  await worker.evaluate(`chrome.storage.sync.set({ translation: ${JSON.stringify(TRANSLATION)} })`);
}

/**
 * Our main-thread time and the longest task that ran any of our code. `wall` sums the
 * outermost calls into our script by the clock; `thread` sums the same calls' thread time
 * (the CPU the main thread actually spent in them), which leaves out the moments the OS
 * ran another process — the extension's worker answering our prefetch, the browser, the
 * benchmark itself — while our call was on the stack. On this two-core machine the two
 * differ by half; with more cores they meet.
 */
function analyse(events: TraceEvent[]): { wall: number; thread: number; longestTask: number; tasks: number } {
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const ourCalls = complete.filter(
    (e) =>
      (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') &&
      OUR_SCRIPTS.some((script) => e.args?.data?.url?.endsWith(script)),
  );
  // Count only outermost calls: a call nested inside another of ours is already counted.
  ourCalls.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let wall = 0;
  let thread = 0;
  let end = -1;
  for (const call of ourCalls) {
    if (call.ts >= end) {
      wall += call.dur!;
      thread += call.tdur ?? call.dur!;
      end = call.ts + call.dur!;
    } else if (call.ts + call.dur! > end) {
      // Overlapping without nesting does not happen on one thread; keep the clock honest anyway.
      wall += call.ts + call.dur! - end;
      end = call.ts + call.dur!;
    }
  }
  const tasks = complete.filter((e) => e.name === 'RunTask');
  let longestTask = 0;
  let count = 0;
  for (const task of tasks) {
    const holdsOurs = ourCalls.some(
      (c) => c.tid === task.tid && c.pid === task.pid && c.ts >= task.ts && c.ts < task.ts + task.dur!,
    );
    if (holdsOurs) {
      count++;
      longestTask = Math.max(longestTask, task.dur!);
    }
  }
  return { wall: wall / 1000, thread: thread / 1000, longestTask: longestTask / 1000, tasks: count };
}

/** Loads `url` in `tab` while tracing until `loaded` resolves, and analyses our calls. */
async function traceLoad(
  browser: ExtensionBrowser,
  tab: Page,
  url: string,
  loaded: () => Promise<unknown>,
): Promise<ReturnType<typeof analyse>> {
  const cdp = await browser.context.newCDPSession(tab);
  const events = await trace(cdp, async () => {
    await tab.goto(url);
    await loaded();
  });
  await cdp.detach();
  return analyse(events);
}

/**
 * Waits until the page code reports references found satisfying `predicate` (it paints only
 * those near the viewport, so the page's Highlight cannot tell), and returns the count.
 */
async function waitForFound(
  browser: ExtensionBrowser,
  tab: Page,
  predicate: (n: number) => boolean,
  timeout: number,
): Promise<number> {
  const deadline = Date.now() + timeout;
  for (;;) {
    // Before the page code answers (or while it loads), there is no status: nothing found yet.
    const refs = (await browser.pageStatus(tab).catch(() => undefined))?.refs ?? 0;
    if (predicate(refs)) return refs;
    if (Date.now() > deadline) throw new Error(`references found stayed at ${refs}`);
    await tab.waitForTimeout(50);
  }
}

/** The scan of the 1 MB article in `tab`: until nearly every reference is found, and a little after. */
const traceScan = (browser: ExtensionBrowser, server: FixtureServer, refs: number, tab: Page) =>
  traceLoad(browser, tab, server.url('big.html'), async () => {
    await waitForFound(browser, tab, (n) => n >= refs * 0.95, 60_000);
    await tab.waitForTimeout(500);
  });

/**
 * A hostile page: 800,000 references in 9.6 MB ("Jn 3:16 and " over and over), in 800
 * paragraphs or in one. The scan must underline the first MAX_PAGE_REFS and stop, with no
 * long task, however the text is laid out.
 */
function hugePage(oneBlock: boolean): string {
  const per = oneBlock ? 800_000 : 1_000;
  const paragraph = `<p>${'Jn 3:16 and '.repeat(per)}</p>`;
  return `<!doctype html><title>Huge</title>${oneBlock ? paragraph : paragraph.repeat(800_000 / per)}`;
}

/** A page with no reference on it: what every page the user visits pays for Intercede. */
const PLAIN = `<!doctype html><title>Plain</title><p>${'Nothing here names a passage. '.repeat(300)}</p>`;

async function heapUsed(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * When the card's verse text is on screen, by the page's clock. The card's shadow root is
 * closed, so neither the page nor a script in it can watch it; the DevTools protocol can
 * (`DOM.describeNode` with `pierce`). Once the host exists its root is resolved once, and
 * each poll is one protocol round trip (about a millisecond here), the resolution of the
 * hover figures below.
 */
function cardWatcher(page: Page) {
  let cdp: CDPSession | undefined;
  let root: string | undefined;
  return async (): Promise<number | undefined> => {
    cdp ??= await page.context().newCDPSession(page);
    root ??= await closedRootOf(cdp, `document.querySelector('intercede-card')`);
    if (!root) return undefined;
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: root,
      functionDeclaration: `function () {
        const text = this.querySelector('[role="dialog"] [data-verse-text]');
        return text && /\\w{3,}/.test(text.textContent) ? performance.now() : -1;
      }`,
      returnByValue: true,
    });
    return (result.value as number) >= 0 ? (result.value as number) : undefined;
  };
}

/** Time from the end of the hover delay until the card shows verse text, by the page's clock. */
async function hoverLatency(page: Page, selector: string, text: string, delay: number): Promise<number> {
  const shownAt = cardWatcher(page);
  await page.mouse.move(5, 5);
  for (let i = 0; i < 500 && (await shownAt()) !== undefined; i++) await page.waitForTimeout(10);
  const point = await textPoint(page, selector, text);
  const started = await page.evaluate(() => performance.now());
  await page.mouse.move(point.x, point.y);
  const deadline = Date.now() + 5000;
  for (;;) {
    const at = await shownAt();
    if (at !== undefined) return at - started - delay;
    if (Date.now() > deadline) throw new Error(`no card for "${text}" in ${selector}`);
  }
}

async function setHoverDelay(browser: ExtensionBrowser, ms: number): Promise<void> {
  const worker = browser.context.serviceWorkers()[0]!;
  await worker.evaluate(`chrome.storage.sync.set({ hoverDelay: ${ms} })`);
}

async function main(): Promise<void> {
  const article = bigArticle({ bytes: 1_000_000 });
  const server: FixtureServer = await serveFixtures({
    'big.html': article.html,
    'plain.html': PLAIN,
    'huge-paragraphs.html': hugePage(false),
    'huge-block.html': hugePage(true),
  });
  const sizes = OUR_SCRIPTS.map((script) => readFileSync(`${CHROME_BUILD}${script}`));

  // Scan cost, from a trace of the page load, in several fresh browsers (the median is reported).
  const scans: ReturnType<typeof analyse>[] = [];
  const plainLoads: ReturnType<typeof analyse>[] = [];
  for (let i = 1; i < SCANS; i++) {
    const fresh = await launchExtension();
    scans.push(await traceScan(fresh, server, article.refs, await fresh.context.newPage()));
    const plainTab = await fresh.context.newPage();
    plainLoads.push(
      await traceLoad(fresh, plainTab, server.url('plain.html'), () => plainTab.waitForTimeout(1000)),
    );
    await fresh.close();
    process.stderr.write('s');
  }
  // The last run's browser stays open for the heap and the prefetched hovers.
  const browser = await launchExtension();
  await useTranslation(browser);
  const page = await browser.context.newPage();
  scans.push(await traceScan(browser, server, article.refs, page));
  const found = (await browser.pageStatus(page)).refs;
  const withExtension = await heapUsed(page);

  // Hover latency: prefetched (references on screen, after idle prefetching) and cold
  // (a fresh profile, delay 0, references never asked for).
  const delay = 300;
  const prefetched: number[] = [];
  await page.waitForTimeout(1000);
  const onScreen = await page.evaluate(() => {
    const ps = [...document.querySelectorAll('p')].filter(
      (p) => p.getBoundingClientRect().top < innerHeight - 40,
    );
    return ps.length;
  });
  for (let i = 0; i < HOVERS && i < onScreen * 3; i++) {
    const n = (i % onScreen) + 1;
    const ref = await nthRefIn(page, n, Math.floor(i / onScreen));
    if (ref) prefetched.push(await hoverLatency(page, `article p:nth-of-type(${n})`, ref, delay));
    process.stderr.write('.');
  }
  await browser.close();

  const cold: number[] = [];
  for (let i = 0; i < 10; i++) {
    const fresh = await launchExtension();
    await useTranslation(fresh);
    await setHoverDelay(fresh, 0);
    const p = await fresh.context.newPage();
    await p.goto(server.url('big.html'));
    // The first hover on a fresh install, as soon as the reference is underlined: nothing is
    // cached yet, and its prefetch (if any) is still in flight.
    const n = 1 + (i % 3);
    await waitForHighlights(p, (count) => count > 0, 30_000);
    const ref = await nthRefIn(p, n, i);
    if (ref) cold.push(await hoverLatency(p, `article p:nth-of-type(${n})`, ref, 0));
    process.stderr.write('c');
    await fresh.close();
  }

  // The hostile pages: the longest task of ours, how many references, and how long to the bound.
  const huge: { name: string; found: number; seconds: number; scan: ReturnType<typeof analyse> }[] = [];
  for (const [name, path] of [
    ['800 paragraphs', 'huge-paragraphs.html'],
    ['one paragraph', 'huge-block.html'],
  ] as const) {
    const fresh = await launchExtension();
    const tab = await fresh.context.newPage();
    let seconds = 0;
    const scan = await traceLoad(fresh, tab, server.url(path), async () => {
      const started = Date.now();
      await waitForFound(fresh, tab, (n) => n >= MAX_PAGE_REFS, 120_000);
      seconds = (Date.now() - started) / 1000;
      // Whatever the scan and prefetching do after the bound, in the trace too.
      await tab.waitForTimeout(3000);
    });
    const count = (await fresh.pageStatus(tab)).refs;
    huge.push({ name, found: count, seconds, scan });
    await fresh.close();
    process.stderr.write('h');
  }

  // The same page without the extension, for the heap comparison.
  const plain = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const plainPage = await plain.newPage({ viewport: { width: 1200, height: 800 } });
  await plainPage.goto(server.url('big.html'));
  await plainPage.waitForTimeout(2000);
  const withoutExtension = await heapUsed(plainPage);
  await plain.close();
  await server.close();
  if (importDir) rmSync(importDir, { recursive: true, force: true });

  console.log(
    `Content script on a ${(article.html.length / 1e6).toFixed(2)} MB article with ${article.refs} references (${found} found); cards in the ${TRANSLATION ?? 'WEB'}\n`,
  );
  console.log('| measure | value | target |\n|---|---:|---:|');
  const median = (pick: (scan: ReturnType<typeof analyse>) => number) => percentile(scans.map(pick), 50);
  const spread = (pick: (scan: ReturnType<typeof analyse>) => number) =>
    `${ms(Math.min(...scans.map(pick)))}–${ms(Math.max(...scans.map(pick)))}`;
  console.log(
    `| main-thread time of our script during the scan: CPU (thread time), median of ${scans.length} (range) | ${ms(median((s) => s.thread))} (${spread((s) => s.thread)}) | ≤ 150 ms |`,
  );
  console.log(
    `| the same calls by the clock, median of ${scans.length} (range) | ${ms(median((s) => s.wall))} (${spread((s) => s.wall)}) | |`,
  );
  const plainThread = plainLoads.map((p) => p.thread);
  // SCANS=1 measures in the last browser only, which loads no plain page.
  if (plainThread.length > 0) {
    console.log(
      `| a page with no references: our main-thread time at load (thread time), median of ${plainThread.length} (range) | ${ms(percentile(plainThread, 50))} (${ms(Math.min(...plainThread))}–${ms(Math.max(...plainThread))}) | |`,
    );
  }
  console.log(
    `| longest task running our script, worst of ${scans.length} (tasks per scan: ${median((s) => s.tasks)}) | ${ms(Math.max(...scans.map((s) => s.longestTask)))} | ≤ 50 ms |`,
  );
  console.log(
    `| hover→text after the delay, prefetched, p50 / p95 (n=${prefetched.length}) | ${ms(percentile(prefetched, 50))} / ${ms(percentile(prefetched, 95))} | p95 ≤ 50 ms |`,
  );
  console.log(
    `| hover→text, cold (fresh profile, first hover as the page loads), p50 / p95 (n=${cold.length}) | ${ms(percentile(cold, 50))} / ${ms(percentile(cold, 95))} | p95 ≤ 150 ms |`,
  );
  console.log(
    `| JS heap added to the page | ${((withExtension - withoutExtension) / 1024 / 1024).toFixed(2)} MB | |`,
  );
  for (const h of huge) {
    console.log(
      `| hostile 9.6 MB page, 800,000 references in ${h.name}: longest task running our script (tasks: ${h.scan.tasks}) | ${ms(h.scan.longestTask)} | ≤ 50 ms |`,
    );
    console.log(
      `| …references found (the bound) / seconds from navigation to the bound | ${h.found.toLocaleString('en')} / ${h.seconds.toFixed(1)} s | ${MAX_PAGE_REFS.toLocaleString('en')} |`,
    );
  }
  for (const [i, size] of sizes.entries()) {
    console.log(
      `| ${['first stage (every page)', 'page code (pages with references)'][i]}, raw / gzipped | ${(size.length / 1024).toFixed(1)} KB / ${(gzipSync(size, { level: 9 }).length / 1024).toFixed(1)} KB | ≤ 40 KB gz |`,
    );
  }
}

/** The text of the k-th underlined reference inside the n-th paragraph. */
async function nthRefIn(page: Page, n: number, k: number): Promise<string | undefined> {
  return page.evaluate(
    ([index, which]) => {
      const p = document.querySelectorAll('p')[index - 1];
      const highlight = CSS.highlights.get('intercede-ref');
      if (!p || !highlight) return undefined;
      const texts: string[] = [];
      for (const r of highlight) {
        if (!p.contains(r.startContainer)) continue;
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        texts.push(range.toString());
      }
      return texts[which % Math.max(1, texts.length)];
    },
    [n, k] as const,
  );
}

await main();
