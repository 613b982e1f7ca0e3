/** lib/refs/number-words: every number a chapter or verse can have, spelled out, reads back. */
import { describe, expect, it } from 'vitest';
import {
  cardinalAt,
  ordinalBefore,
  ordinalSuffix,
  rangeInWords,
  spanishOrdinalAt,
} from '@/lib/refs/number-words';

const UNITS = ['', ...'one two three four five six seven eight nine'.split(' ')];
const TEENS = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** `n` (1–199) in English words, the tens and unit joined by `joint`, "and" after "hundred" or not. */
function english(n: number, joint: string, and: boolean): string {
  if (n >= 100)
    return n === 100 ? 'one hundred' : `one hundred ${and ? 'and ' : ''}${english(n - 100, joint, and)}`;
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  return n % 10 === 0 ? TENS[n / 10]! : `${TENS[Math.floor(n / 10)]}${joint}${UNITS[n % 10]}`;
}

/** The English ordinal of `n` (1–199): "first", "twenty-third", "hundred and nineteenth". */
function englishOrdinal(n: number): string {
  const irregular: Record<string, string> = {
    one: 'first',
    two: 'second',
    three: 'third',
    five: 'fifth',
    eight: 'eighth',
    nine: 'ninth',
    twelve: 'twelfth',
  };
  const words = english(n, '-', true);
  const last = words.split(/[ -]/).pop()!;
  const ordinal = irregular[last] ?? (last.endsWith('y') ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return words.slice(0, words.length - last.length) + ordinal;
}

const ES_UNITS = ['', ...'uno dos tres cuatro cinco seis siete ocho nueve'.split(' ')];
const ES_SMALL =
  'diez once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve'.split(
    ' ',
  );
const ES_TENS = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];

/** `n` (1–199) in Spanish words: "veintitrés", "treinta y uno", "ciento diecinueve". */
function spanish(n: number): string {
  if (n === 100) return 'cien';
  if (n > 100) return `ciento ${spanish(n - 100)}`;
  if (n < 10) return ES_UNITS[n]!;
  if (n < 30) return ES_SMALL[n - 10]!;
  return n % 10 === 0 ? ES_TENS[n / 10]! : `${ES_TENS[Math.floor(n / 10)]} y ${ES_UNITS[n % 10]}`;
}

const read = (words: string) => {
  const found = cardinalAt(`${words}, then`, 0);
  return found && { n: found.n, rest: `${words}, then`.slice(found.end) };
};

describe('number-words: cardinalAt', () => {
  it('reads every number from 1 to 199 as English writes it, hyphenated or not, with "and" or not', () => {
    for (let n = 1; n < 200; n++) {
      for (const words of [english(n, '-', true), english(n, ' ', true), english(n, '-', false)]) {
        expect(read(words), words).toEqual({ n, rest: ', then' });
        const capitalised = words[0]!.toUpperCase() + words.slice(1);
        expect(read(capitalised)?.n, capitalised).toBe(n);
      }
    }
    expect(read('a hundred')).toEqual({ n: 100, rest: ', then' });
  });

  it('reads every number from 1 to 199 as Spanish writes it, with accents or without', () => {
    for (let n = 1; n < 200; n++) {
      const words = spanish(n);
      expect(read(words), words).toEqual({ n, rest: ', then' });
      expect(read(words.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))?.n, words).toBe(n);
    }
  });

  it('reads nothing that is no number, or part of a larger one', () => {
    for (const words of [
      'eight hundred',
      'a',
      'an hour',
      'oneself',
      'twentyfold',
      'hundreds',
      'ciento',
      'tenth',
      'two-thirds',
      '8',
    ])
      expect(read(words), words).toBeUndefined();
    // The number stops where its words do: "twenty years" is twenty, "treinta y tantos" thirty.
    expect(read('twenty years')).toEqual({ n: 20, rest: ' years, then' });
    expect(read('treinta y tantos')).toEqual({ n: 30, rest: ' y tantos, then' });
    // "y" joins a unit to thirty and up only: "veinte y uno" is not how 21 is written.
    expect(read('veinte y uno')).toEqual({ n: 20, rest: ' y uno, then' });
    expect(read('treinta y once')).toEqual({ n: 30, rest: ' y once, then' });
    expect(read('one hundred andante')).toEqual({ n: 100, rest: ' andante, then' });
    expect(read('one hundredth')).toBeUndefined();
    expect(read('A hundred and one')).toEqual({ n: 101, rest: ', then' });
  });
});

