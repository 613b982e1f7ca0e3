/**
 * `npx tsx scripts/bench-real-prose.ts [--judge]`: precision and recall of the finder and of
 * openbibleinfo's parser on real prose by writers we do not know — public-domain commentaries
 * in Debian (sword-comm-tdavid: Spurgeon's Treasury of David and the writers it quotes;
 * sword-comm-scofield: the Scofield notes; sword-comm-mhcc: Matthew Henry's Concise Commentary,
 * Genesis to 2 Chronicles only, as its module reads badly after that). The prose is rebuilt
 * here from the installed modules and never committed; what is committed is the hand-judged
 * truth for every place where the two readers disagree or the module marks a reference
 * neither reads (tests/fixtures/refs/real-prose-labels.json), keyed by module, entry and
 * offsets in the text this script derives.
 *
 * A place where both readers give the same verses is taken as right without a judgement.
 * `--judge` prints the places that still need one, with their context and the module's own
 * markup as a hint.
 */
import './bench-stats';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { bcv_parser } from 'bible-passage-reference-parser/esm/bcv_parser.js';
import * as en from 'bible-passage-reference-parser/esm/lang/en.js';
import { findReferences } from '../lib/refs';
import { verseSet } from './verse-set';

const LABELS = 'tests/fixtures/refs/real-prose-labels.json';

/** Module, how much of its text to take, and which entries to read (every nth). */
const SOURCES = [
  { module: 'TDavid', budget: 200_000, every: 7, stopAt: undefined },
  { module: 'Scofield', budget: 200_000, every: 9, stopAt: undefined },
  { module: 'MHCC', budget: 200_000, every: 11, stopAt: 'Ezra' },
] as const;

/** The most taken from one entry, so that many entries (and so many writers) are read. */
const LONGEST = 12_000;

interface Entry {
  id: string;
  text: string;
  /** The module's own <reference> spans in `text`, as hints for the judge. */
  marked: { start: number; end: number; ref: string }[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Plain text of one entry's OSIS markup, and where its <reference> elements fall in it. */
function plain(markup: string): Omit<Entry, 'id'> {
  let text = '';
  const marked: Entry['marked'] = [];
  let open: { start: number; ref: string } | undefined;
  for (const token of markup.split(/(<[^>]*>)/)) {
    if (!token.startsWith('<')) {
      text += token.replace(/&(\w+);/g, (m, name: string) => ENTITIES[name] ?? m);
      continue;
    }
    const ref = /^<reference[^>]*osisRef="([^"]*)"/.exec(token);
    if (ref) open = { start: text.length, ref: ref[1]! };
    else if (token.startsWith('</reference') && open) {
      marked.push({ ...open, end: text.length });
      open = undefined;
    } else if (/^<(div|lb|l |l>|title|chapter|milestone|p[ >])/.test(token)) text += ' ';
  }
  return { text, marked };
}

/** Every nth entry of a module, up to its budget, as plain text. */
async function read(source: (typeof SOURCES)[number]): Promise<Entry[]> {
  const child = spawn('mod2imp', [source.module], { stdio: ['ignore', 'pipe', 'ignore'] });
  const lines = createInterface({ input: child.stdout });
  const entries: Entry[] = [];
  const seen = new Set<string>();
  let key = '';
  let body = '';
  let index = 0;
  let size = 0;
  const flush = () => {
    if (!key || !body.trim()) return;
    const n = index++;
    if (n % source.every !== 0 || size >= source.budget) return;
    const entry = plain(body);
    // A long entry (a whole psalm's exposition) is cut at a sentence end; very short ones and
    // entries of repeated text (the MHCC module's fault) are skipped.
    if (entry.text.length > LONGEST) {
      const cut = entry.text.lastIndexOf('. ', LONGEST) + 1;
      entry.text = entry.text.slice(0, cut);
      entry.marked = entry.marked.filter((m) => m.end <= cut);
    }
    if (entry.text.length < 200 || seen.has(entry.text)) return;
    seen.add(entry.text);
    entries.push({ id: `${source.module}|${key}`, ...entry });
    size += entry.text.length;
  };
  for await (const line of lines) {
    if (line.startsWith('$$$')) {
      flush();
      key = line.slice(3);
      body = '';
      if ((source.stopAt && key.startsWith(source.stopAt)) || size >= source.budget) break;
    } else body += line + '\n';
  }
  flush();
  child.kill();
  return entries;
}

type Found = { start: number; end: number; osis: string };
const parser = new bcv_parser(en);
const theirs = (text: string): Found[] =>
  (parser.parse(text).osis_and_indices() as { osis: string; indices: [number, number] }[]).map((m) => ({
    start: m.indices[0],
    end: m.indices[1],
    osis: m.osis,
  }));
