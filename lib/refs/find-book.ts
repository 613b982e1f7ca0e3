/**
 * The look-back half of the finder: given the position of a chapter number, find the book
 * name written just before it, with its number ("1 John", "II Kings", "2Tim"). It reads at
 * most a few dozen characters backwards, so it costs the same on any page.
 */
import { getBook, isSingleChapter, type Book } from '../bible/books';
import {
  AMBIGUOUS,
  BOOK_BY_NAME,
  ENGLISH_FULL_NAMES,
  MULTI_WORD,
  ORDINALS,
  smallLettersName,
  SPANISH_ONLY,
  VERSE_ONLY,
} from './book-names';
import {
  boundaryBefore,
  commaBefore,
  fold,
  isDigit,
  isLetter,
  isNameLetter,
  isNameLower,
  isNameUpper,
  isSpace,
  spaceRunStart,
} from './chars';

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
  /** The name as the tables key it, without its number and accents ("juan", "corintios"). */
  name: string;
  /** The key it was found under, with its number ("1corintios"). */
  key: string;
  /** Written with a letter beyond ASCII ("Éxodo", "Gá"). */
  accented: boolean;
}

/**
 * Whether the book was named in Spanish ("Juan", "Éxodo", "1 Corintios"): "Juan 3:16s" is
 * verses 16–17. Asked only when it matters, so English references do not pay for it.
 */
export const isSpanish = (found: BookAt): boolean => found.accented || SPANISH_ONLY.has(found.key);

/**
 * Whether "3,16" touching is chapter 3, verse 16 after this name: after Spanish names and
 * abbreviations ("Juan 3,16", "Jn 3,16"), not after an English full name ("Psalms 39,62" lists
 * two psalms).
 */
export const readsComma = (found: BookAt): boolean => isSpanish(found) || !ENGLISH_FULL_NAMES.has(found.name);

/** Every name that may follow a book number: "john" of "1 John", "tim" of "2Tim". */
const AFTER_NUMBER = new Set(
  [...BOOK_BY_NAME.keys()].filter((name) => isDigit(name.charCodeAt(0))).map((name) => name.slice(1)),
);

/** Words between a book and its number: "Proverbs chapter 3", "Philemon verse 6". */
export const MARKERS: ReadonlyMap<string, 'chapter' | 'verse'> = new Map([
  ['chapter', 'chapter'],
  ['chapters', 'chapter'],
  ['chap', 'chapter'],
  ['chaps', 'chapter'],
  ['ch', 'chapter'],
  ['chs', 'chapter'],
  ['verse', 'verse'],
  ['ver', 'verse'],
  ['v', 'verse'],
  ['vv', 'verse'],
  ['verses', 'verse'],
  // Spanish, without accents: "Juan capítulo 3", "Salmos cap. 23", "Filemón versículo 6".
  ['capitulo', 'chapter'],
  ['capitulos', 'chapter'],
  ['cap', 'chapter'],
  ['caps', 'chapter'],
  ['versiculo', 'verse'],
  ['versiculos', 'verse'],
  ['vers', 'verse'],
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
  if (!isNameUpper(text.charCodeAt(s))) return false;
  let lower = 0;
  for (let i = s + 1; i < e; i++) if (isNameLower(text.charCodeAt(i))) lower++;
  if (lower === e - s - 1) return e - s > 1 || numbered;
  return lower === 0 && (e - s >= 3 || numbered);
}

/**
 * Small words inside multi-word names, in either case: "Song of Songs", "ACTS OF THE APOSTLES",
 * "Cantar de los Cantares".
 */
const JOINERS = new Set(['of', 'OF', 'the', 'THE', 'de', 'DE', 'los', 'LOS']);

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
        if (isNameUpper(c)) caps++;
        else if (isNameLower(c)) small++;
      }
      if (small === i - w || (caps === 2 && i - w === 2)) result = 'weak';
      else return 'bad';
    }
    w = i + 1;
  }
  return result;
}

/** A character of a written book number: "1", "II", "First", "1ª", "1.ª", "1ra". */
const isNumberChar = (c: number) => isLetter(c) || isDigit(c) || c === 0xaa || c === 0xba || c === 46;

/**
 * The book number written before the name that starts at `nameStart` ("1 John", "2Tim",
 * "Primera de Juan", "1 de Juan"), or undefined. `joined`: the name is Spanish "de", before
 * which a number stands but no second "de".
 */
function numberBefore(
  text: string,
  nameStart: number,
  caseInsensitive: boolean,
  floor: number,
  joined = false,
): { value: number; start: number } | undefined {
  const prev = text.charCodeAt(nameStart - 1);
  // Attached: "2Tim", "1Jn".
  if (isDigit(prev)) {
    const value = ORDINALS.get(text[nameStart - 1]!);
    const start = nameStart - 1;
    return value && !joined && start >= floor && boundaryBefore(text, start) ? { value, start } : undefined;
  }
  if (!isSpace(prev)) return undefined;
  // Separate: "1 John", "I John", "First John", "1st John", "1ª Juan".
  const e = spaceRunStart(text, nameStart);
  let s = e;
  while (s > 0 && e - s < 8 && isNumberChar(text.charCodeAt(s - 1))) s--;
  if (s === e || s < floor || !boundaryBefore(text, s)) return undefined;
  // Four letters or more are "first", "second", "third", "primera", "segundo", "tercera"…: a
  // sentence's word before a name ("Compare Heb") is refused at its first letter.
  const c = text.charCodeAt(s) | 32;
  if (e - s > 3 && c !== 102 && c !== 112 && c !== 115 && c !== 116) return undefined;
  const token = text.slice(s, e);
  const lower = token.toLowerCase();
  if (lower === 'de' && !joined) return numberBefore(text, s, caseInsensitive, floor, true);
  const value = ORDINALS.get(lower);
  if (!value) return undefined;
  if (!caseInsensitive && !isDigit(token.charCodeAt(0))) {
    // Roman numerals in capitals ("I John", not "i John"), words capitalised ("First"); a name
    // in small letters takes its number in small letters ("first john 1:9", "ii kings 2:11").
    const roman = token.charCodeAt(0) === 73 || token.charCodeAt(0) === 105;
    const small = isNameLower(text.charCodeAt(nameStart)) && token === lower;
    if (!small && (roman ? token !== token.toUpperCase() : !casedWell(text, s, e, true))) return undefined;
  }
  return { value, start: s };
}

