/**
 * Words searched within one book, chapter or passage: "love in 1 John", "faith in Hebrews 11",
 * "grace in Rom 5-8", and in Spanish "amor en 1 Juan", "fe en Hebreos 11" (labelled in Spanish).
 * The part after the last " in " (" en ") counts only when all of it names a book
 * (as the reference finder spells books, with or without a number: "1 John", "1 Jn", "Song of
 * Songs") or references the finder reads; "faith in God" and "abide in him" stay plain words.
 * Book names that are everyday words ("job", "mark", "numbers", "acts") count only with a
 * capital ("patience in Job", not "came in numbers").
 */
import { bookName, type LabelLanguage } from '../bible/book-names';
import { getBook } from '../bible/books';
import { firstVerse, formatOsis, lastVerse, parseOsis } from '../bible/osis';
import { BOOK_BY_NAME, ORDINALS, smallLettersName } from '../refs/book-names';
import type { ReferenceFinder } from './query';
import { verseKey } from './verse-key';

/** A query's words and the passages they are searched in. */
export interface Scoped {
  /** The words, without " in …". */
  words: string;
  /** What the scope is called in the popup: "1 John", "Hebrews 11". */
  label: string;
  /** Verse-key ranges (inclusive) the results must fall in. */
  ranges: [number, number][];
}

const SCOPE = /^(.*\S)\s+(in|en)\s+(\S.*?)\s*$/i;

const MARKS = /\p{M}/gu;

/** The book a name alone stands for ("1 John", "1jn", "Romans", "Song of Solomon"), if any. */
function bookNamed(text: string): string | undefined {
  // The finder's names are keyed without accents ("Éxodo" is "exodo").
  const name = text.normalize('NFD').replace(MARKS, '').replace(/\./g, '').replace(/\s+/g, ' ').trim();
  const m = /^(\S+)\s+(.*)$/.exec(name);
  const number = m && ORDINALS.get(m[1]!.toLowerCase());
  const rest = (number ? m![2]! : name).toLowerCase();
  // All in small letters, an everyday word is a word ("came in numbers").
  if (rest === name && !smallLettersName(rest)) return undefined;
  const key = number ? `${number}${rest.replace(/ /g, '')}` : rest;
  return BOOK_BY_NAME.get(key) ?? (number ? BOOK_BY_NAME.get(`${number}${rest}`) : undefined);
}

/** The words and scope of "… in <book or reference>", or undefined when the query has none. */
export function splitScope(query: string, find: ReferenceFinder): Scoped | undefined {
  const m = SCOPE.exec(query);
  if (!m) return undefined;
  const [, words, joint, place] = m as unknown as [string, string, string, string];
  // "amor en 1 Juan": a Spanish query's scope is labelled in Spanish.
  const language: LabelLanguage = joint.toLowerCase() === 'en' ? 'es' : 'en';
  const book = bookNamed(place);
  if (book) {
    const b = getBook(book)!;
    return {
      words,
      label: bookName(b, language),
      ranges: [[verseKey(b.index, 0, 0), verseKey(b.index, 255, 255)]],
    };
  }
  const refs = find(place, { caseInsensitive: true });
  if (refs.length === 0 || refs[0]!.start !== 0 || refs.at(-1)!.end !== place.length) return undefined;
  const ranges: [number, number][] = [];
  for (const ref of refs) {
    for (const span of parseOsis(ref.osis)) {
      const from = firstVerse(span);
      const to = lastVerse(span);
      // A chapter's range runs to its end in any versification.
      const last = span.end.verse === undefined ? 255 : to.verse;
      ranges.push([
        verseKey(from.book.index, from.chapter, from.verse),
        verseKey(to.book.index, to.chapter, last),
      ]);
    }
  }
  return { words, label: refs.map((r) => formatOsis(r.osis, language)).join('; '), ranges };
}

/** Whether a verse key falls in one of the ranges. */
export function inRanges(key: number, ranges: readonly [number, number][]): boolean {
  return ranges.some(([lo, hi]) => key >= lo && key <= hi);
}
