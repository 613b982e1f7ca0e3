/**
 * `npm run bench:peers`: Intercede beside two other tools that find Bible references on a page,
 * BibleUp and blinx.js (scripts/peers.ts obtains them; never committed), in the same Chromium
 * on the same pages: a plain page, an ordinary article and the 1 MB article. Intercede runs as
 * the built extension; the peers as page scripts at the end of the page, started as their
 * READMEs show. For each load, traced from navigation until the page has settled:
 *
 * - the tool's own script time: the thread time of the outermost FunctionCall, EvaluateScript
 *   and compile events of its scripts on the page's main thread;
 * - the longest task that ran any of its code (by the clock);
 * - the page renderer's whole main-thread CPU (top-level tasks' thread time: script,
 *   microtasks, style, layout, paint, GC, as bench:page-cost counts it), beside the same page
 *   with no tool;
 * - DOM changes: a MutationObserver the page installs before the tool runs counts nodes added
 *   or removed, attribute changes and text changes;
 * - the page's JS heap after the scan, after a forced garbage collection.
 *
 * No request may leave 127.0.0.1 (the peers fetch passage text on hover, and nothing hovers):
 * every other request is aborted and counted. `LOADS_SCALE=3` for a quiet run with more loads.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ms, percentile } from './bench-stats';
import { trace, type TraceEvent } from './bench-trace';
import { BENCH_ATTRIBUTE, obtainPeers } from './peers';
import { bigArticle } from '../tests/fixtures/big-article';
import { CHROME_BUILD, QUIET_CHROMIUM, launchExtension } from '../tests/e2e/support/chromium';
import { serveFixtures } from '../tests/e2e/support/server';

const CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute';
const scale = Number(process.env.LOADS_SCALE ?? 1);
const LOADS = { plain: Math.ceil(10 * scale), article: Math.ceil(6 * scale), big: Math.ceil(3 * scale) };
/** A page has settled when no DOM change has come for this long (after its settle time). */
const QUIET = 1000;

/** The same plain page as bench:page-cost's. */
const PLAIN = `<!doctype html><title>Plain</title><p>${'Nothing here names a passage. '.repeat(300)}</p>`;

/**
 * The page's own watcher, first of the tags the page ends with: counts every DOM change after
 * it (the parser's insertion of the benchmark's own tags excepted) and when the last came.
 */
const WATCH = `<script ${BENCH_ATTRIBUTE}>{
  const changes = { added: 0, removed: 0, attributes: 0, characterData: 0, last: performance.now() };
  window.__benchChanges = changes;
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.type !== 'childList') changes[r.type]++;
      else {
        for (const n of r.addedNodes) if (!(n.nodeType === 1 && n.hasAttribute('${BENCH_ATTRIBUTE}'))) changes.added++;
        changes.removed += r.removedNodes.length;
      }
    }
    changes.last = performance.now();
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
}</script>`;

/** DOM changes by kind: nodes added, nodes removed, attribute changes, text changes. */
type Changes = [added: number, removed: number, attributes: number, text: number];

interface BenchWindow {
  __benchChanges: { added: number; removed: number; attributes: number; characterData: number; last: number };
}

/** `html` ending with the watcher and `tags`, with nothing after them for the parser to add. */
function endWith(html: string, tags: string): string {
  const end = html.search(/<\/body>\s*(<\/html>\s*)?$/i);
  return end < 0 ? html.trimEnd() + WATCH + tags : `${html.slice(0, end)}${WATCH}${tags}</body></html>`;
}

interface Tool {
  name: string;
  context: BrowserContext;
  /** The page to load, by the page's file stem. */
  page: (stem: string) => string;
  /** Whether a script URL is the tool's own. */
  isOwn: (url: string) => boolean;
  /** How many references the tool marked. */
  marked: (tab: Page) => Promise<number>;
}

interface Load {
  cpu: number;
  script: number;
  longest: number;
  /** The longest task's thread time: what it ran, without the moments the OS gave the core away. */
  longestThread: number;
  changes: number;
  kinds: Changes;
  heap: number;
  marked: number;
}

