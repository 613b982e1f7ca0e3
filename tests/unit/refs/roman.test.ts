/** lib/refs/roman: Roman chapter numerals, read only in their canonical form. */
import { describe, expect, it } from 'vitest';
import { romanAt, romanBefore, romanValue } from '@/lib/refs/roman';

describe('romanValue', () => {
  it.each([
    ['i', 1],
    ['iv', 4],
    ['vii', 7],
    ['ix', 9],
    ['xiv', 14],
    ['xl', 40],
    ['xlix', 49],
    ['xc', 90],
    ['xcix', 99],
    ['cxix', 119],
    ['cxxxviii', 138],
    ['cl', 150],
    ['VII', 7],
    ['CXIX', 119],
  ])('reads %s as %d', (run, value) => {
    expect(romanValue(run)).toBe(value);
  });

  it.each([
    '',
    'iiii',
    'vx',
    'il',
    'ic',
    'xxxx',
    'lc',
    'vv',
    'cli',
    'clx',
    'Vii',
    'viI',
    'mix',
    'civil',
    'dim',
    'e',
  ])('refuses %j', (run) => {
    expect(romanValue(run)).toBeUndefined();
  });

  it('accepts exactly one spelling for each of 1–150 among every string of i, v, x, l, c up to 8 letters', () => {
    const seen = new Map<number, string>();
    const letters = 'ivxlc';
    const visit = (prefix: string): void => {
      if (prefix) {
        const value = romanValue(prefix);
        if (value !== undefined) {
          expect(seen.get(value), `${prefix} and ${seen.get(value)} both read ${value}`).toBeUndefined();
          seen.set(value, prefix);
        }
      }
      if (prefix.length < 8) for (const c of letters) visit(prefix + c);
    };
    visit('');
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, k) => k + 1));
  });
});

describe('romanBefore and romanAt', () => {
  it('find the numeral before verse digits, with a separator or a space between', () => {
    for (const text of ['Heb. vii. 25', 'Heb vii 25', 'Heb. vii, 25', 'Heb vii: 25', 'Heb.vii.25']) {
      const p = text.indexOf('25');
      expect(romanBefore(text, p, 0), text).toMatchObject({ value: 7, start: text.indexOf('vii') });
    }
  });

  it('refuse a numeral glued to its digits or to the word before', () => {
    expect(romanBefore('Heb vii25', 7, 0)).toBeUndefined();
    expect(romanBefore('Hebvii. 25', 8, 0)).toBeUndefined();
    expect(romanBefore('Heb exvii. 25', 11, 0)).toBeUndefined();
    // Nothing before the floor is read.
    expect(romanBefore('Heb. vii. 25', 10, 6)).toBeUndefined();
  });

  it('says where a list part’s verse digits start, and whether the numeral is in capitals', () => {
    expect(romanAt('; ix. 24', 2)).toEqual({ value: 9, start: 2, end: 4, capitals: false, digits: 6 });
    expect(romanAt('; IX 24', 2)).toMatchObject({ value: 9, capitals: true, digits: 5 });
    expect(romanAt('; ix, 24', 2)).toMatchObject({ value: 9, digits: 6 });
    expect(romanAt('; ix: 24', 2)).toMatchObject({ value: 9, digits: 6 });
    expect(romanAt('; ix; 24', 2)).toBeUndefined();
    expect(romanAt('; ix.', 2)).toBeUndefined();
    expect(romanAt('; six. 24', 2)).toBeUndefined();
  });
});
