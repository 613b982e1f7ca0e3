/**
 * `npm run mutate [-- area ...]`: Stryker on each core area in turn (one at a time, the two
 * cores are shared), then one mutation score per area. Areas: refs, db, saved, search,
 * messaging, skip, page, match, panel, import; none named means all. Reports go to reports/mutation/<area>/.
 * `--incremental` reuses each area's last results for unchanged code and tests: quicker, but it
 * kept "survived" for mutants that newly added tests kill, so scores to report come from a full run.
 * Exits 1 when an area scores below 85%.
 */
import { Stryker } from '@stryker-mutator/core';
import type { MutantResult } from '@stryker-mutator/api/core';

const AREAS: Record<string, string[]> = {
  refs: ['lib/refs/**/*.ts'],
  db: ['lib/db/**/*.ts'],
  saved: ['lib/saved/**/*.ts'],
  search: ['lib/search/**/*.ts'],
  messaging: ['lib/messaging/**/*.ts'],
  skip: ['lib/page/skip.ts'],
  // The page's reading of the DOM that unit tests reach (hit-testing and painting need a real
  // browser's layout and are covered by the end-to-end tests instead).
  page: [
    'lib/page/shadow.ts',
    'lib/page/blocks.ts',
    'lib/page/probe-page.ts',
    'lib/page/scanner.ts',
    'lib/page/registry.ts',
  ],
  match: ['lib/commentary/match.ts'],
  // A translation the reader brings: the file readers and parsers, the versification mapping, and
  // the names pages read (the worker's own wiring is left out).
  import: ['lib/import/**/*.ts', '!lib/import/worker.ts', 'lib/bible/imported-list.ts'],
  // The side panel's logic: the page's end of its line, the panel's end, the list's arrangement.
  panel: [
    'lib/page/panel-link.ts',
    'lib/messaging/refs-port.ts',
    'components/side-panel/page-line.ts',
    'components/side-panel/ref-groups.ts',
    'components/side-panel/snippet.ts',
  ],
};
const THRESHOLD = 85;

/** Stryker's mutation score: detected over detected plus undetected (errors do not count). */
function score(results: readonly MutantResult[]) {
  const count = (...statuses: string[]) => results.filter((r) => statuses.includes(r.status)).length;
  const detected = count('Killed', 'Timeout');
  const undetected = count('Survived', 'NoCoverage');
  return { detected, undetected, score: (100 * detected) / Math.max(1, detected + undetected) };
}

const incremental = process.argv.includes('--incremental');
const asked = process.argv.slice(2).filter((a) => a !== '--incremental');
const unknown = asked.filter((a) => !(a in AREAS));
if (unknown.length > 0) {
  console.error(`Unknown area ${unknown.join(', ')}; areas: ${Object.keys(AREAS).join(', ')}`);
  process.exit(2);
}
const rows: string[] = [];
let failed = false;
for (const area of asked.length > 0 ? asked : Object.keys(AREAS)) {
  const dir = `reports/mutation/${area}`;
  const results = await new Stryker({
    mutate: AREAS[area],
    incremental,
    incrementalFile: `${dir}/stryker-incremental.json`,
    htmlReporter: { fileName: `${dir}/mutation.html` },
    jsonReporter: { fileName: `${dir}/mutation.json` },
    reporters: ['clear-text', 'html', 'json'],
    // lib/import's static mutants (its tables of book codes and character references, read when
    // the module loads) each rerun every test, whole-Bible parses included: hours on two cores.
    ignoreStatic: area === 'import',
  }).runMutationTest();
  const s = score(results);
  failed ||= s.score < THRESHOLD;
  rows.push(
    `${area.padEnd(10)} ${s.score.toFixed(1).padStart(5)}%  ${s.detected} killed, ${s.undetected} survived`,
  );
}
console.log(`\nMutation score per area (goal ≥ ${THRESHOLD}%):\n${rows.join('\n')}`);
process.exit(failed ? 1 : 0);
