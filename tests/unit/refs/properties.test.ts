import { describe, expect, it } from 'vitest';
import { BOOKS, isSingleChapter, type Book } from '@/lib/bible/books';
import { isValidOsis, OsisError } from '@/lib/bible/osis';
import { findReferences, formatReference, type RefMatch } from '@/lib/refs';
import { ALL_CASES } from '../../fixtures/refs/cases';
import { prose, random } from '../../fixtures/refs/prose';

/** The contract every match keeps, whatever the input. */
function checkContract(input: string, matches: RefMatch[]): void {
  let last = 0;
  for (const m of matches) {
    expect(m.start, input).toBeGreaterThanOrEqual(last);
    expect(m.end, input).toBeGreaterThan(m.start);
    expect(input.slice(m.start, m.end), input).toBe(m.text);
    expect(isValidOsis(m.osis), `${m.osis} in ${JSON.stringify(input)}`).toBe(true);
    last = m.end;
  }
}

/** OSIS ids of several shapes for one book: verses, ranges, chapters, lists. */
function samples(book: Book): string[] {
  const id = book.id;
  if (isSingleChapter(book)) {
    const n = book.verses[0]!;
    return [`${id}.1.2`, `${id}.1.${n}`, `${id}.1.2-${id}.1.5`, `${id}.1.1,${id}.1.${n}`];
  }
  const c = Math.ceil(book.verses.length / 2);
  const next = c + 1;
  const v = book.verses[c - 1]!;
  const last = book.verses.length;
  return [
    `${id}.${c}.2`,
    `${id}.${c}.1-${id}.${c}.${v}`,
    `${id}.${c}`,
    `${id}.${c}-${id}.${next}`,
    `${id}.${c}.${v}-${id}.${next}.1`,
    `${id}.${c}.1,${id}.${c}.${v}`,
    `${id}.${c}.1,${id}.${next}.2`,
    `${id}.${last}.${book.verses[last - 1]}`,
  ];
}

describe('findReferences: properties', () => {
  it('keeps the contract on every table case', () => {
    for (const c of ALL_CASES) {
      checkContract(c.text, findReferences(c.text, c.options));
    }
  });

  it('reads every label formatReference writes back to the same OSIS id, for every book', () => {
    for (const book of BOOKS) {
      for (const osis of samples(book)) {
        const label = formatReference(osis);
        expect(found(`(${label})`), label).toEqual([[label, osis]]);
        expect(found(`See ${label}. Then pray.`), label).toEqual([[label, osis]]);
        // The Spanish label too, as a Spanish page would print it; but "Santiago" with only a
        // chapter is a name or a city to the finder, which wants a verse after it.
        const spanish = formatReference(osis, 'es');
        const want = book.id === 'Jas' && !/\.\d+\.\d+/.test(osis) ? [] : [[spanish, osis]];
        expect(found(`(${spanish})`), spanish).toEqual(want);
        expect(found(`Lea ${spanish}. Luego ore.`), spanish).toEqual(want);
      }
    }
  });

  it.each(['en', 'es'] as const)(
    'finds exactly the references planted in 200 KB of generated prose (%s)',
    (language) => {
      for (const { text, planted } of prose({ bytes: 200_000, seed: 3, language })) {
        const got = findReferences(text).map(({ start, end, osis }) => ({ start, end, osis }));
        expect(got, text).toEqual(planted);
      }
    },
  );

  it('keeps the contract on random text, reads each match alone the same, and ignores what comes before', () => {
    const tokens = (
      'Heb|Hebrews|1|2|3|7|25|150|1000|John|Jn|Ps|Psalm|Song of Songs|Jude|Obad|Phlm|I|II|First|is|Is|mark|' +
      ':|.|,|;|–|-|—|\u2011| | | |\u00a0|\n|and|v.|vv.|ff|f|a|b|(|)|NIV|pm|minutes|others|@|/|é|🙏|x|_|#|' +
      // The forms of issue #11: spaced separators, range and list words, markup, tags, chapter words.
      ' : |. |: |\u202f|--|ab|He|jer|PS|KJV|(WEB)|RVR1909|to|through|cf.|also|chapter|Chap|verse|23rd|~|*|of|' +
      // Spanish (issue #12): names with accents, book numbers, "3,16", list and range words, units.
      'Juan|Sal|Éxodo|Gá|Os|S|Santiago|San |Primera de |1ª |y|al|ss|s|capítulo|versículos|de|mayo|RV 1909|,|kg|años'
    ).split('|');
    const rand = random(42);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const length = 3 + Math.floor(rand() * 30);
      for (let i = 0; i < length; i++) text += tokens[Math.floor(rand() * tokens.length)];
      const options = { caseInsensitive: rand() < 0.3, chapterOnly: rand() < 0.8 };
      const matches = findReferences(text, options);
      checkContract(text, matches);
      for (const m of matches) {
        expect(findReferences(m.text, options), `${m.text} in ${JSON.stringify(text)}`).toEqual([
          { ...m, start: 0, end: m.text.length },
        ]);
      }
      const shifted = findReferences(`¶ ${text}`, options).map((m) => ({
        ...m,
        start: m.start - 2,
        end: m.end - 2,
      }));
      expect(shifted, JSON.stringify(text)).toEqual(matches);
    }
  });

  it('returns nothing for text without digits', () => {
    expect(findReferences('Hebrews, John and Romans are books; Song of Songs is a poem.')).toEqual([]);
    expect(findReferences('')).toEqual([]);
  });
});

