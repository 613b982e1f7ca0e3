/** The corrections of issue #14 stay made: no note brings back a claim the review removed. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORRECTED } from '../../fixtures/commentary/corrections';

const dir = new URL('../../../lib/commentary/notes/', import.meta.url);

describe('the corrected commentary', () => {
  it.each(CORRECTED)('%s no longer says “%s”', (note, words, why) => {
    const source = readFileSync(new URL(`${note}.md`, dir), 'utf8');
    expect(source.includes(words), `${note}: “${words}”: ${why}`).toBe(false);
  });
});
