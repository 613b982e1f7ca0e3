/**
 * `npm run sizes`: what the built extension weighs — the script every page loads, the page code
 * pages with references load, the service worker, what the popup loads before its first paint,
 * and the data packs — raw and gzipped. `BUILD=<dir>` weighs another build (a copy made before a
 * change) instead of .output/chrome-mv3.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const build = process.env.BUILD ?? '.output/chrome-mv3';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function measure(paths: string[]): { raw: number; gzip: number; count: number } {
  let raw = 0;
  let gzip = 0;
  for (const path of paths) {
    const bytes = readFileSync(path);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip, count: paths.length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MB`;
const size = (n: number) => (n > 1024 * 1024 ? mb(n) : kb(n));

const all = files(build);
const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as {
  content_scripts?: { js?: string[]; css?: string[] }[];
};
/** What an extension page loads before it runs: its script, the chunks it preloads, its CSS. */
function pageLoad(html: string): string[] {
  const text = readFileSync(join(build, html), 'utf8');
  return [html, ...[...text.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!)].map((f) =>
    join(build, f),
  );
}
const contentFiles = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
const groups: [string, string[]][] = [
  ['first stage on every page (JS + highlight CSS)', contentFiles.map((f) => join(build, f))],
  ['page code, loaded where a reference may be', [join(build, 'page-main.js')]],
  ['background', [join(build, 'background.js')]],
  ["popup's first load (before anything is typed)", pageLoad('popup.html')],
  [
    'all extension pages (popup, options, side panel, about, first run, offscreen: JS, CSS, HTML)',
    all.filter((f) => /^[^/]+\.html$|chunks\/|assets\//.test(relative(build, f))),
  ],
  ['data: WEB book packs', all.filter((f) => f.includes('/data/bible/WEB/'))],
  ['data: KJV book packs', all.filter((f) => f.includes('/data/bible/KJV/'))],
  ['data: RV1909 book packs', all.filter((f) => f.includes('/data/bible/RV1909/'))],
  ["data: Nave's topics + index", all.filter((f) => f.includes('/data/nave/'))],
  ['data: commentary', all.filter((f) => f.includes('/data/commentary'))],
  ['whole extension', all],
];

console.log(`| part | files | raw | gzipped |\n|---|---:|---:|---:|`);
for (const [name, paths] of groups) {
  const m = measure(paths);
  console.log(`| ${name} | ${m.count} | ${size(m.raw)} | ${size(m.gzip)} |`);
}
