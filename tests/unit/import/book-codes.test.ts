import { describe, expect, it } from 'vitest';
import { languageTag, osisOfCode, osisOfNumber } from '@/lib/import/book-codes';

describe('book codes of USFM and USFX', () => {
  it.each([
    ['GEN', 'Gen'],
    ['gen', 'Gen'],
    ['Mat', 'Matt'],
    ['SNG', 'Song'],
    ['3JN', '3John'],
    ['REV', 'Rev'],
    ['TOB', 'Tob'],
    ['1ma', '1Macc'],
    ['PS2', 'Ps151'],
  ])('reads %s as %s', (code, osis) => {
    expect(osisOfCode(code)).toBe(osis);
  });

  it.each(['FRT', 'glo', 'BAK', 'XXA'])('skips %s, which is not a book of verses', (code) => {
    expect(osisOfCode(code)).toBeNull();
  });

  it.each(['XYZ', '', 'GENESIS', 'Gen '])('knows no book %j', (code) => {
    expect(osisOfCode(code)).toBeUndefined();
  });
});

describe('book numbers of Zefania', () => {
  it.each([
    [1, 'Gen'],
    [40, 'Matt'],
    [66, 'Rev'],
    [67, 'Jdt'],
    [76, 'PrMan'],
  ])('reads %i as %s', (n, osis) => {
    expect(osisOfNumber(n)).toBe(osis);
  });

  it.each([0, -1, 77, 1.5, Number.NaN])('knows no book %d', (n) => {
    expect(osisOfNumber(n)).toBeUndefined();
  });
});

describe('a language as a file writes it', () => {
  it.each([
    ['en', 'en'],
    ['EN', 'EN'],
    [' es \n', 'es'],
    ['en-US', 'en-US'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['es-419', 'es-419'],
    ['eng', 'en'],
    ['ENG', 'en'],
    ['Spa', 'es'],
    ['xyz', 'xyz'],
    ['XYZ', 'xyz'],
    ['', ''],
    ['english', ''],
    ['en-', ''],
    ['en_US', ''],
    ['aen-US', ''],
    ['en-US!', ''],
    ['en-toolongtag', ''],
    ['e1', ''],
    ['1eng', ''],
    ['engx', ''],
    ['en1', ''],
  ])('reads %j as %j', (written, tag) => {
    expect(languageTag(written)).toBe(tag);
  });
});