/** The page renderer's main-thread CPU, the tool's script time, and its longest task. */
function analyse(events: TraceEvent[], url: string, isOwn: (url: string) => boolean) {
  const page = events.find((e) => e.name === 'ParseHTML' && (e.args?.beginData?.url ?? '').startsWith(url));
  if (!page) throw new Error('the page’s main thread is not in the trace');
  const main = events.filter(
    (e) => e.ph === 'X' && e.dur !== undefined && e.pid === page.pid && e.tid === page.tid,
  );
  const outermost = (list: TraceEvent[]) => {
    const sorted = list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const kept: TraceEvent[] = [];
    for (const e of sorted) if (!kept.length || e.ts >= kept.at(-1)!.ts + kept.at(-1)!.dur!) kept.push(e);
    return kept;
  };
  const tasks = outermost(
    main.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'),
  );
  const own = outermost(
    main.filter(
      (e) =>
        (e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.compile') &&
        isOwn(e.args?.data?.url ?? ''),
    ),
  );
  const thread = (list: TraceEvent[]) => list.reduce((sum, e) => sum + (e.tdur ?? e.dur!), 0) / 1000;
  const longest = tasks
    .filter((t) => own.some((c) => c.ts >= t.ts && c.ts < t.ts + t.dur!))
    .reduce<TraceEvent | undefined>((max, t) => (max && max.dur! >= t.dur! ? max : t), undefined);
  return {
    cpu: thread(tasks),
    script: thread(own),
    longest: (longest?.dur ?? 0) / 1000,
    longestThread: longest ? thread([longest]) : 0,
  };
}

/** The figures of a load that are numbers. */
type Figure = Exclude<keyof Load, 'kinds'>;

/** Loads `url` in a fresh tab, traced until it has settled; then counts, marks and weighs it. */
async function measure(tool: Tool, url: string, settle: number, errors: Map<string, number>): Promise<Load> {
  const tab = await tool.context.newPage();
  const note = (text: string) => errors.set(text, (errors.get(text) ?? 0) + 1);
  tab.on('pageerror', (e) => note(e.message.split('\n')[0]!));
  tab.on('console', (m) => m.type() === 'error' && note(m.text().split('\n')[0]!));
  const cdp = await tool.context.newCDPSession(tab);
  let kinds: Changes = [0, 0, 0, 0];
  const events = await trace(
    cdp,
    async () => {
      await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
      await tab.waitForTimeout(settle);
      for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
        const quiet = await tab.evaluate(
          () => performance.now() - (window as unknown as BenchWindow).__benchChanges.last,
        );
        if (quiet >= QUIET) break;
        await tab.waitForTimeout(QUIET - quiet);
      }
      kinds = await tab.evaluate(() => {
        const c = (window as unknown as BenchWindow).__benchChanges;
        return [c.added, c.removed, c.attributes, c.characterData] as Changes;
      });
    },
    CATEGORIES,
  );
  const marked = await tool.marked(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  await tab.close();
  const changes = kinds.reduce((a, b) => a + b, 0);
  return { ...analyse(events, url, tool.isOwn), changes, kinds, heap: usedSize / 2 ** 20, marked };
}

async function main(): Promise<void> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json')))
    throw new Error('No build: run `npm run build` first.');
  const { peers, skipped } = await obtainPeers();
  for (const line of skipped) console.log(line);

  const article = bigArticle({ bytes: 1_000_000 });
  const pages = [
    { name: 'plain page, no reference', stem: 'plain', html: PLAIN, loads: LOADS.plain, settle: 1500 },
    {
      name: 'ordinary article (tests/fixtures/pages/article.html)',
      stem: 'article',
      html: readFileSync(new URL('../tests/fixtures/pages/article.html', import.meta.url), 'utf8'),
      loads: LOADS.article,
      settle: 1500,
    },
    {
      name: `1 MB article, ${article.refs.toLocaleString('en')} references`,
      stem: 'big',
      html: article.html,
      loads: LOADS.big,
      settle: 5000,
    },
  ];
  const generated: Record<string, string> = {};
  for (const { stem, html } of pages) {
    generated[`${stem}-none.html`] = endWith(html, '');
    for (const peer of peers) generated[`${stem}-${peer.id}.html`] = endWith(html, peer.tags);
  }
  for (const peer of peers) {
    for (const [file, text] of Object.entries(peer.files)) generated[`peers/${peer.id}/${file}`] = text;
  }
  const server = await serveFixtures(generated);

  const plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'intercede-peers-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: QUIET_CHROMIUM,
  });
  const intercede = await launchExtension();
  const blocked = new Map<string, number>();
  for (const context of [plain, intercede.context]) {
    await context.route(
      (url) => url.hostname !== '127.0.0.1' && /^(https?|wss?):$/.test(url.protocol),
      (route) => {
        const { origin, pathname } = new URL(route.request().url());
        blocked.set(origin + pathname, (blocked.get(origin + pathname) ?? 0) + 1);
        return route.abort('blockedbyclient');
      },
    );
  }

  const tools: Tool[] = [
    {
      name: 'no tool',
      context: plain,
      page: (s) => `${s}-none.html`,
      isOwn: () => false,
      marked: async () => 0,
    },
    {
      name: 'Intercede',
      context: intercede.context,
      page: (s) => `${s}-none.html`,
      isOwn: (url) => url.startsWith('chrome-extension://'),
      marked: async (tab) => (await intercede.pageStatus(tab).catch(() => undefined))?.refs ?? 0,
    },
    ...peers.map((peer): Tool => ({
      name: `${peer.name} ${peer.version}`,
      context: plain,
      page: (s) => `${s}-${peer.id}.html`,
      isOwn: (url) => url.startsWith(server.url(`peers/${peer.id}/`)),
      marked: (tab) =>
        tab.evaluate((selector) => document.querySelectorAll(selector).length, peer.linkSelector),
    })),
  ];
  const kinds: string[] = [];
  const errors = new Map(tools.map((t) => [t.name, new Map<string, number>()]));
  // One load of each first (code caches, first navigation), outside the figures.
  for (const tool of tools) await measure(tool, server.url(tool.page('plain')), 500, new Map());

  console.log(
    `\nEach tool on the same pages in Chromium ${plain.browser()?.version() ?? ''}; medians with (min–max) over the loads, tools taking turns load by load.\n`,
  );
  console.log(
    '| page | tool | loads | script (thread time) | longest task running it (thread time) | main-thread CPU | added over no tool | DOM changes | JS heap | heap added | references marked |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const { name, stem, loads, settle } of pages) {
    const results = tools.map(() => [] as Load[]);
    for (let i = 0; i < loads; i++) {
      for (const [t, tool] of tools.entries()) {
        results[t]!.push(await measure(tool, server.url(tool.page(stem)), settle, errors.get(tool.name)!));
      }
      process.stderr.write('.');
    }
    const median = (runs: Load[], key: Figure) =>
      percentile(
        runs.map((r) => r[key]),
        50,
      );
    const spread = (runs: Load[], key: Figure) => {
      const values = runs.map((r) => r[key]);
      return `${ms(median(runs, key))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
    };
    const base = results[0]!;
    for (const [t, tool] of tools.entries()) {
      const runs = results[t]!;
      const none = t === 0;
      const cells = [
        name,
        tool.name,
        loads,
        none ? '—' : spread(runs, 'script'),
        none ? '—' : `${ms(median(runs, 'longest'))} (${ms(median(runs, 'longestThread'))})`,
        spread(runs, 'cpu'),
        none
          ? '—'
          : `${ms(median(runs, 'cpu') - median(base, 'cpu'))} (${(median(runs, 'cpu') / median(base, 'cpu')).toFixed(2)}×)`,
        median(runs, 'changes').toLocaleString('en'),
        `${median(runs, 'heap').toFixed(2)} MB`,
        none ? '—' : `${(median(runs, 'heap') - median(base, 'heap')).toFixed(2)} MB`,
        none ? '—' : median(runs, 'marked').toLocaleString('en'),
      ];
      console.log(`| ${cells.join(' | ')} |`);
      const typical = runs.find((r) => r.changes === median(runs, 'changes'))!;
      if (typical.changes) {
        const [added, removed, attributes, text] = typical.kinds.map((n) => n.toLocaleString('en'));
        kinds.push(
          `${tool.name}, ${name}: ${added} nodes added, ${removed} removed, ${attributes} attribute changes, ${text} text changes`,
        );
      }
    }
  }
  console.log(`\nDOM changes by kind (the load with the median count):\n${kinds.join('\n')}`);
  await intercede.close();
  await plain.close();
  await server.close();

  const total = [...blocked.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\nRequests not to 127.0.0.1, blocked: ${total}${total ? ` (${[...blocked].map(([h, n]) => `${h} ${n}`).join(', ')})` : ''}.`,
  );
  for (const [tool, seen] of errors) {
    for (const [text, n] of seen) console.log(`${tool}: page error or console error ×${n}: ${text}`);
  }
  console.log(
    'Script time: the tool’s outermost calls on the page’s main thread (thread time); longest task: by the clock (its thread time in brackets). Intercede marks references found (it paints those near the viewport); the peers, links they added.',
  );
}

await main();
