/**
 * The peers `bench:peers` measures Intercede against, obtained on the machine that runs it and
 * kept in the git-ignored `.cache/peers/`: no third-party code is committed. BibleUp comes from
 * npm (`npm pack`); blinx.js is not on npm, so its built bundle and the two scripts it loads at
 * start are fetched from its public GitHub repository at the release tag, or read from
 * `PEER_BLINX=/path/to/blinx.js` (with its parser and tippy.js beside it) on a machine without
 * GitHub. A peer that cannot be obtained is skipped with one line saying why.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A tool injected into the page as page scripts. */
export interface Peer {
  name: string;
  version: string;
  /** Served at `/peers/<id>/<file>`. */
  id: string;
  files: Record<string, string>;
  /** The tags the page ends with: the scripts and the call that starts the scan. */
  tags: string;
  /** What the tool adds for each reference it links (to count them after the scan). */
  linkSelector: string;
}

const CACHE = fileURLToPath(new URL('../.cache/peers/', import.meta.url));

/** The npm registry has 1.0.0-beta.5 as latest; GitHub's 1.1.0 was never published there. */
const BIBLEUP_VERSION = '1.0.0-beta.5';
const BLINX_TAG = 'v0.5.5';
/** The parser build blinx.js 0.5.5 loads from jsDelivr (its fork of openbibleinfo's parser). */
const BLINX_PARSER_COMMIT = '99f0338587acb6eb8365c4ea6b48b9c52040ae90';

/** Marks the tags the parser inserts for the benchmark, so the page's MutationObserver skips them. */
export const BENCH_ATTRIBUTE = 'data-intercede-bench';

function firstLine(error: unknown): string {
  const text =
    error instanceof Error ? ((error as { stderr?: Buffer }).stderr?.toString() ?? error.message) : '';
  return (text || String(error)).trim().split('\n')[0] ?? '';
}

function bibleUp(): Peer | string {
  const dir = join(CACHE, `bibleup-${BIBLEUP_VERSION}`);
  const bundle = join(dir, 'package/dist/umd/bibleup.min.js');
  if (!existsSync(bundle)) {
    try {
      mkdirSync(dir, { recursive: true });
      const packed = JSON.parse(
        execFileSync(
          'npm',
          ['pack', `@bibleup/bibleup@${BIBLEUP_VERSION}`, '--json', '--pack-destination', dir],
          {
            stdio: ['ignore', 'pipe', 'pipe'],
          },
        ).toString(),
      ) as { filename: string }[];
      execFileSync('tar', ['-xzf', join(dir, packed[0]!.filename), '-C', dir]);
    } catch (error) {
      return `BibleUp: npm pack @bibleup/bibleup@${BIBLEUP_VERSION} failed (${firstLine(error)}); skipped`;
    }
  }
  const b = `/peers/bibleup`;
  return {
    name: 'BibleUp',
    version: BIBLEUP_VERSION,
    id: 'bibleup',
    files: {
      // The UMD bundle (package.json's "browser"): the class as the global BibleUp, its CSS injected.
      'bibleup.min.js': readFileSync(bundle, 'utf8'),
      // Its README's start: the class over the element to scan, then create().
      'start.js': `new BibleUp(document.body, { version: 'KJV', popup: 'classic' }).create();\n`,
    },
    tags: `<script ${BENCH_ATTRIBUTE} src="${b}/bibleup.min.js"></script><script ${BENCH_ATTRIBUTE} src="${b}/start.js"></script>`,
    linkSelector: 'a.bu-link',
  };
}

/**
 * blinx.js and what it loads as it starts: openbibleinfo's parser (without it blinx finds
 * nothing) and tippy.js. Its README preloads the parser with a script tag beside it, and
 * blinx loads tippy.js only if `window.tippy` is missing, so both are served from 127.0.0.1.
 */
const BLINX_FILES = {
  'blinx.js': [
    `https://raw.githubusercontent.com/renehamburger/blinx.js/${BLINX_TAG}/dist/blinx.js`,
    `https://cdn.jsdelivr.net/gh/renehamburger/blinx.js@${BLINX_TAG}/dist/blinx.js`,
  ],
  'en_bcv_parser.js': [
    `https://raw.githubusercontent.com/renehamburger/Bible-Passage-Reference-Parser/${BLINX_PARSER_COMMIT}/js/en_bcv_parser.js`,
    `https://cdn.jsdelivr.net/gh/renehamburger/Bible-Passage-Reference-Parser@${BLINX_PARSER_COMMIT}/js/en_bcv_parser.js`,
  ],
  'tippy.all.min.js': [
    `https://raw.githubusercontent.com/renehamburger/blinx.js/${BLINX_TAG}/assets/tippy.all.min.js`,
    `https://cdn.jsdelivr.net/gh/renehamburger/blinx.js@${BLINX_TAG}/assets/tippy.all.min.js`,
  ],
} as const;

async function download(urls: readonly string[]): Promise<string | undefined> {
  for (const url of urls) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
      if (response.ok) return await response.text();
    } catch {
      // unreachable: try the next address
    }
  }
  return undefined;
}

async function blinx(): Promise<Peer | string> {
  const given = process.env.PEER_BLINX;
  const cache = join(CACHE, `blinx.js-${BLINX_TAG}`);
  const files: Record<string, string> = {};
  for (const [file, urls] of Object.entries(BLINX_FILES)) {
    const local = given
      ? file === 'blinx.js'
        ? [given]
        : [join(dirname(given), file), join(cache, file)]
      : [join(cache, file)];
    const found = local.find((path) => existsSync(path));
    if (found) {
      files[file] = readFileSync(found, 'utf8');
      continue;
    }
    const text = await download(urls);
    if (text === undefined) {
      return file === 'blinx.js'
        ? 'blinx.js: not found on npm, GitHub unreachable; set PEER_BLINX=/path/to/blinx.js to include it'
        : `blinx.js: its ${file} is not beside PEER_BLINX and GitHub is unreachable (${urls[0]}); skipped`;
    }
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, file), text);
    files[file] = text;
  }
  const b = '/peers/blinx';
  // Deferred, as its README shows; blinx.js starts by itself, its options in data-blinx.
  return {
    name: 'blinx.js',
    version: BLINX_TAG.slice(1),
    id: 'blinx',
    files,
    tags:
      `<script ${BENCH_ATTRIBUTE} defer src="${b}/en_bcv_parser.js"></script>` +
      `<script ${BENCH_ATTRIBUTE} defer src="${b}/tippy.all.min.js"></script>` +
      `<script ${BENCH_ATTRIBUTE} defer src="${b}/blinx.js" data-blinx="{ language: 'en' }"></script>`,
    linkSelector: '[data-osis]',
  };
}

/** The peers that could be obtained, and a line for each that could not. */
export async function obtainPeers(): Promise<{ peers: Peer[]; skipped: string[] }> {
  const peers: Peer[] = [];
  const skipped: string[] = [];
  for (const peer of [bibleUp(), await blinx()]) {
    if (typeof peer === 'string') skipped.push(peer);
    else peers.push(peer);
  }
  return { peers, skipped };
}
