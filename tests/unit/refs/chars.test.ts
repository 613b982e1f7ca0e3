import { describe, expect, it } from 'vitest';
import {
  boundaryAfter,
  boundaryBefore,
  capiBefore,
  fold,
  isDash,
  isSpace,
  isWordChar,
  listStep,
  markupBefore,
  spaceRunEnd,
  spaceRunStart,
} from '@/lib/refs/chars';

const code = (c: string) => c.charCodeAt(0);

describe('chars: spaces and dashes', () => {
  it('takes the typographic spaces from U+2000 to U+200A and the medium mathematical space', () => {
    for (const c of ['\u2000', '\u2005', '\u200a', '\u202f', '\u205f', '\u00a0'])
      expect(isSpace(code(c))).toBe(true);
    for (const c of ['\u1fff', '\u200b', 'a', '-']) expect(isSpace(code(c))).toBe(false);
  });

  it('takes hyphens, dashes and the minus sign, nothing else', () => {
    for (const c of ['-', '\u2010', '\u2013', '\u2014', '\u2212']) expect(isDash(code(c))).toBe(true);
    for (const c of ['a', '7', ' ', '\u2015', '_']) expect(isDash(code(c))).toBe(false);
  });

  it('counts at most 40 spaces of a run as a gap, either way', () => {
    const run = ' '.repeat(50);
    expect(spaceRunStart(`a${run}`, 51)).toBe(11);
    expect(spaceRunStart(`a  b`, 3)).toBe(1);
    expect(spaceRunStart(run, 50)).toBe(10);
    expect(spaceRunEnd(`${run}a`, 0)).toBe(40);
    expect(spaceRunEnd('a  b', 1)).toBe(3);
  });
});

describe('chars: word characters', () => {
  it('reads letters of any script at and past À, only ASCII letters and digits below it', () => {
    expect(isWordChar('À', 0)).toBe(true);
    expect(isWordChar('é', 0)).toBe(true);
    expect(isWordChar('a7', 1)).toBe(true);
    // Latin-1 signs before À: the micro sign, ordinal indicators, superscripts, currency.
    for (const c of ['µ', 'ª', 'º', '²', '£', '§']) expect(isWordChar(c, 0)).toBe(false);
  });
});

describe('chars: where a match may start', () => {
  it('takes markup after a space, a bracket or an opening quote, not after a word', () => {
    for (const text of ['#John', ' #John', '(#John', '[_John', '"_John', '\u201c#John', '\u2018#John']) {
      expect(markupBefore(text, text.length - 5)).toBe(true);
    }
    expect(markupBefore('a#John', 1)).toBe(false);
    expect(markupBefore('a__Heb', 2)).toBe(false);
    expect(markupBefore(' __Heb', 2)).toBe(true);
    // "@" and "-" are glue but never markup, even at the start.
    expect(markupBefore('@John', 0)).toBe(false);
    expect(markupBefore('-John', 0)).toBe(false);
  });

  it('starts a match at the text start or after a gap, not inside a word', () => {
    expect(boundaryBefore('John', 0)).toBe(true);
    expect(boundaryBefore(' John', 1)).toBe(true);
    expect(boundaryBefore('aJohn', 1)).toBe(false);
    expect(boundaryBefore('éJohn', 1)).toBe(false);
  });

  it('reads a hyphen after a number or a space as range punctuation, not after a word', () => {
    expect(boundaryBefore('25-Rom', 3)).toBe(true);
    expect(boundaryBefore('see -Rom', 5)).toBe(true);
    expect(boundaryBefore('pre-John', 4)).toBe(false);
    expect(boundaryBefore('-John', 1)).toBe(false);
  });

  it('does not start after a full stop or colon that follows a word', () => {
    expect(boundaryBefore('example.Heb', 8)).toBe(false);
    expect(boundaryBefore('v2.Jo 3', 3)).toBe(false);
    expect(boundaryBefore('mailto:Heb', 7)).toBe(false);
    expect(boundaryBefore('end. Heb', 5)).toBe(true);
    expect(boundaryBefore(' .Heb', 2)).toBe(true);
    expect(boundaryBefore('.Heb', 1)).toBe(true);
    expect(boundaryBefore(':Heb', 1)).toBe(true);
  });
});

