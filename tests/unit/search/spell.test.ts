import { describe, expect, it } from 'vitest';
import { correctQuery, editDistance, nearestWord, type Lexicon } from '@/lib/search/spell';
import { termOf } from '@/lib/search/tokenize';

const LEXICON: Lexicon = {
  words: [
    'intercession',
    'intersection',
    'forgiveness',
    'pray',
    'prayer',
    'grace',
    'great',
    'shepherd',
    'lord',
  ],
  counts: [10, 1, 20, 600, 100, 170, 900, 90, 8000],
};

describe('editDistance', () => {
  it.each([
    ['intersession', 'intercession', 1],
    ['forgivness', 'forgiveness', 1],
    ['sheperd', 'shepherd', 1],
    ['grcae', 'grace', 1],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
  ])('%s → %s is %i', (a, b, d) => {
    expect(editDistance(a, b, 3)).toBe(d);
  });

  it('stops at the most edits allowed', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('nearestWord', () => {
  it.each([
    ['intersession', 'intercession'],
    ['forgivness', 'forgiveness'],
    ['sheperd', 'shepherd'],
    ['grcae', 'grace'],
  ])('%s → %s', (typed, meant) => {
    expect(nearestWord(typed, [LEXICON])).toBe(meant);
  });

  it('prefers the word written more often among the equally near', () => {
    // "grat" is one edit from "grace"? No: from "great" (one insertion) and "grace" is two.
    expect(nearestWord('graet', [LEXICON])).toBe('great');
    expect(nearestWord('prayr', [LEXICON])).toBe('pray');
    expect(nearestWord('prayr', [{ words: ['pray', 'prayer'], counts: [1, 500] }])).toBe('prayer');
  });

  it('adds up the counts of a word in several lexicons', () => {
    const a = { words: ['pray', 'prayer'], counts: [300, 200] };
    const b = { words: ['prayer'], counts: [200] };
    expect(nearestWord('prayr', [a, b])).toBe('prayer');
  });

  it('leaves short words and far words alone', () => {
    expect(nearestWord('lo', [LEXICON])).toBeUndefined();
    expect(nearestWord('xyzzyq', [LEXICON])).toBeUndefined();
    expect(nearestWord('lrd', [LEXICON])).toBe('lord');
    expect(nearestWord('lxxd', [LEXICON])).toBeUndefined();
  });
});

describe('correctQuery', () => {
  const known = new Set(LEXICON.words.map((w) => termOf(w)));
  const isKnown = (term: string) => known.has(term);

  it('replaces only the unknown words, keeping the rest as typed', () => {
    expect(
      correctQuery('Make INTERSESSION, now', (t) => isKnown(t) || t === 'mak' || t === 'now', [LEXICON]),
    ).toBe('Make intercession, now');
  });

  it('gives nothing when every word is known or nothing is near', () => {
    expect(correctQuery('grace prayer', isKnown, [LEXICON])).toBeUndefined();
    expect(correctQuery('xyzzyq', isKnown, [LEXICON])).toBeUndefined();
  });

  it('tells `known` which word is still being typed', () => {
    const seen: [string, boolean][] = [];
    correctQuery('grace pray', (t, typing) => (seen.push([t, typing]), true), [LEXICON]);
    correctQuery('grace pray ', (t, typing) => (seen.push([t, typing]), true), [LEXICON]);
    expect(seen).toEqual([
      ['grac', false],
      ['pray', true],
      ['grac', false],
      ['pray', false],
    ]);
  });
});
