import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOOKS } from '@/lib/bible/books';
import { formatOsis, isValidOsis, OsisError, parseOsis, spansToOsis } from '@/lib/bible/osis';
import type { VersificationPack } from '@/lib/bible/packs';

describe('formatOsis', () => {
  it.each([
    ['Heb.7.25', 'Hebrews 7:25'],
    ['Heb.4.14-Heb.4.16', 'Hebrews 4:14–16'],
    ['1John.2.1', '1 John 2:1'],
    ['John.17', 'John 17'],
    ['Ps.23', 'Psalm 23'],
    ['Ps.23-Ps.24', 'Psalms 23–24'],
    ['Ps.119.105', 'Psalm 119:105'],
    ['Matt.5-Matt.7', 'Matthew 5–7'],
    ['Rev.21.1-Rev.22.5', 'Revelation 21:1–22:5'],
    ['Rom.8.1,Rom.8.34,Rom.10.9', 'Romans 8:1, 34; 10:9'],
    ['Rom.8.26-Rom.8.27,Rom.8.34', 'Romans 8:26–27, 34'],
    ['Exod.32.11-Exod.32.14,Exod.32.30-Exod.32.32', 'Exodus 32:11–14, 30–32'],
    ['Col.1.9-Col.1.12,Col.4.12', 'Colossians 1:9–12; 4:12'],
    ['Matt.5.44,Matt.9.38', 'Matthew 5:44; 9:38'],
    ['Rom.8.34,Heb.7.25', 'Romans 8:34; Hebrews 7:25'],
    ['Phlm.1.6', 'Philemon 6'],
    ['Jude.1.24-Jude.1.25', 'Jude 24–25'],
    ['Phlm.1', 'Philemon'],
    ['Gen.50.25-Exod.1.2', 'Genesis 50:25–Exodus 1:2'],
    ['John.17.1-John.18', 'John 17:1–18:40'],
    ['John.17-John.18.3', 'John 17:1–18:3'],
  ])('%s → %s', (osis, label) => {
    expect(formatOsis(osis)).toBe(label);
  });
});

describe('parseOsis', () => {
  it.each([
    'Jude.2.1',
    'Foo.1.1',
    'John.3.40',
    'Obad.2.1',
    'Ps.151.1',
    'heb.7.25',
    'Heb 7:25',
    'Heb.7.25-',
    '',
    'Heb.0.1',
  ])('rejects %j', (osis) => {
    expect(() => parseOsis(osis)).toThrow(OsisError);
    expect(isValidOsis(osis)).toBe(false);
  });

  it('rejects backwards ranges', () => {
    expect(() => parseOsis('Heb.7.25-Heb.7.1')).toThrow(/backwards/);
  });

  it('round-trips through spansToOsis', () => {
    for (const osis of [
      'Heb.7.25',
      'Heb.4.14-Heb.4.16',
      'John.17',
      'Rom.8.1,Rom.8.34,Rom.10.9',
      'Matt.5-Matt.7',
    ]) {
      expect(spansToOsis(parseOsis(osis))).toBe(osis);
    }
  });
});

describe('the book table', () => {
  it('holds the larger of the two translations’ verse counts, chapter by chapter', () => {
    const read = (t: string) =>
      JSON.parse(
        readFileSync(new URL(`../../../public/data/bible/${t}/versification.json`, import.meta.url), 'utf8'),
      ) as VersificationPack;
    const web = read('WEB');
    const kjv = read('KJV');
    for (const book of BOOKS) {
      const expected = kjv.books[book.id].map((n, i) => Math.max(n, web.books[book.id][i] ?? 0));
      expect(book.verses, book.id).toEqual(expected);
    }
  });
});
