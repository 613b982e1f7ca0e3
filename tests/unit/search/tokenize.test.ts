import { describe, expect, it } from 'vitest';
import { foldWord, stem, termOf, tokenize } from '@/lib/search/tokenize';

describe('stem', () => {
  // Forms a reader searches for must meet; unrelated words must not.
  it.each([
    [['make', 'makes', 'maketh', 'making'], 'mak'],
    [['pray', 'prays', 'prayed', 'prayeth', 'praying'], 'pray'],
    [['intercede', 'intercedes', 'interceded', 'interceding'], 'interced'],
    [['intercession', 'intercessions'], 'intercession'],
    [['sin', 'sins', 'sinned', 'sinneth', 'sinning'], 'sin'],
    [['bless', 'blessed', 'blesseth', 'blessing', 'blessings', 'blesses'], 'bless'],
    [['love', 'loves', 'loved', 'loveth', 'loving'], 'lov'],
    [['church', 'churches'], 'church'],
    [['advocate', 'advocates'], 'advocat'],
  ])('%j → %s', (words, expected) => {
    expect(new Set(words.map(stem))).toEqual(new Set([expected]));
  });

  it.each([
    ['priest', 'priest'],
    ['priests', 'priest'],
    ['jesus', 'jesus'],
    ['righteousness', 'righteousness'],
    ['this', 'this'],
    ['his', 'his'],
    ['was', 'was'],
    ['king', 'king'],
    ['thing', 'thing'],
    ['need', 'need'],
    ['indeed', 'indeed'],
    ['all', 'all'],
    ['add', 'add'],
  ])('keeps %s as %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });
});

describe('tokenize', () => {
  it('folds case, apostrophes and accents, and keeps offsets into the original text', () => {
    const text = 'The Spirit’s cry: “Don’t fear,” Élie said.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['the', 'spirit', 'cry', 'dont', 'fear', 'eli', 'said']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'The',
      'Spirit’s',
      'cry',
      'Don’t',
      'fear',
      'Élie',
      'said',
    ]);
  });

  it('reads a query the same way as the verse it should find', () => {
    expect(termOf("Spirit's")).toBe(termOf('Spirit’s'));
    expect(foldWord('LORD')).toBe('lord');
  });
});
