/**
 * How much of what Nave's Topical Bible lists under INTERCESSION, for prayer to God, the
 * commentary speaks to: a reference counts when every verse of it lies inside one note's
 * passages (a note on the same chapter, or on half the reference, does not count). Reads the
 * Nave's pack `npm run data` builds, so the figure follows the data the extension ships.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNotes } from '@/lib/commentary/compile';
import { matchKind } from '@/lib/commentary/match';
import { shippedNaveTopics } from '../../fixtures/nave-source';

const dir = new URL('../../../lib/commentary/notes/', import.meta.url);
const topics = shippedNaveTopics();

const notes = compileNotes(
  readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => ({ file, source: readFileSync(new URL(file, dir), 'utf8') })),
);

/** The share the collection promises (issue #14). */
const MIN_SHARE = 0.75;

/**
 * The references of INTERCESSION's prayer-to-God part: Nave's lists intercession "of man
 * with man" first and "of man with God" after it, and every later section (instances,
 * solicited, answered, the influence of the righteous) belongs to the second part.
 */
function withGodRefs(): { heading: string; osis: string }[] {
  const topic = topics.find((t) => t.name === 'INTERCESSION');
  if (!topic) throw new Error('no INTERCESSION topic in the Nave’s pack');
  const start = topic.sections.findIndex((s) => s.heading === 'OF MAN WITH GOD');
  if (start < 0) throw new Error('INTERCESSION has no "OF MAN WITH GOD" section');
  return topic.sections.slice(start).flatMap((s) => s.refs.map((osis) => ({ heading: s.heading, osis })));
}

/** Whether some note's passages hold every verse of `osis`. */
function inside(osis: string): boolean {
  return notes.some((n) => {
    const kind = matchKind(osis, n.passages);
    return kind === 'exact' || kind === 'contains';
  });
}

describe('coverage of Nave’s INTERCESSION, “with God”', () => {
  const refs = withGodRefs();

  it('reads the sections the issue counted', () => {
    // 273 references in the topic, 15 of them in the "of man with man" part.
    expect(refs).toHaveLength(258);
  });

  it(`puts at least ${MIN_SHARE * 100}% of the references inside a note’s passages`, () => {
    const missing = refs.filter((r) => !inside(r.osis));
    const covered = refs.length - missing.length;
    const share = covered / refs.length;
    const report =
      `${covered}/${refs.length} (${(share * 100).toFixed(1)}%) inside a note; not covered:\n` +
      missing.map((r) => `  ${r.osis}  [${r.heading}]`).join('\n');
    expect(share, report).toBeGreaterThanOrEqual(MIN_SHARE);
  });
});