const ours = (text: string): Found[] => findReferences(text);

/** A place: overlapping spans of either reader or the module's markup, with what each read there. */
interface Place {
  start: number;
  end: number;
  ours: string;
  theirs: string;
  marked: string;
}

function places(entry: Entry, a: Found[], b: Found[]): Place[] {
  const spans = [
    ...a.map((m) => ({ ...m, who: 'ours' as const })),
    ...b.map((m) => ({ ...m, who: 'theirs' as const })),
    ...entry.marked.map((m) => ({ start: m.start, end: m.end, osis: m.ref, who: 'marked' as const })),
  ].sort((x, y) => x.start - y.start);
  const out: Place[] = [];
  for (const s of spans) {
    let p = out[out.length - 1];
    if (!p || s.start >= p.end) {
      p = { start: s.start, end: s.end, ours: '', theirs: '', marked: '' };
      out.push(p);
    }
    p.end = Math.max(p.end, s.end);
    p[s.who] = p[s.who] ? `${p[s.who]},${s.osis}` : s.osis;
  }
  return out;
}

const judge = process.argv.includes('--judge');
/** Per entry: [start, end, the verses truly written there ('' for none), why]. */
const labels = JSON.parse(readFileSync(LABELS, 'utf8')) as Record<string, [number, number, string, string][]>;
const score = { ours: { tp: 0, fp: 0, fn: 0 }, theirs: { tp: 0, fp: 0, fn: 0 } };
let bytes = 0;
let entries = 0;
let judged = 0;
let agreed = 0;
let unjudged = 0;
const misses: string[] = [];
const texts: string[] = [];
for (const source of SOURCES) {
  for (const entry of await read(source)) {
    entries++;
    texts.push(entry.text);
    bytes += entry.text.length;
    const verdicts = labels[entry.id] ?? [];
    for (const p of places(entry, ours(entry.text), theirs(entry.text))) {
      const a = p.ours && verseSet(p.ours);
      const b = p.theirs && verseSet(p.theirs);
      // A verdict holds the place it overlaps, so a change of span does not lose it.
      const verdict = verdicts.find(([s, e]) => s < p.end && p.start < e);
      let truth: string;
      if (verdict) {
        truth = verdict[2] && verseSet(verdict[2]);
        judged++;
      } else if (a && a === b) {
        truth = a;
        agreed++;
      } else {
        unjudged++;
        if (judge) {
          const context = entry.text.slice(Math.max(0, p.start - 60), p.end + 40);
          console.log(
            JSON.stringify({
              id: entry.id,
              at: [p.start, p.end],
              ours: p.ours,
              theirs: p.theirs,
              marked: p.marked,
            }),
          );
          console.log(`   …${context}…`);
        }
        continue;
      }
      for (const [who, got] of [
        ['ours', a],
        ['theirs', b],
      ] as const) {
        const s = score[who];
        if (got === truth) {
          if (got) s.tp++;
        } else {
          if (got) s.fp++;
          if (truth) s.fn++;
          if (who === 'ours' && !judge)
            misses.push(`${entry.id} “${entry.text.slice(p.start, p.end)}” ours ${p.ours || '—'}`);
        }
      }
    }
  }
}

const pr = (s: { tp: number; fp: number; fn: number }) =>
  `${(s.tp / (s.tp + s.fp)).toFixed(3)} | ${(s.tp / (s.tp + s.fn)).toFixed(3)} | ${s.tp} | ${s.fp} | ${s.fn}`;
console.log(
  `\n${entries} entries, ${(bytes / 1024).toFixed(0)} KB of prose; ${agreed} places where both readers agree, ` +
    `${judged} judged by hand, ${unjudged} not yet judged.\n`,
);
console.log('| reader | precision | recall | right | wrong | missed |\n|---|---:|---:|---:|---:|---:|');
console.log(`| Intercede findReferences | ${pr(score.ours)} |`);
console.log(`| bible-passage-reference-parser 4.0.0 | ${pr(score.theirs)} |`);

// Throughput on real prose, entry by entry as a page's blocks are read: the best of 100 passes
// (the least disturbed by the other core and by GC).
let best = Infinity;
for (let run = 0; run < 100; run++) {
  const t = performance.now();
  for (const text of texts) findReferences(text);
  best = Math.min(best, performance.now() - t);
}
console.log(
  `\nIntercede throughput on this prose: ${(bytes / 1024 / 1024 / (best / 1000)).toFixed(1)} MB/s (best of 100 passes, ${best.toFixed(2)} ms each).`,
);
if (misses.length) console.log(`\nIntercede's mistakes:\n${misses.map((m) => `  ${m}`).join('\n')}`);
