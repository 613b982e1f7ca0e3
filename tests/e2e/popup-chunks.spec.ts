/**
 * What the built popup loads before anything is typed (wxt.config.ts buildPopupApart,
 * components/popup/lazy-results.ts): one script, which imports no other chunk, and one
 * stylesheet, read from the built files of both browsers. The reference finder and the results
 * views are not in them; they come with the results chunk, which the popup imports on demand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];
/** A word only the finder's tables hold (its Spanish units after numbers, lib/refs/words.ts). */
const FINDER = 'cucharaditas';

/** `file` and the chunks it imports statically, transitively (dynamic `import()` not followed). */
function staticClosure(build: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(build, file), 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.\/[^"']+\.js)["']/g))
    staticClosure(build, dir + spec!.slice(2), seen);
  return seen;
}

describe.each(BUILDS)('the popup of %s', (build) => {
  const html = () => readFileSync(join(build, 'popup.html'), 'utf8');
  const entry = () => html().match(/<script[^>]+src="\/([^"]+)"/)![1]!;

  it('is built', () => expect(existsSync(join(build, 'popup.html'))).toBe(true));

  it('loads one script and one stylesheet before its first paint', () => {
    expect([...staticClosure(build, entry())]).toEqual([entry()]);
    expect(html().match(/<script\b/g)).toHaveLength(1);
    expect(html().match(/<link\b[^>]*>/g)).toEqual([expect.stringMatching(/rel="stylesheet"/)]);
  });

  it('runs no finder and no results view before a query', () => {
    const first = [...staticClosure(build, entry())];
    expect(first.filter((f) => /query-results/.test(f))).toEqual([]);
    for (const file of first) expect(readFileSync(join(build, file), 'utf8')).not.toContain(FINDER);
    // Nor does it preload them.
    expect(html()).not.toMatch(/query-results/);
  });

  it('imports the results, finder included, on demand', () => {
    const code = readFileSync(join(build, entry()), 'utf8');
    const lazy = code.match(/import\(\s*[`"'](\.\/query-results-[^`"']+\.js)[`"']\s*\)/);
    expect(lazy).not.toBeNull();
    const chunk = `chunks/${lazy![1]!.slice(2)}`;
    const closure = [...staticClosure(build, chunk)];
    expect(closure.some((f) => readFileSync(join(build, f), 'utf8').includes(FINDER))).toBe(true);
  });
});
