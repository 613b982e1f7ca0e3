import { describe, expect, it } from 'vitest';
import { makeSnippet, matchedQuote, snippetParts } from '@/lib/search/snippet';

describe('makeSnippet', () => {
  it('marks every word whose term matched, whatever its form', () => {
    const text = 'The Spirit himself makes intercession for us; he makes intercession for the saints.';
    const s = makeSnippet(text, new Set(['mak', 'intercession']));
    expect(s.text).toBe(text);
    expect(s.marks.map(([a, b]) => text.slice(a, b))).toEqual([
      'makes',
      'intercession',
      'makes',
      'intercession',
    ]);
  });

  it('cuts a long verse around its first match, at word boundaries, with ellipses', () => {
    const text = `${'word '.repeat(80)}the advocate speaks ${'more '.repeat(80)}`.trim();
    const s = makeSnippet(text, new Set(['advocat']), 120);
    expect(s.text.startsWith('…word')).toBe(true);
    expect(s.text.endsWith('more…')).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(122);
    expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual(['advocate']);
  });

  it('splits into plain and marked parts that join back to the text', () => {
    const s = {
      text: 'to make intercession for them',
      marks: [
        [3, 7],
        [8, 20],
      ] as [number, number][],
    };
    const parts = snippetParts(s);
    expect(parts).toEqual([
      { text: 'to ', marked: false },
      { text: 'make', marked: true },
      { text: ' ', marked: false },
      { text: 'intercession', marked: true },
      { text: ' for them', marked: false },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(s.text);
  });

  describe('a long verse (120 words), cut to 240 characters', () => {
    const words = Array.from({ length: 120 }, (_, i) => `w${i}`).join(' ');
    const cut = (...terms: string[]) => {
      const snippet = makeSnippet(words, new Set(terms));
      return { ...snippet, marked: snippet.marks.map(([a, b]) => snippet.text.slice(a, b)) };
    };

    it('keeps a match in the middle with some words before it, whole words and ellipses at both ends', () => {
      const { text, marked, marks } = cut('w30');
      expect(marked).toEqual(['w30']);
      expect(text).toMatch(/^…w\d+ .* w\d+…$/);
      expect(text.length).toBeLessThanOrEqual(242);
      expect(marks[0]![0]).toBeGreaterThan(40);
    });

    it('starts at the beginning, with no leading ellipsis, when the match is near it or there is none', () => {
      expect(cut('w2')).toMatchObject({ marked: ['w2'] });
      expect(cut('w2').text).toMatch(/^w0 w1 w2 .* w\d+…$/);
      expect(cut('zzz')).toMatchObject({ text: cut('w2').text, marks: [] });
    });

    it('ends at the end, with no trailing ellipsis, when the match is near it', () => {
      const { text, marked } = cut('w118');
      expect(marked).toEqual(['w118']);
      expect(text).toMatch(/^…w\d+ .* w118 w119$/);
    });

    it('marks only the matches inside the cut', () => {
      expect(cut('w2', 'w118').marked).toEqual(['w2']);
    });
  });

  it('keeps a verse exactly as long as the limit whole', () => {
    expect(makeSnippet('w1 w2 w3', new Set(['w2']), 8)).toEqual({ text: 'w1 w2 w3', marks: [[3, 5]] });
  });

  it('splits around adjacent marks, and skips marks that overlap or run past the text', () => {
    expect(
      snippetParts({
        text: 'abcdefgh',
        marks: [
          [2, 4],
          [4, 6],
        ],
      }),
    ).toEqual([
      { text: 'ab', marked: false },
      { text: 'cd', marked: true },
      { text: 'ef', marked: true },
      { text: 'gh', marked: false },
    ]);
    expect(
      snippetParts({
        text: 'abcdefgh',
        marks: [
          [0, 2],
          [1, 3],
          [4, 5],
          [6, 20],
        ],
      }),
    ).toEqual([
      { text: 'ab', marked: true },
      { text: 'cd', marked: false },
      { text: 'e', marked: true },
      { text: 'fgh', marked: false },
    ]);
  });
});

describe('matchedQuote', () => {
  const terms = new Set(['the', 'advocat', 'with', 'father']);

  it('quotes the longest run of matched words, with the word before it', () => {
    expect(matchedQuote('In the world we have an advocate with the Father, Jesus Christ', terms)).toBe(
      'an advocate with the Father',
    );
  });

  it('cuts a long run at a word’s end, and gives nothing when no word matched', () => {
    expect(matchedQuote('an advocate with the Father', terms, 15)).toBe('an advocate');
    expect(matchedQuote('grace and peace', terms)).toBeUndefined();
    expect(matchedQuote('Father', terms)).toBe('Father');
  });
});
