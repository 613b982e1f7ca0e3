/**
 * `npm run bench:refs`: the reference finder's throughput on 1 MB of typographic prose,
 * against openbibleinfo's bible-passage-reference-parser on the same text; linear growth;
 * pathological inputs; and what the finder adds to the content script, gzipped.
 */
import { buildSync } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { bcv_parser } from 'bible-passage-reference-parser/esm/bcv_parser.js';
import * as en from 'bible-passage-reference-parser/esm/lang/en.js';
import { findReferences } from '../lib/refs';
import { prose } from '../tests/fixtures/big-article';

const MB = 1024 * 1024;

/** Best-of-`runs` seconds (the least disturbed run: GC and the other core add noise, not signal). */
function time(fn: () => unknown, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push((performance.now() - t) / 1000);
  }
  return Math.min(...samples);
}

// Pages are scanned block by block (a paragraph at a time), so both parsers get paragraphs.
const { paragraphs, refs } = prose({ bytes: MB, seed: 11 });
const bytes = paragraphs.reduce((n, p) => n + p.length, 0);
const ours = () => paragraphs.map((p) => findReferences(p));
const parser = new bcv_parser(en);
const theirs = () => paragraphs.map((p) => parser.parse(p).osis_and_indices());

ours();
const oursTime = time(ours, 9);
const theirsTime = time(theirs, 3);
const oursFound = ours().flat();
const theirsFound = theirs().flat();

// Where the two disagree. openbibleinfo joins references to different books ("1 John 2:1 and
// Luke 22:31–32") into one match, where Intercede keeps one match per book: those are counted
// apart, and the other disagreements are listed.
type Theirs = { osis: string; indices: [number, number] };
let joined = 0;
const disagreements: string[] = [];
for (const paragraph of paragraphs) {
  const a = findReferences(paragraph);
  const b = parser.parse(paragraph).osis_and_indices() as Theirs[];
  for (const m of b) {
    const [s, e] = m.indices;
    const same = a.find((x) => x.start === s && x.end === e && x.osis === m.osis);
    if (same) continue;
    const inside = a.filter((x) => x.start >= s && x.end <= e);
    if (inside.length > 1 && inside.map((x) => x.osis).join(',') === m.osis) joined++;
    else if (disagreements.length < 12) {
      disagreements.push(
        `openbibleinfo: "${paragraph.slice(s, e)}" → ${m.osis}; Intercede: ${inside.map((x) => x.osis).join(' + ') || 'nothing'}`,
      );
    }
  }
  for (const x of a) {
    if (!b.some((m) => m.indices[0] <= x.start && m.indices[1] >= x.end) && disagreements.length < 12) {
      disagreements.push(`Intercede only: "${x.text}" → ${x.osis}`);
    }
  }
}

// The fixture cases where openbibleinfo differs from our expectations (its known mistakes).
const fixture = JSON.parse(readFileSync('tests/fixtures/refs/cases.json', 'utf8')) as {
  text: string;
  expect: [string, string][];
  options?: object;
}[];
const mistakes = fixture
  .filter((c) => !c.options)
  .map((c) => {
    const got = (parser.parse(c.text).osis_and_indices() as Theirs[]).map((m) => m.osis).join(' + ');
    return { text: c.text, got, want: c.expect.map(([, osis]) => osis).join(' + ') };
  })
  .filter((c) => c.got !== c.want);

// Linear growth: 10× the text in one string.
const one = paragraphs.slice(0, Math.floor(paragraphs.length / 10)).join('\n');
const ten = Array.from({ length: 10 }, () => one).join('\n');
const tOne = time(() => findReferences(one), 41);
const tTen = time(() => findReferences(ten), 11);

// Pathological inputs.
const pathological: [string, string][] = [
  ['1 MB of digits and colons', '12:34:5:'.repeat(MB / 8)],
  ['"1 John " × 100,000', '1 John '.repeat(100_000)],
  [
    '5 MB single line',
    paragraphs
      .join(' ')
      .repeat(5)
      .slice(0, 5 * MB),
  ],
  ['1 MB with no spaces', paragraphs.join('').replace(/\s/g, '').slice(0, MB)],
];

// Size: the finder bundled and minified as the content script would carry it.
const bundle = buildSync({
  entryPoints: ['lib/refs/index.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
  alias: { '@': '.' },
});
const code = bundle.outputFiles[0]!.contents;

const mbps = (s: number) => `${(bytes / MB / s).toFixed(1)} MB/s`;
console.log(
  `Reference finder on ${(bytes / MB).toFixed(2)} MB of prose in ${paragraphs.length} paragraphs (${refs} references written)\n`,
);
console.log('| parser | throughput | references found |\n|---|---:|---:|');
console.log(`| Intercede findReferences | ${mbps(oursTime)} | ${oursFound.length} |`);
console.log(`| bible-passage-reference-parser 4.0.0 | ${mbps(theirsTime)} | ${theirsFound.length} |`);
console.log(`\nspeed ratio: ${(theirsTime / oursTime).toFixed(0)}× (target ≥ 100×, ≥ 20 MB/s)`);
console.log(`linear growth: 10× the text took ${(tTen / tOne).toFixed(2)}× the time (target ≤ 11×)`);
console.log('\n| pathological input | size | time |\n|---|---:|---:|');
for (const [name, text] of pathological) {
  const t = time(() => findReferences(text), 3);
  console.log(`| ${name} | ${(text.length / MB).toFixed(2)} MB | ${(t * 1000).toFixed(1)} ms |`);
}
console.log(
  `\nfinder bundle: ${(code.length / 1024).toFixed(1)} KB minified, ${(gzipSync(code, { level: 9 }).length / 1024).toFixed(1)} KB gzipped (target ≤ 20 KB)`,
);
console.log(
  `\nopenbibleinfo joined references to different books into one match ${joined} times (Intercede: one match per book).`,
);
console.log(`other disagreements on the prose (${disagreements.length} shown):`);
for (const d of disagreements) console.log(`  ${d}`);
console.log(
  `\nfixture cases (tests/fixtures/refs/cases.json) where openbibleinfo differs: ${mistakes.length} of ${fixture.length}`,
);
for (const m of mistakes.slice(0, 25))
  console.log(
    `  ${JSON.stringify(m.text)}: openbibleinfo ${m.got || 'nothing'}; Intercede ${m.want || 'nothing'}`,
  );
