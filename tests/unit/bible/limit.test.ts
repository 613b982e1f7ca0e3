import { describe, expect, it } from 'vitest';
import { countVerses, MAX_PASSAGE_VERSES, pageOf } from '@/lib/bible/limit';
import { firstVerse, parseOsis } from '@/lib/bible/osis';
import { atCanonOrder, CANON_VERSES, canonOrder } from '@/lib/bible/order';

describe('countVerses', () => {
  it.each([
    ['Heb.7.25', 1],
    ['Heb.4.14-Heb.4.16', 3],
    ['John.17', 26],
    ['Ps.119', 176],
    ['Rom.8.1,Rom.8.34,Rom.10.9', 3],
    ['Matt.5-Matt.7', 48 + 34 + 29],
    ['Acts.4.31-Acts.5.2', 9],
    ['Mal.4.6-Matt.1.1', 2],
    // The larger of the KJV and WEB counts, chapter by chapter (as the finder checks).
    ['Gen.1-Rev.22', 31_104],
  ])('%s names %i verse slots', (osis, n) => {
    expect(countVerses(parseOsis(osis))).toBe(n);
  });
});

describe('pageOf', () => {
  it('keeps a passage that fits as it is', () => {
    expect(pageOf('Ps.119')).toEqual({ osis: 'Ps.119', count: 176, total: 176, from: 0, whole: true });
  });

  it('cuts the whole Bible to its first page, then pages on', () => {
    expect(pageOf('Gen.1-Rev.22')).toEqual({
      osis: 'Gen.1.1-Gen.10.15',
      count: 250,
      total: 31_104,
      from: 0,
      whole: false,
    });
    expect(countVerses(parseOsis(pageOf('Gen.1-Rev.22').osis))).toBe(MAX_PASSAGE_VERSES);
    expect(pageOf('Gen.1-Rev.22', 250).osis).toBe('Gen.10.16-Gen.20.4');
    expect(pageOf('Gen.1-Rev.22', 31_102)).toMatchObject({
      osis: 'Rev.22.20-Rev.22.21',
      count: 2,
      whole: false,
    });
  });

  it('pages across the parts of a list, keeping their order', () => {
    expect(pageOf('Rom.8.1-Rom.8.3,Heb.7', 2, 4).osis).toBe('Rom.8.3,Heb.7.1-Heb.7.3');
    expect(pageOf('Rom.8.1-Rom.8.3,Heb.7', 3, 4).osis).toBe('Heb.7.1-Heb.7.4');
  });

  it('refuses a page past the end', () => {
    expect(() => pageOf('Heb.7.25', 1)).toThrow(RangeError);
    expect(() => pageOf('Gen.1-Rev.22', 31_104)).toThrow(/31104 verses; none starts at 31105/);
    expect(() => pageOf('Gen.1-Rev.22', -1)).toThrow(RangeError);
  });
});

describe('canon order', () => {
  it('numbers every verse slot once, from Genesis 1:1 to the last of Revelation, and back', () => {
    expect(canonOrder(firstVerse(parseOsis('Gen.1.1')[0]!))).toBe(1);
    expect(canonOrder(firstVerse(parseOsis('Exod.1.1')[0]!))).toBe(1534);
    expect(CANON_VERSES).toBe(31_104);
    for (let n = 1; n <= CANON_VERSES; n++)
      if (canonOrder(atCanonOrder(n)) !== n) expect.unreachable(`verse ${n}`);
    expect(atCanonOrder(31_104)).toMatchObject({ chapter: 22, verse: 21 });
    expect(atCanonOrder(32).chapter).toBe(2);
    expect(() => atCanonOrder(0)).toThrow(RangeError);
    expect(() => atCanonOrder(31_105)).toThrow(RangeError);
  });
});
