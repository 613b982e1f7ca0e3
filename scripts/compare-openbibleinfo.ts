/**
 * `npx tsx scripts/compare-openbibleinfo.ts <their repository>`: how many of the English test cases in
 * openbibleinfo's Bible Passage Reference Parser our finder agrees with. It reads their spec
 * files at run time (a clone, or the bare git directory of one) and keeps nothing of them: each
 * `parse("…").osis()` expectation is compared with what findReferences reads in the same input,
 * both written out as the verses they cover, so their compaction and combination styles
 * ("Gen.1" or "Gen.1.1-Gen.1.31") do not count as disagreements.
 *
 * Cases are sorted into families: Apocrypha (books we do not read), misspellings (book names in
 * their English spec that are neither our spellings nor an abbreviation of the book's name),
 * cases that set options changing the meaning of what is written, and the rest, which are
 * counted. `--finder <module>` compares another build of the finder (an older commit's
 * lib/refs/index.ts); `--list` prints the disagreements.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BOOKS, getBook } from '../lib/bible/books';
import { BOOK_BY_NAME, ORDINALS } from '../lib/refs/book-names';
import { verseSet } from './verse-set';

const SPECS = [
  'test/realworld.spec.js',
  'test/parse.spec.js',
  'test/docs.spec.js',
  'test/existence.spec.js',
  'test/lang/en.spec.js',
];

/** Options that only change how their parser writes the OSIS id, not what it reads. */
const STYLE_OPTIONS = new Set([
  'osis_compaction_strategy',
  'sequence_combination_strategy',
  'consecutive_combination_strategy',
]);

const args = process.argv.slice(2);
const repo = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--finder');
if (!repo) {
  console.error('usage: compare-openbibleinfo.ts <their repository> [--finder module] [--list]');
  process.exit(1);
}
const finderPath = args.includes('--finder') ? args[args.indexOf('--finder') + 1]! : '../lib/refs/index.ts';
const { findReferences } = (await import(
  finderPath.startsWith('.') ? finderPath : pathToFileURL(resolve(finderPath)).href
)) as { findReferences: (text: string) => { osis: string }[] };

