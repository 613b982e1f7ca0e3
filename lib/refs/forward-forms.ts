/**
 * Chapters named before their book, read forwards from the number: "chapter 3 of John",
 * "the 23rd Psalm". Tried only when no book stands before a number, and each test starts with
 * a character or a word check, so ordinary numbers cost one or two comparisons more.
 */
import { getBook, type Book } from '../bible/books';
import { chapterOsis, spansToOsis } from '../bible/osis';
import { boundaryAfter, boundaryBefore, fold, isDigit, isLetter, spaceRunEnd, spaceRunStart } from './chars';
import { bookBefore } from './find-book';
import { Cursor, readSpan } from './read-span';
import { countOrBookFollows, letters, VERSE_MARKERS } from './words';

/** A chapter found by a forward form. */
export interface ForwardMatch {
  start: number;
  end: number;
  osis: string;
}

const PSALMS = getBook('Ps')!;

/** English ordinal suffixes, checked against the number ("1st", "22nd", "23rd", "119th"). */
function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * The chapter found at [start, end), narrowed to verses when they follow: "the 23rd Psalm,
 * verse 4", "chapter 3 of John, verses 16–17".
 */
function withVerses(text: string, start: number, end: number, book: Book, chapter: number): ForwardMatch {
  const cur = new Cursor(text, end);
  if (cur.code() === 44) cur.i++;
  cur.spaces();
  const marker = letters(text, cur.i);
  if (cur.i > end && VERSE_MARKERS.has(marker.toLowerCase())) {
    cur.i += marker.length;
    if (cur.code() === 46) cur.i++;
    cur.spaces();
    const from = cur.i;
    const span = isDigit(cur.code()) ? readSpan(cur, book, chapter, false) : undefined;
    // Verses of this chapter only: "the 23rd Psalm, verse 4:5" names no verse of Psalm 23.
    const inChapter = span?.start.chapter === chapter && span.end.chapter === chapter;
    if (span && inChapter && boundaryAfter(text, cur.i) && !countOrBookFollows(text, from, cur.i)) {
      return { start, end: cur.i, osis: spansToOsis([span]) };
    }
  }
  return { start, end, osis: chapterOsis(book, chapter) };
}

/** "the 23rd Psalm", "the 119th psalm": the chapter, from the number to the end of "Psalm". */
function ordinalPsalm(text: string, p: number, e: number): ForwardMatch | undefined {
  const n = Number(text.slice(p, e));
  if (e - p > 3 || n < 1 || n > PSALMS.verses.length) return undefined;
  if (text.slice(e, e + 2) !== ordinalSuffix(n) || text.charCodeAt(e + 2) !== 32) return undefined;
  const word = letters(text, e + 3);
  if (word !== 'Psalm' && word !== 'psalm') return undefined;
  const end = e + 3 + word.length;
  if (!boundaryBefore(text, p) || !boundaryAfter(text, end)) return undefined;
  return withVerses(text, p, end, PSALMS, n);
}

/**
 * "chapter 3 of John", "chapter 13 of 1 Corinthians", "capítulo 3 de Juan": the chapter of the
 * book named after it.
 */
function chapterOf(
  text: string,
  p: number,
  e: number,
  caseInsensitive: boolean,
  floor: number,
): ForwardMatch | undefined {
  const w = spaceRunStart(text, p);
  // One character first: most numbers after a space follow some other word.
  const last = text.charCodeAt(w - 1);
  // The "ulo" of "capítulo": English numbers often follow "to", rarely a word in "-ulo".
  const spanish = last === 111 && text.charCodeAt(w - 2) === 108 && text.charCodeAt(w - 3) === 117;
  if (last !== 114 && !spanish) return undefined;
  const s = spanish ? w - 8 : w - 7;
  if (s < floor || !boundaryBefore(text, s)) return undefined;
  if (spanish ? fold(text.slice(s, w)) !== 'capitulo' : text.slice(s, w) !== 'chapter') return undefined;
  if (text.slice(e, e + 4) !== (spanish ? ' de ' : ' of ')) return undefined;
  // "of  John": however many spaces a page leaves before the name.
  const nameStart = spaceRunEnd(text, e + 4);
  let k = nameStart;
  // A book number may come first: "of 1 John", "of 2Tim".
  while (k < nameStart + 3 && (isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 32)) k++;
  const wordEnd = k + letters(text, k).length;
  if (wordEnd === k || !boundaryAfter(text, wordEnd)) return undefined;
  // Followed by its own number, the name starts a reference of its own ("chapter 3 of John 4").
  if (text.charCodeAt(wordEnd) === 32 && isDigit(text.charCodeAt(wordEnd + 1))) return undefined;
  const found = bookBefore(text, wordEnd, caseInsensitive, nameStart);
  if (!found || found.start !== nameStart || found.weak) return undefined;
  // "el capítulo 3 de Mi vida" names a book of someone's: in Spanish, two letters name none.
  if (spanish && wordEnd - k < 3) return undefined;
  const n = Number(text.slice(p, e));
  if (e - p > 3 || n < 1 || n > found.book.verses.length) return undefined;
  return withVerses(text, s, wordEnd, found.book, n);
}

/** A chapter named before its book at the digit run [p, e), or undefined. */
export function forwardForm(
  text: string,
  p: number,
  e: number,
  caseInsensitive: boolean,
  floor: number,
): ForwardMatch | undefined {
  if (isLetter(text.charCodeAt(e))) return ordinalPsalm(text, p, e);
  return text.charCodeAt(p - 1) === 32 ? chapterOf(text, p, e, caseInsensitive, floor) : undefined;
}