/** Whether "San" stands before the name at `nameStart`: "San Juan 12" is a street or a town. */
function saintBefore(text: string, nameStart: number): boolean {
  const e = spaceRunStart(text, nameStart);
  // One character first: this runs at every book name found.
  if (e === nameStart || (text.charCodeAt(e - 1) | 32) !== 110) return false;
  return text.slice(e - 3, e).toLowerCase() === 'san' && boundaryBefore(text, e - 3);
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
  // A letter beyond ASCII ("Éxodo", "Gá") makes the name Spanish and asks for its accents to go.
  let accented = false;
  for (; w > 0 && nameEnd - w <= MAX_NAME; w--) {
    const c = text.charCodeAt(w - 1);
    if (isLetter(c)) continue;
    if (!isNameLetter(c)) break;
    accented = true;
  }
  if (w === nameEnd || nameEnd - w > MAX_NAME || w < floor) return undefined;
  const attached = j === p && nameEnd === j;
  const written = text.slice(w, nameEnd).toLowerCase();
  let name = accented ? fold(written) : written;
  let nameStart = w;
  // Names of two or more words end in a word like "Songs"; check the words before it.
  const longer = MULTI_WORD.get(name);
  if (longer) {
    for (const full of longer) {
      const s = nameEnd - full.length;
      if (s >= floor && fold(text.slice(s, nameEnd)).replace(/\s/g, ' ') === full) {
        name = full;
        nameStart = s;
        break;
      }
    }
  }

  // "Proverbs chapter 3", "Prov ch. 3", "Philemon verse 6", "Romans chapters 9–11": the book
  // is before the word, or before a comma and the word ("Romans, chapter 8").
  const marker = MARKERS.get(name);
  // A capitalised "Chapter 3" after a full stop starts a sentence of its own ("I love Genesis.
  // Chapter 5 of my book"); without one it is a heading's capital ("Proverbs Chap 10").
  const capitalised =
    isNameUpper(text.charCodeAt(nameStart)) &&
    isNameLower(text.charCodeAt(nameStart + 1)) &&
    text.charCodeAt(spaceRunStart(text, nameStart) - 1) === 46;
  if (marker && !capitalised && !(name === 'ch' && numberBefore(text, nameStart, caseInsensitive, floor))) {
    const inner = bookBefore(text, commaBefore(text, nameStart), caseInsensitive, floor);
    if (!inner || (marker === 'verse' && !isSingleChapter(inner.book))) return undefined;
    return { ...inner, attached: false };
  }
  // Most numbers follow a word that names no book ("at 9:45", "in 2019"): done at one lookup.
  if (!BOOK_BY_NAME.has(name) && !AFTER_NUMBER.has(name) && !AMBIGUOUS.has(name)) return undefined;
  const number = numberBefore(text, nameStart, caseInsensitive, floor);
  const key = number ? `${number.value}${name}` : name;
  const numberedId = number && BOOK_BY_NAME.get(key);
  // "1 Mc 2:3" is 1 Maccabees, which the extension does not carry, not Mark.
  if (number && !numberedId && name === 'mc') return undefined;
  const id = numberedId || BOOK_BY_NAME.get(name);
  const ambiguous = id ? undefined : AMBIGUOUS.get(name);
  if (!id && !ambiguous) return undefined;
  // "1 S 16:7", "1 R 19:4", "1 P 5:7": one capital letter is a book only with a chapter and verse.
  let weak =
    !!ambiguous || VERSE_ONLY.has(name) || name.length === 1 || (!numberedId && saintBefore(text, nameStart));
  // …and never touching its chapter: "2s1.3" is an SVG path, "X11R6.1" a version.
  if (name.length === 1 && (attached || (!caseInsensitive && !isNameUpper(text.charCodeAt(nameStart)))))
    return undefined;
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
    return {
      book: getBook(numberedId)!,
      start: number.start,
      attached,
      weak,
      ambiguous: false,
      name,
      key,
      accented,
    };
  if (!boundaryBefore(text, nameStart)) return undefined;
  return {
    book: getBook((id || ambiguous)!)!,
    start: nameStart,
    attached,
    weak,
    ambiguous: !!ambiguous,
    name,
    key: name,
    accented,
  };
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
    if (isNameLetter(c)) sawLetter = true;
    else if (isDigit(c) && sawLetter) {
      const found = bookBefore(text, k, caseInsensitive, i);
      return found && found.start === i && !found.weak ? { book: found.book, at: k } : undefined;
    } else if (!(isDigit(c) || isSpace(c) || c === 46)) return undefined;
  }
  return undefined;
}
