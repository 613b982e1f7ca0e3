/**
 * The look-back half of the finder: given the position of a chapter number, find the book
 * name written just before it, with its number ("1 John", "II Kings", "2Tim"). It reads at
 * most a few dozen characters backwards, so it costs the same on any page.
 */
import { getBook, isSingleChapter, type Book } from '../bible/books';
import { AMBIGUOUS, BOOK_BY_NAME, MULTI_WORD, ORDINALS, smallLettersName } from './book-names';
import { boundaryBefore, isDigit, isLetter, isLower, isSpace, isUpper, spaceRunStart } from './chars';

/** A book name found before a chapter number. */
export interface BookAt {
  book: Book;
  /** Where the name (with its number) starts. */
  start: number;
  /** The name touches the number ("Jn3:16"): only a chapter and verse make that a reference. */
  attached: boolean;
  /**
   * A name that may be something else ("Is 53:5", "jer 31:22", "PS 23:1"): only a chapter and
   * verse make it a reference.
   */
  weak: boolean;
  /** "Is", "Am", "Act": English words, so prose after the verse ("Is 10:30 too late?") refuses it. */
  ambiguous: boolean;
}

/** Every name that may follow a book number: "john" of "1 John", "tim" of "2Tim". */
const AFTER_NUMBER = new Set(
  [...BOOK_BY_NAME.keys()].filter((name) => isDigit(name.charCodeAt(0))).map((name) => name.slice(1)),
);

/** Words between a book and its number: "Proverbs chapter 3", "Philemon verse 6". */
export const MARKERS: ReadonlyMap<string, 'chapter' | 'verse'> = new Map([
  ['chapter', 'chapter'],
  ['chap', 'chapter'],
  ['ch', 'chapter'],
  ['verse', 'verse'],
  ['ver', 'verse'],
  ['v', 'verse'],
  ['vv', 'verse'],
  ['verses', 'verse'],
]);

/** Longest name or abbreviation read back ("Thessalonians" is 13 letters). */
const MAX_NAME = 16;

/**
 * The case rule for a word as written, when names are case-sensitive: capitalised ("Heb",
 * "Hebrews") or all capitals ("HEBREWS"), never "heb" or "HeBrews". All capitals need three
 * letters, because two capitals are mostly codes ("PR 12", "NE 5", "ES 6"); a book number in
 * front makes them specific again ("1 JN 1:9"), which `numbered` allows.
 */
function casedWell(text: string, s: number, e: number, numbered: boolean): boolean {
  if (!isUpper(text.charCodeAt(s))) return false;
  let lower = 0;
  for (let i = s + 1; i < e; i++) if (isLower(text.charCodeAt(i))) lower++;
  if (lower === e - s - 1) return e - s > 1 || numbered;
  return lower === 0 && (e - s >= 3 || numbered);
}

/** Small words inside multi-word names, in either case: "Song of Songs", "ACTS OF THE APOSTLES". */
const JOINERS = new Set(['of', 'OF', 'the', 'THE']);

/**
 * How the name at [s, e) is cased, without case-insensitive matching: 'good' (capitalised or
 * capitals, "Song of Songs", "SONG OF SOLOMON"), 'weak' — two capitals ("PS") or all small
 * letters ("jer", "1 cor"), which a chapter and verse must confirm — or 'bad' ("HeBrews").
 */
function caseOf(text: string, s: number, e: number, numbered: boolean): 'good' | 'weak' | 'bad' {
  let result: 'good' | 'weak' = 'good';
  let w = s;
  for (let i = s; i <= e; i++) {
    if (i < e && !isSpace(text.charCodeAt(i))) continue;
    if (i > w && !casedWell(text, w, i, numbered) && !JOINERS.has(text.slice(w, i))) {
      let caps = 0;
      let small = 0;
      for (let k = w; k < i; k++) {
        const c = text.charCodeAt(k);
        if (isUpper(c)) caps++;
        else if (isLower(c)) small++;
      }
      if (small === i - w || (caps === 2 && i - w === 2)) result = 'weak';
      else return 'bad';
    }
    w = i + 1;
  }
  return result;
}

/** The book number written before the name that starts at `nameStart` ("1 John", "2Tim"), or undefined. */
function numberBefore(
  text: string,
  nameStart: number,
  caseInsensitive: boolean,
  floor: number,
): { value: number; start: number } | undefined {
  const prev = text.charCodeAt(nameStart - 1);
  // Attached: "2Tim", "1Jn".
  if (isDigit(prev)) {
    const value = ORDINALS.get(text[nameStart - 1]!);
    const start = nameStart - 1;
    return value && start >= floor && boundaryBefore(text, start) ? { value, start } : undefined;
  }
  if (!isSpace(prev)) return undefined;
  // Separate: "1 John", "I John", "First John", "1st John".
  const e = spaceRunStart(text, nameStart);
  let s = e;
  while (s > 0 && e - s < 6 && (isLetter(text.charCodeAt(s - 1)) || isDigit(text.charCodeAt(s - 1)))) s--;
  if (s === e || s < floor || !boundaryBefore(text, s)) return undefined;
  const token = text.slice(s, e);
  const value = ORDINALS.get(token.toLowerCase());
  if (!value) return undefined;
  if (!caseInsensitive && !isDigit(token.charCodeAt(0))) {
    // Roman numerals in capitals ("I John", not "i John"), words capitalised ("First"); a name
    // in small letters takes its number in small letters ("first john 1:9", "ii kings 2:11").
    const roman = token.charCodeAt(0) === 73 || token.charCodeAt(0) === 105;
    const small = isLower(text.charCodeAt(nameStart)) && token === token.toLowerCase();
    if (!small && (roman ? token !== token.toUpperCase() : !casedWell(text, s, e, true))) return undefined;
  }
  return { value, start: s };
}

