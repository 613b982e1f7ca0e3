import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getBook } from '@/lib/bible/books';
import { findReferences } from '@/lib/refs';
import { AMBIGUOUS, BOOK_BY_NAME, smallLettersName } from '@/lib/refs/book-names';
import { MARKERS } from '@/lib/refs/find-book';
import { CARDINALS, SPANISH_ORDINALS } from '@/lib/refs/number-words';
import { mayHoldReference, PROBE_WORDS } from '@/lib/refs/probe';
import { VERSE_MARKERS } from '@/lib/refs/words';
import { bigArticle } from '../../fixtures/big-article';
import bookNamesEs from '../../fixtures/refs/book-names-es.json';
import bookNames from '../../fixtures/refs/book-names.json';
import { ALL_CASES } from '../../fixtures/refs/cases';
import openbibleinfo from '../../fixtures/refs/openbibleinfo.json';
import { prose } from '../../fixtures/refs/prose';

const sorted = (words: Iterable<string>) => [...new Set(words)].sort().join(' ');

/** The finder's answer for each of the option sets a page can have. */
const OPTIONS = [
  { caseInsensitive: false, chapterOnly: true },
  { caseInsensitive: false, chapterOnly: false },
  { caseInsensitive: true, chapterOnly: true },
];

/**
 * Every text in `texts` the finder reads a reference in that the probe would not let through,
 * as it stands or as `page` puts it on a page (joined to the text of the element before it):
 * with the finder's settings, or with small-letter names on (the look made before any are read).
 */
function missed(texts: readonly string[], page: (text: string) => string = (text) => text): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const options of OPTIONS) {
      const onPage = page(text);
      if (findReferences(text, options).length === 0) continue;
      if (!mayHoldReference(onPage, options.caseInsensitive)) {
        out.push(`${JSON.stringify(onPage)} ${JSON.stringify(options)}`);
      }
      // The first stage's look before it reads the settings, under any of them (probe-page.ts).
      if (!mayHoldReference(onPage, true)) out.push(`${JSON.stringify(onPage)} under any settings`);
    }
  }
  return out;
}

/** A page's text as `textContent` gives it: tags dropped, neighbouring elements touching. */
const textContentOf = (html: string) => html.replace(/<[^>]*>/g, '');

describe('mayHoldReference: its word lists follow the finder', () => {
  it('has the last word of every book name, and the ambiguous names', () => {
    const last = (key: string) => key.replace(/^\d/, '').split(' ').pop()!;
    const expected = sorted([...[...BOOK_BY_NAME.keys()].map(last), ...AMBIGUOUS.keys()]);
    // When this fails, paste the expected list into NAME_WORDS in lib/refs/probe.ts.
    expect(sorted(PROBE_WORDS.names.split(' '))).toBe(expected);
  });

  it('asks a capital only of words the finder never reads in small letters', () => {
    const small = new Set<string>();
    for (const key of BOOK_BY_NAME.keys()) {
      const numbered = /^\d/.test(key);
      const name = numbered ? key.slice(1) : key;
      if (numbered || name.includes(' ') || smallLettersName(name)) small.add(name.split(' ').pop()!);
    }
    const expected = sorted(PROBE_WORDS.names.split(' ').filter((w) => !small.has(w)));
    // When this fails, paste the expected list into CAPITAL_WORDS in lib/refs/probe.ts.
    expect(sorted(PROBE_WORDS.capitals.split(' '))).toBe(expected);
  });

  it('reads the ambiguous names only with a verse, as the finder does', () => {
    expect(sorted(PROBE_WORDS.ambiguous.split(' '))).toBe(sorted(AMBIGUOUS.keys()));
  });

  it('knows the finder’s verse words before "of" and a book', () => {
    expect(sorted(PROBE_WORDS.verses.split(' '))).toBe(sorted(VERSE_MARKERS));
  });

  it('knows the finder’s markers between a book and its number', () => {
    expect(sorted(PROBE_WORDS.markers.split(' '))).toBe(sorted(MARKERS.keys()));
  });
});

