import { describe, expect, it } from 'vitest';
import { BOOKS } from '@/lib/bible/books';
import type { Passage } from '@/lib/bible/passage';
import {
  distinctPassages,
  filterItems,
  groupByBook,
  toItems,
  type PanelItem,
} from '@/components/side-panel/ref-groups';
import { SNIPPET_LENGTH, firstVerseOsis, snippetOf } from '@/components/side-panel/snippet';
import type { ListedRef } from '@/lib/messaging/refs-port';

const listed = (id: number, osis: string, text: string, translation?: string): ListedRef => ({
  id,
  osis,
  text,
  ...(translation ? { translation } : {}),
});

// In page order as a sermon might cite them.
const PAGE = [
  listed(0, 'Heb.7.25', 'Heb 7:25'),
  listed(1, '1John.2.1', '1 Jn 2:1'),
  listed(2, 'Gen.18.23-Gen.18.33', 'Genesis 18:23–33'),
  listed(3, 'Heb.7.25', 'Hebrews 7:25', 'KJV'),
  listed(4, 'Heb.4.14-Heb.4.16', 'Heb 4:14-16'),
  listed(5, 'Heb.7.25', 'v. 25'),
  listed(6, 'Rom.8.34', 'Rom 8:34', 'NIV'),
];

const name = (i: number) => BOOKS[i]!.name;

describe('the side panel’s list', () => {
  it('labels each reference and keeps the page’s order, dropping ids that are not passages', () => {
    const items = toItems([...PAGE, listed(7, 'Jude.2.1', 'Jude 2:1'), listed(8, 'nonsense', 'x')]);
    expect(items.map((i) => i.label)).toEqual([
      'Hebrews 7:25',
      '1 John 2:1',
      'Genesis 18:23–33',
      'Hebrews 7:25',
      'Hebrews 4:14–16',
      'Hebrews 7:25',
      'Romans 8:34',
    ]);
    expect(items[3]!.translation).toBe('KJV');
    // A translation Intercede does not have is not one the panel asks for.
    expect(items[6]!.translation).toBeUndefined();
    expect(items.map((i) => i.ids)).toEqual([[0], [1], [2], [3], [4], [5], [6]]);
  });

  it('groups by book in Bible order, each passage once with every occurrence, apart by translation', () => {
    const groups = groupByBook(toItems(PAGE), name);
    expect(groups.map((g) => g.heading)).toEqual(['Genesis', 'Romans', 'Hebrews', '1 John']);
    const hebrews = groups[2]!.items;
    expect(hebrews.map((i) => [i.label, i.translation, i.ids])).toEqual([
      ['Hebrews 4:14–16', undefined, [4]],
      ['Hebrews 7:25', undefined, [0, 5]],
      ['Hebrews 7:25', 'KJV', [3]],
    ]);
    expect(new Set(groups.flatMap((g) => g.items.map((i) => i.key))).size).toBe(6);
  });

  it('filters by every word, in the label, the text as written or the first words, accents and case aside', () => {
    const items = toItems(PAGE);
    const words: Record<string, string> = { 'Gen.18.23-Gen.18.33': 'Abraham drew near, and said' };
    const snippet = (item: PanelItem) => words[item.osis];
    expect(filterItems(items, '  ', snippet)).toHaveLength(7);
    expect(filterItems(items, 'HEB 7', snippet).map((i) => i.ids[0])).toEqual([0, 3, 5]);
    expect(filterItems(items, 'jn', snippet).map((i) => i.ids[0])).toEqual([1]);
    expect(filterItems(items, 'ábrahám', snippet).map((i) => i.ids[0])).toEqual([2]);
    expect(filterItems(items, 'abraham isaac', snippet)).toEqual([]);
    expect(filterItems(items, 'v. 25', snippet).map((i) => i.ids[0])).toEqual([5]);
  });

  it('acts on each passage and translation once, the reader’s where the writer named none', () => {
    expect(distinctPassages(toItems(PAGE), 'RV1909')).toEqual([
      { osis: 'Heb.7.25', translation: 'RV1909' },
      { osis: '1John.2.1', translation: 'RV1909' },
      { osis: 'Gen.18.23-Gen.18.33', translation: 'RV1909' },
      { osis: 'Heb.7.25', translation: 'KJV' },
      { osis: 'Heb.4.14-Heb.4.16', translation: 'RV1909' },
      { osis: 'Rom.8.34', translation: 'RV1909' },
    ]);
  });
});

describe('the first words of a passage', () => {
  const passage = (text: string): Passage => ({
    osis: 'Heb.7.25',
    translation: 'WEB',
    label: 'Hebrews 7:25',
    verses: [{ book: 'Heb', chapter: 7, verse: 25, text }],
    omitted: [],
    source: 'pack',
  });

  it('asks for one verse only: the first of a range, a chapter or a list', () => {
    expect(firstVerseOsis('Heb.4.14-Heb.4.16')).toBe('Heb.4.14');
    expect(firstVerseOsis('John.17')).toBe('John.17.1');
    expect(firstVerseOsis('Rom.8.1,Rom.8.34,Rom.10.9')).toBe('Rom.8.1');
    expect(firstVerseOsis('Jude.1.24')).toBe('Jude.1.24');
  });

  it('keeps a short verse whole and cuts a long one at a word, with an ellipsis', () => {
    expect(snippetOf(passage('  Placeholder words\nfor a test. '))).toBe('Placeholder words for a test.');
    const long = Array.from({ length: 40 }, (_, i) => `word${i},`).join(' ');
    const cut = snippetOf(passage(long));
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 1);
    expect(cut).not.toMatch(/,…$/);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
    // One long word is cut where it must be.
    expect(snippetOf(passage('x'.repeat(200)))).toBe(`${'x'.repeat(SNIPPET_LENGTH)}…`);
    expect(snippetOf({ ...passage(''), verses: [] })).toBe('');
  });
});