describe('formatReference', () => {
  it.each([
    ['Heb.4.14-Heb.4.16', 'Hebrews 4:14–16'],
    ['1John.2.1', '1 John 2:1'],
    ['Rom.8.1,Rom.8.34,Rom.10.9', 'Romans 8:1, 34; 10:9'],
    ['Ps.23', 'Psalm 23'],
    ['Ps.23-Ps.24', 'Psalms 23–24'],
    ['Phlm.1.6', 'Philemon 6'],
    ['Rev.21.1-Rev.22.5', 'Revelation 21:1–22:5'],
    ['Gen.50.26-Exod.1.1', 'Genesis 50:26–Exodus 1:1'],
  ])('%s → %s', (osis, label) => {
    expect(formatReference(osis)).toBe(label);
  });

  it.each([
    ['Heb.4.14-Heb.4.16', 'Hebreos 4:14–16'],
    ['1John.2.1', '1 Juan 2:1'],
    ['Rom.8.1,Rom.8.34,Rom.10.9', 'Romanos 8:1, 34; 10:9'],
    ['Ps.23', 'Salmo 23'],
    ['Ps.23-Ps.24', 'Salmos 23–24'],
    ['Phlm.1.6', 'Filemón 6'],
    ['Exod.32.11-Exod.32.14', 'Éxodo 32:11–14'],
    ['Rev.21.1-Rev.22.5', 'Apocalipsis 21:1–22:5'],
    ['Gen.50.26-Exod.1.1', 'Génesis 50:26–Éxodo 1:1'],
  ])('%s in Spanish → %s', (osis, label) => {
    expect(formatReference(osis, 'es')).toBe(label);
  });

  it('writes Spanish labels for a Spanish interface, English for any other', async () => {
    const { labelLanguage } = await import('@/lib/bible/book-names');
    expect(['es', 'es-MX', 'ES', 'es-419'].map(labelLanguage)).toEqual(['es', 'es', 'es', 'es']);
    expect(['en', 'en-GB', 'est', 'pt', '', undefined].map(labelLanguage)).toEqual(Array(6).fill('en'));
  });

  it('refuses an id that names a verse that does not exist', () => {
    expect(() => formatReference('John.3.40')).toThrow(OsisError);
  });
});

function found(text: string) {
  return findReferences(text).map((m) => [m.text, m.osis]);
}