/** A spec file's text from a work tree, or from a bare git directory. */
function readSpec(path: string): string {
  if (existsSync(join(repo!, path))) return readFileSync(join(repo!, path), 'utf8');
  return execFileSync('git', ['--git-dir', repo!, 'show', `HEAD:${path}`], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
}

interface Case {
  file: string;
  block: string;
  input: string;
  expected: string;
  family: 'counted' | 'Apocrypha' | 'misspelling' | 'options';
}

const EXPECTATION = /(?:p|bcv)\.parse\(("(?:[^"\\]|\\.)*")\)\.osis\(\)\)\.toEqual\(("(?:[^"\\]|\\.)*")\)/g;
const OPTION_KEYS = /set_options\(\{([^}]*)\}/g;

/** Whether a block sets an option that changes what is read (not only how it is written). */
function meaningOptions(body: string): boolean {
  for (const m of body.matchAll(OPTION_KEYS)) {
    for (const key of m[1]!.matchAll(/(\w+)\s*:/g)) if (!STYLE_OPTIONS.has(key[1]!)) return true;
  }
  return false;
}

/** Full names a book is written under, lower-case without spaces, for the abbreviation test. */
const FULL_NAMES = new Map<string, string[]>(
  BOOKS.map((b) => [b.id, [b.name.replace(/^\d /, '').toLowerCase().replace(/ /g, '')]]),
);
for (const [id, more] of [
  ['Song', ['songofsongs', 'songofsolomon', 'canticles', 'canticleofcanticles']],
  ['Eccl', ['qoheleth']],
  ['Rev', ['revelationofjohn', 'apocalypse']],
  ['Ps', ['psalm', 'psalms']],
  ['Acts', ['actsoftheapostles']],
] as const) {
  FULL_NAMES.get(id)!.push(...more);
}

const isSubsequence = (short: string, long: string) => {
  let j = 0;
  for (let i = 0; i < long.length && j < short.length; i++) if (long[i] === short[j]) j++;
  return j === short.length && short[0] === long[0];
};

/**
 * Whether the book name in "Genneeses 1:1" is a misspelling of the books expected: not one of
 * our spellings and not an abbreviation of the book's name.
 */
function misspelt(input: string, expected: string): boolean {
  const written = input.replace(/\s*[\d:.\-–,\s]+$/, '');
  // The book number, in any of its forms ("1", "I.", "First", "1st").
  const number = /^(\d|i{1,3}|first|second|third|1st|2nd|3rd)\.?\s*/i.exec(written);
  const name = written
    .slice(number ? number[0].length : 0)
    .toLowerCase()
    .replace(/[\s.]/g, '');
  const ids = [...new Set(expected.split(/[,-]/).map((p) => p.split('.')[0]!))];
  return !ids.some((id) => {
    const bare = id.replace(/^\d/, '');
    const n = id === bare ? '' : (ORDINALS.get(number?.[1]?.toLowerCase() ?? '') ?? '');
    if (BOOK_BY_NAME.get(`${n}${name}`) === id) return true;
    if (BOOK_BY_NAME.has(name) || BOOK_BY_NAME.has(`1${name}`)) return true;
    // An abbreviation is the start of the name ("Genesi", "Revel") or its first letter and
    // consonants ("Gn", "Jgs", "Exd"); "Geneis" and "Exods" are misspellings.
    return (FULL_NAMES.get(id) ?? []).some(
      (full) => full.startsWith(name) || (isSubsequence(name, full) && !/[aeiouy]/.test(name.slice(1))),
    );
  });
}

function collect(): Case[] {
  const cases: Case[] = [];
  for (const file of SPECS) {
    const text = readSpec(file);
    // Each `it(` block, with its own options; the describe-level options are their defaults.
    const blocks = text.split(/\n\s*it\(/);
    for (const tail of blocks.slice(1)) {
      // The block ends where the next describe's set-up begins.
      const block = tail.split(/\n\s*(?:describe|beforeEach)\(/)[0]!;
      const title = /^"([^"]*)"/.exec(block)?.[1] ?? '';
      const options = meaningOptions(block);
      for (const m of block.matchAll(EXPECTATION)) {
        const input = JSON.parse(m[1]!) as string;
        const expected = JSON.parse(m[2]!) as string;
        const books = expected ? expected.split(/[,-]/).map((p) => p.split('.')[0]!) : [];
        let family: Case['family'] = 'counted';
        if (books.some((b) => !getBook(b))) family = 'Apocrypha';
        else if (options) family = 'options';
        else if (
          file.includes('/lang/') &&
          title.startsWith('should handle book') &&
          misspelt(input, expected)
        )
          family = 'misspelling';
        cases.push({ file, block: title, input, expected, family });
      }
    }
  }
  return cases;
}

const cases = collect();
const byFile = new Map<
  string,
  { total: number; counted: number; agree: number; families: Map<string, number> }
>();
const disagreements: string[] = [];
for (const c of cases) {
  const row = byFile.get(c.file) ?? { total: 0, counted: 0, agree: 0, families: new Map() };
  byFile.set(c.file, row);
  row.total++;
  if (c.family !== 'counted') {
    row.families.set(c.family, (row.families.get(c.family) ?? 0) + 1);
    continue;
  }
  row.counted++;
  const ours = findReferences(c.input)
    .map((m) => m.osis)
    .join(',');
  if (verseSet(ours) === verseSet(c.expected)) row.agree++;
  else disagreements.push(`${c.file} | ${JSON.stringify(c.input)} | theirs ${c.expected} | ours ${ours}`);
}

console.log(`finder: ${finderPath}\n`);
console.log('| spec file | cases | Apocrypha | misspellings | meaning-changing options | counted | agree |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
let counted = 0;
let agree = 0;
for (const [file, r] of byFile) {
  const f = (k: string) => r.families.get(k) ?? 0;
  console.log(
    `| ${file} | ${r.total} | ${f('Apocrypha')} | ${f('misspelling')} | ${f('options')} | ${r.counted} | ${r.agree} |`,
  );
  counted += r.counted;
  agree += r.agree;
}
console.log(`\nagree on ${agree} of ${counted} counted cases (${((agree / counted) * 100).toFixed(1)}%)`);
if (args.includes('--list')) for (const line of disagreements) console.log(line);
