/**
 * The commentary collection in one house style (issue #14 §3): Heb 7:25 and Rom 8:34 cited
 * outside their own passages by at most ten notes and never as a note's last word, curly
 * apostrophes, no stock phrases, American spelling, "Jude 20" for single-chapter books. Each
 * rule is also run on a broken sample, so a rule that stops finding anything fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileNotes } from '@/lib/commentary/compile';
import { MAX_NOTES_CITING_RATIONED } from '../../fixtures/commentary/house-style';
import {
  britishSpellings,
  endsOnRationed,
  notesCitingRationed,
  singleChapterWithChapter,
  stockPhrases,
  straightApostrophes,
} from './house-style';

const dir = new URL('../../../lib/commentary/notes/', import.meta.url);
const notes = compileNotes(
  readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({ file, source: readFileSync(new URL(file, dir), 'utf8') })),
);

/** A note that breaks every rule once. */
const broken = {
  id: 'broken-sample',
  title: 'Moses' + "'" + ' prayer',
  passages: ['Exod.32.11-Exod.32.14'],
  paragraphs: [
    'The New Testament rests on Heb 7:25, and the neighbouring churches saw the limits of every human intercessor.',
    'Jude 1:24 is written with its chapter. In the end the note turns to Romans 8:34.',
  ],
};

describe('the commentary house style', () => {
  it(`lets at most ${MAX_NOTES_CITING_RATIONED} notes cite Heb 7:25 or Rom 8:34 outside their own passages`, () => {
    const citing = notesCitingRationed(notes);
    expect(citing.length, `${citing.length} notes: ${citing.join('; ')}`).toBeLessThanOrEqual(
      MAX_NOTES_CITING_RATIONED,
    );
  });

  it.each([
    ['ends no note on Heb 7:25 or Rom 8:34 outside its own passages', endsOnRationed],
    ['writes apostrophes curly (’), never straight', straightApostrophes],
    ['uses none of the stock phrases', stockPhrases],
    ['spells the American way', britishSpellings],
    ['writes single-chapter books as “Jude 20”', singleChapterWithChapter],
  ])('%s', (_, rule) => {
    const problems = notes.flatMap(rule);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('finds each problem in a broken sample', () => {
    expect(notesCitingRationed([broken])).toEqual(['broken-sample (Heb 7:25, Rom 8:34)']);
    expect(endsOnRationed(broken)).toEqual([
      'broken-sample: its last paragraph cites Rom 8:34 outside its own passages',
    ]);
    expect(straightApostrophes(broken)).toHaveLength(1);
    expect(stockPhrases(broken).map((p) => p.split(',')[0])).toEqual([
      'broken-sample: “The New Testament”',
      'broken-sample: “rests on”',
      'broken-sample: “limits of every human intercessor”',
    ]);
    expect(britishSpellings(broken)).toEqual([
      'broken-sample: “neighbouring”, -our (honor, favor, labor, neighbor, armor…)',
    ]);
    expect(singleChapterWithChapter(broken)).toEqual([
      'broken-sample: “Jude 1:24” (write a single-chapter book as “Jude 20”)',
    ]);
  });

  it('does not count what is not a citation of the verse', () => {
    const fine = {
      id: 'fine-sample',
      title: 'Romans 8',
      passages: ['Rom.8.31-Rom.8.39'],
      // The note's own passage, a whole chapter, a neighboring verse; a quotation may say "rest on".
      paragraphs: [
        'Romans 8:34 and Romans 8 and Heb 7:24; “The Spirit of Yahweh will rest on him” (Isa 11:2).',
      ],
    };
    expect(notesCitingRationed([fine])).toEqual([]);
    expect(stockPhrases(fine)).toEqual([]);
  });
});