describe('chars: where a match may end', () => {
  it('ends before a footnote mark in superscript digits', () => {
    for (const mark of ['¹', '²', '³', '⁰', '⁴', '⁹']) expect(boundaryAfter(`7:25${mark}`, 4)).toBe(true);
  });

  it('does not end before a letter of another script', () => {
    expect(boundaryAfter('7:25é', 4)).toBe(false);
    expect(boundaryAfter('7:25中', 4)).toBe(false);
    expect(boundaryAfter('7:25ⁱ', 4)).toBe(true);
  });

  it('does not end before an address, a percentage, a path or a name', () => {
    expect(boundaryAfter('7:25@example.org', 4)).toBe(false);
    expect(boundaryAfter('5%', 1)).toBe(false);
    expect(boundaryAfter('7:25/2', 4)).toBe(false);
    expect(boundaryAfter('7:25_x', 4)).toBe(false);
    expect(boundaryAfter('7:25_', 4)).toBe(true);
    expect(boundaryAfter('7:25_ ', 4)).toBe(true);
    expect(boundaryAfter('7:25/ ', 4)).toBe(true);
  });

  it('ends at a full stop or colon unless a word follows it', () => {
    expect(boundaryAfter('7:25.', 4)).toBe(true);
    expect(boundaryAfter('7:25. Then', 4)).toBe(true);
    expect(boundaryAfter('7:25.x', 4)).toBe(false);
    expect(boundaryAfter('7:25:a', 4)).toBe(false);
    expect(boundaryAfter('7:25: a', 4)).toBe(true);
    expect(boundaryAfter('7:25,x', 4)).toBe(true);
  });
});

describe('chars: listStep', () => {
  const step = (text: string) => {
    const found = listStep(text, text.search(/\D/));
    return found && { next: text.slice(found.next), range: found.range };
  };

  it('reads a range after a dash, "to", "through" or "al", and another verse after a comma, "and", "&" or "y"', () => {
    expect(step('25–27 of')).toEqual({ next: '27 of', range: true });
    expect(step('25 to 27')).toEqual({ next: '27', range: true });
    expect(step('25 through 27')).toEqual({ next: '27', range: true });
    expect(step('4 al 6')).toEqual({ next: '6', range: true });
    expect(step('9 and 10')).toEqual({ next: '10', range: false });
    expect(step('9, and 10')).toEqual({ next: '10', range: false });
    expect(step('9 & 10')).toEqual({ next: '10', range: false });
    expect(step('26 y 27')).toEqual({ next: '27', range: false });
    expect(step('20, 21')).toEqual({ next: '21', range: false });
    expect(step('20,21')).toEqual({ next: '21', range: false });
  });

  it('takes nothing else', () => {
    for (const text of [
      '9 of 10',
      '9 and ten',
      '9 and',
      '9, to 10',
      '9 10',
      '9and 10',
      '9 and10',
      '9–x',
      '9 or 10',
    ])
      expect(step(text), text).toBeUndefined();
  });
});

describe('chars: fold', () => {
  it('takes the accents off every letter up to U+024F as a Unicode decomposition does, Latin-1 by lookup', () => {
    const decomposed = (s: string) =>
      s
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '');
    for (let c = 0; c <= 0x24f; c++) {
      const ch = String.fromCharCode(c);
      expect(fold(ch), ch).toBe(decomposed(ch));
      expect(fold(`veintitr${ch}s`), ch).toBe(decomposed(`veintitr${ch}s`));
    }
    expect(fold('ÉXODO')).toBe('exodo');
    expect(fold('Dieciséis')).toBe('dieciseis');
    expect(fold('İsaías')).toBe('isaias');
  });
});

describe('chars: capiBefore', () => {
  it('finds "capí" or "capi" in any case before "tulo", and nothing else', () => {
    for (const word of ['capítulo', 'capitulo', 'CAPÍTULO', 'Capítulo', 'CAPITULO', 'cApÍtulo'])
      expect(capiBefore(word, 4), word).toBe(true);
    for (const word of [
      'título',
      'capotulo',
      'cupítulo',
      'xapítulo',
      'cadítulo',
      'capatulo',
      'capýtulo',
      'tulo',
    ])
      expect(capiBefore(word, word.indexOf('tulo')), word).toBe(false);
  });
});
