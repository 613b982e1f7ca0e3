/**
 * The query set of issue #17 (tests/fixtures/search/queries.json) and how a search does on it:
 * the share of queries whose verse is first, and in the first three. Shared by
 * `npm run bench:search` (the built extension in Chromium) and tests/unit/db/search-quality.test.ts
 * (the same search service in Node over fake-indexeddb).
 */
import { readFileSync } from 'node:fs';

/** One query with the verse meant and any others that count as it. */
export interface QueryCase {
  q: string;
  osis: string;
  any?: string[];
  kind: string;
}

/** The query set. */
export function loadQueries(): QueryCase[] {
  const url = new URL('../tests/fixtures/search/queries.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { queries: QueryCase[] }).queries;
}

/** Scores each query's results (OSIS ids, best first); prints the misses when `verbose`. */
export function score(cases: readonly QueryCase[], results: readonly string[][], verbose = false) {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  cases.forEach((c, i) => {
    const meant = new Set([c.osis, ...(c.any ?? [])]);
    const got = results[i] ?? [];
    const at = got.findIndex((osis) => meant.has(osis));
    if (at === 0) top1++;
    if (at >= 0 && at < 3) top3++;
    if (at !== 0)
      misses.push(
        `  ${at < 0 ? 'not in top 10' : `#${at + 1}`}: "${c.q}" → ${got.slice(0, 3).join(', ')} (meant ${c.osis})`,
      );
  });
  if (verbose && misses.length > 0) console.log(`Misses:\n${misses.join('\n')}`);
  return { n: cases.length, top1: top1 / cases.length, top3: top3 / cases.length };
}
