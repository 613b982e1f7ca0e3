import { describe, expect, it } from 'vitest';
import { makeSnippet, snippetParts } from '@/lib/search/snippet';

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
});