/**
 * Looks back from the digit run at `p` for a book name, with its number if any. Nothing before
 * `floor` (the end of the previous match) is read, so matches never overlap.
 */
export function bookBefore(
  text: string,
  p: number,
  caseInsensitive: boolean,
  floor: number,
): BookAt | undefined {
  const j = spaceRunStart(text, p);
  let nameEnd = j;
  if (text.charCodeAt(nameEnd - 1) === 46) nameEnd--; // "Exod. 32"
  let w = nameEnd;
  while (w > 0 && nameEnd - w <= MAX_NAME && isLetter(text.charCodeAt(w - 1))) w--;
  if (w === nameEnd || nameEnd - w > MAX_NAME || w < floor) return undefined;
  const attached = j === p && nameEnd === j;
  let name = text.slice(w, nameEnd).toLowerCase();
  let nameStart = w;
  // Names of two or more words end in a word like "Songs"; check the words before it.
  const longer = MULTI_WORD.get(name);
  if (longer) {
    for (const full of longer) {
      const s = nameEnd - full.length;
      if (s >= floor && text.slice(s, nameEnd).toLowerCase().replace(/\s/g, ' ') === full) {
        name = full;
        nameStart = s;
        break;
      }
    }
  }

  // "Proverbs chapter 3", "Prov ch. 3", "Philemon verse 6": the book is before the word.
  const marker = MARKERS.get(name);
  // A capitalised "Chapter 3" after a full stop starts a sentence of its own ("I love Genesis.
  // Chapter 5 of my book"); without one it is a heading's capital ("Proverbs Chap 10").
  const capitalised =
    isUpper(text.charCodeAt(nameStart)) &&
    isLower(text.charCodeAt(nameStart + 1)) &&
    text.charCodeAt(spaceRunStart(text, nameStart) - 1) === 46;
  if (marker && !capitalised && !(name === 'ch' && numberBefore(text, nameStart, caseInsensitive, floor))) {
    const inner = bookBefore(text, nameStart, caseInsensitive, floor);
    if (!inner || (marker === 'verse' && !isSingleChapter(inner.book))) return undefined;
    return { ...inner, attached: false };
  }
  // Most numbers follow a word that names no book ("at 9:45", "in 2019"): done at one lookup.
  if (!BOOK_BY_NAME.has(name) && !AFTER_NUMBER.has(name) && !AMBIGUOUS.has(name)) return undefined;
  const number = numberBefore(text, nameStart, caseInsensitive, floor);
  const numberedId = number && BOOK_BY_NAME.get(`${number.value}${name}`);
  const id = numberedId || BOOK_BY_NAME.get(name);
  const ambiguous = id ? undefined : AMBIGUOUS.get(name);
  if (!id && !ambiguous) return undefined;
  let weak = !!ambiguous;
  if (!caseInsensitive) {
    const cased = caseOf(text, nameStart, nameEnd, !!numberedId);
    if (cased === 'bad') return undefined;
    // "jer 31:22", "1 cor 13:4", "PS 23:1" with a verse; never "is", "mark" or "job" in small letters.
    if (cased === 'weak') {
      if (ambiguous || !(numberedId || smallLettersName(name))) return undefined;
      weak = true;
    }
  }
  if (numberedId)
    return { book: getBook(numberedId)!, start: number.start, attached, weak, ambiguous: false };
  if (!boundaryBefore(text, nameStart)) return undefined;
  return { book: getBook((id || ambiguous)!)!, start: nameStart, attached, weak, ambiguous: !!ambiguous };
}

/**
 * The book whose name starts exactly at `i`, read forwards, and the position of the number
 * after it — for the far end of a range across books ("Gen 50:26–Exod 1:1").
 */
export function bookNameAt(
  text: string,
  i: number,
  caseInsensitive: boolean,
): { book: Book; at: number } | undefined {
  let sawLetter = false;
  for (let k = i; k < i + 40 && k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (isLetter(c)) sawLetter = true;
    else if (isDigit(c) && sawLetter) {
      const found = bookBefore(text, k, caseInsensitive, i);
      return found && found.start === i && !found.weak ? { book: found.book, at: k } : undefined;
    } else if (!(isDigit(c) || isSpace(c) || c === 46)) return undefined;
  }
  return undefined;
}