describe('number-words: ordinals', () => {
  it('reads every English ordinal from 1 to 150 back from its end, with where it starts', () => {
    for (let n = 1; n <= 150; n++) {
      const words = englishOrdinal(n);
      const text = `the ${words} Psalm`;
      expect(ordinalBefore(text, 4 + words.length), words).toEqual({ s: 4, n });
      const spaced = words.replace(/-/g, ' ');
      expect(ordinalBefore(`the ${spaced} Psalm`, 4 + spaced.length)?.n, spaced).toBe(n);
    }
    expect(ordinalBefore('the one hundred and nineteenth', 30)).toEqual({ s: 4, n: 119 });
    expect(ordinalBefore('the hundredth', 13)).toEqual({ s: 4, n: 100 });
    expect(ordinalBefore('the A hundred and first', 23)).toEqual({ s: 4, n: 101 });
    expect(ordinalBefore('the One Hundred and First', 25)).toEqual({ s: 4, n: 101 });
    expect(ordinalBefore('the Hundred Tenth', 17)).toEqual({ s: 4, n: 110 });
    // Only a tens word joins a unit before it, and only a number past a hundred takes "one".
    expect(ordinalBefore('the twenty tenth', 16)).toEqual({ s: 11, n: 10 });
    expect(ordinalBefore('the one first', 13)).toEqual({ s: 8, n: 1 });
    for (const word of ['last', 'tenthth', 'north', 'fifty', 'month'])
      expect(ordinalBefore(word, word.length), word).toBeUndefined();
  });

  it('writes the suffix of every digit ordinal as English does', () => {
    const cases: [number, string][] = [
      [1, 'st'],
      [2, 'nd'],
      [3, 'rd'],
      [4, 'th'],
      [11, 'th'],
      [12, 'th'],
      [13, 'th'],
      [21, 'st'],
      [22, 'nd'],
      [23, 'rd'],
      [101, 'st'],
      [111, 'th'],
      [112, 'th'],
      [113, 'th'],
      [119, 'th'],
      [122, 'nd'],
    ];
    for (const [n, suffix] of cases) expect(ordinalSuffix(n), String(n)).toBe(suffix);
  });

  it('reads the Spanish ordinals from "primero" to "decimonoveno", with accents or without', () => {
    const words = [
      'primero',
      'segundo',
      'tercero',
      'cuarto',
      'quinto',
      'sexto',
      'séptimo',
      'octavo',
      'noveno',
      'décimo',
      'undécimo',
      'duodécimo',
      'decimotercero',
      'decimocuarto',
      'decimoquinto',
      'decimosexto',
      'decimoséptimo',
      'decimoctavo',
      'decimonoveno',
    ];
    words.forEach((word, i) => {
      expect(spanishOrdinalAt(`${word} de`, 0), word).toEqual({ n: i + 1, end: word.length });
      const bare = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      expect(spanishOrdinalAt(`${bare} de`, 0)?.n, bare).toBe(i + 1);
    });
    expect(spanishOrdinalAt('primer capítulo', 0)?.n).toBe(1);
    expect(spanishOrdinalAt('octavos', 0)).toBeUndefined();
  });
});

describe('number-words: rangeInWords', () => {
  it('reads the end of a range after a dash, "to", "through" or "al"', () => {
    for (const [text, n] of [
      ['–eleven', 11],
      [' to eleven', 11],
      [' through eleven', 11],
      [' al once', 11],
    ] as const)
      expect(rangeInWords(text, 0)?.n, text).toBe(n);
    for (const text of [' and eleven', ' to', ' to 11', 'toeleven', ' eleven', 'to eleven', ' toeleven'])
      expect(rangeInWords(text, 0), text).toBeUndefined();
  });
});