describe('mayHoldReference: misses nothing the finder reads', () => {
  const tableTexts = ALL_CASES.map((c) => c.text);

  it('in every table case', () => {
    expect(missed(tableTexts)).toEqual([]);
  });

  it('in every table case with a word of the element before touching it', () => {
    // Only where a capital starts the reference: "SeeJohn 3:16", not "Seejohn 3:16" (README).
    const capital = tableTexts.filter((text) => /^[A-Z]/.test(text));
    expect(missed(capital, (text) => `See${text}`)).toEqual([]);
    expect(missed(tableTexts, (text) => `12${text}`)).toEqual([]);
    expect(missed(tableTexts, (text) => `Notes.${text}`)).toEqual([]);
  });

  it('in every book name the finder knows, English and Spanish, at the first and last verse', () => {
    const table = [bookNames, bookNamesEs].flatMap((t) => Object.entries(t as Record<string, string[]>));
    const rows = table.flatMap(([id, names]) => {
      const book = getBook(id)!;
      const last = book.verses.length;
      return names.flatMap((name) => [
        `${name} 1:1`,
        `see ${name} ${last}`,
        `(${name}. ${last}:${book.verses[last - 1]!})`,
      ]);
    });
    expect(missed(rows)).toEqual([]);
  });

  it('in every number and ordinal in words the finder reads, in each place it reads one', () => {
    const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
    const rows = [...CARDINALS.keys(), ...SPANISH_ORDINALS.keys()].flatMap((word) => [
      `Romans chapter ${word}`,
      `see chapter ${word} of John`,
      `Psalm ${word}`,
      `Salmo ${word}`,
      `Romanos capítulo ${cap(word)}`,
      `capítulos ${word} de Juan`,
      `el ${word} capítulo de Hebreos`,
    ]);
    // Every one of them is read at least once (a word the finder never reads tests nothing here).
    for (const word of [...CARDINALS.keys(), ...SPANISH_ORDINALS.keys()])
      expect(
        findReferences(rows.filter((row) => row.includes(word)).join('. ')).length,
        word,
      ).toBeGreaterThan(0);
    expect(missed(rows)).toEqual([]);
  });

  it('in the openbibleinfo comparison cases', () => {
    const texts = JSON.stringify(openbibleinfo)
      .match(/"[^"]*\d[^"]*"/g)!
      .map((s) => JSON.parse(s) as string);
    expect(missed(texts)).toEqual([]);
  });

  it('in generated prose, paragraph by paragraph and as one text', () => {
    const paragraphs = [
      ...prose({ bytes: 200_000, seed: 7 }),
      ...prose({ bytes: 100_000, seed: 7, language: 'es' }),
    ].map((p) => p.text);
    expect(missed(paragraphs)).toEqual([]);
    expect(missed([bigArticle({ bytes: 100_000 }).html].map(textContentOf))).toEqual([]);
  });

  it('in every fixture page, read as textContent', () => {
    const dir = 'tests/fixtures/pages';
    const pages = readdirSync(dir)
      .filter((f) => /\.x?html$/.test(f))
      .map((f) => textContentOf(readFileSync(`${dir}/${f}`, 'utf8')));
    expect(missed(pages)).toEqual([]);
    // And each page's lines alone, as later additions to the page arrive.
    expect(missed(pages.flatMap((page) => page.split('\n')))).toEqual([]);
  });
});

describe('mayHoldReference: says no to ordinary text', () => {
  it.each([
    'The meeting starts at 9:45 in room 12, on 3 May 2026.',
    'Version 3.2 shipped in 2019 with 40 fixes; see page 12 and chapter 5.',
    'Is 2 enough? I am 5 minutes late, and mark 4 items as done.',
    'Act 2, scene 1: the job 3 people wanted.',
    'Windows 11 and macOS 15 both run it; call 555-0100.',
    'Posted by Jacob 3 days ago · 14 comments',
    // Spanish prose: dates, amounts, and words that are also abbreviations.
    'La reunión empieza a las 9:45 en la sala 12, el 3 de mayo de 2026.',
    'Echa sal 2 veces y deja reposar 10 minutos; mi 3er intento salió mal 2 veces.',
    'Cuesta 12,50 euros; el capítulo 5 de la novela tiene 40 páginas.',
    'Publicado por Mateo hace 3 días · 14 comentarios',
    'Tallas S 3, M 4 y P 5 disponibles; el 1 de mayo, 2 de Juan en la lista.',
    // Version numbers after words ending in a name (issue #12's "Os", "1 S", "1 R").
    ' R 2.1 runs on macOS 14.1, SunOS 5.8, Mac OS 10.6 and CentOS 7.9; XRandR 1.2 and C.F.R. 3.4.',
    'X11R6.1 and R6.6 shipped; the icon path is "M4 14c-1.66 0-3 1.34-3 3s1.3 2 2S1.3 2 2 2".',
    'Fila 1 S 3, fila 2 R 5; véase la pág. 2 s 3.4 y la 1 p 5.7.',
    // "chapter of" without an ordinal before it, and verses of something that is no book.
    'A new chapter of my life began; the Chapter of the Year goes to John.',
    'He read chapter after chapter of Romans; we sang verse after verse of it.',
    'At 5, Romans, chapters and verses were all we knew.',
  ])('%j', (text) => {
    expect(mayHoldReference(text, false)).toBe(false);
  });

  it('but small-letter names count when case-insensitive matching is on', () => {
    expect(mayHoldReference('read mark 4:15 today', false)).toBe(false);
    expect(mayHoldReference('read mark 4:15 today', true)).toBe(true);
  });

  it('and text with a name but no number, or a number far from any name', () => {
    expect(mayHoldReference('John and Mark wrote; Romans is long.', false)).toBe(false);
    expect(mayHoldReference('Romans is the letter we read in 2024.', false)).toBe(false);
  });

  it('finds the forms that name the chapter first', () => {
    expect(mayHoldReference('the 23rd Psalm', false)).toBe(true);
    expect(mayHoldReference('chapter 3 of John', false)).toBe(true);
    expect(mayHoldReference('Proverbs chapter 3', false)).toBe(true);
    expect(mayHoldReference('Philemon v. 6', false)).toBe(true);
  });
});
