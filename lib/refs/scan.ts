/**
 * The reference finder's core. It visits only digit runs (most text has none), looks back
 * from each for a book name, then reads the chapter, verse, ranges and list forward with a
 * hand-written parser: one pass, no backtracking regular expressions, linear in the text.
 */
import { getBook, isSingleChapter, versesIn, type Book } from '../bible/books';
import { spansToOsis, type Point, type Span } from '../bible/osis';
import { BOOK_BY_NAME, MULTI_WORD, ORDINALS } from './book-names';

/** Finder options. */
export interface FindOptions {
  /** Accept lower-case book names ("heb 7:25"); off by default, since "mark 5 people" is English. */
  caseInsensitive?: boolean;
  /** Accept chapters without a verse ("John 17"); on by default. */
  chapterOnly?: boolean;
}

/** One reference found in a text. */
export interface RefMatch {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
  /** The OSIS id, e.g. `Heb.4.14-Heb.4.16` or `Rom.8.1,Rom.8.34,Rom.10.9`. */
  osis: string;
}

/** Words that turn "Ruth 5" into a count rather than a chapter. */
const UNITS = new Set(
  (
    'minutes minute mins min hours hour hrs hr seconds secs sec days day weeks week months month years year yrs ' +
    'points point pts people persons men women kids children times percent km miles mi kg lbs pounds dollars euros ' +
    'items pages games goals runs votes members students others more stars players seats copies feet ft inches cm'
  ).split(' '),
);
/** Words after a list number that keep the list going. */
const LIST_WORDS = new Set(['and', 'or', 'v', 'vv', 'ff', 'f']);

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isLetter = (c: number) => isUpper(c) || isLower(c);
/** Space, tab, NBSP, thin, hair, narrow NBSP and other Unicode spaces people type or paste. */
const isSpace = (c: number) =>
  c === 32 ||
  c === 9 ||
  c === 160 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 10;
/**
 * The start of the whitespace run ending at `end` (up to 40 characters): pages render any
 * run of spaces and line breaks as one space, so "1 Timothy⏎        2:1" reads as written.
 */
function spaceRunStart(text: string, end: number): number {
  let j = end;
  while (j > 0 && end - j < 40 && isSpace(text.charCodeAt(j - 1))) j--;
  return j;
}

/** Hyphen, non-breaking hyphen (U+2011), figure dash, en dash, em dash. */
const isDash = (c: number) => c === 45 || (c >= 0x2010 && c <= 0x2014);

/** Case rule for a name as written: Title-case or all capitals ("Heb", "HEB"), never "heb" or "hEb". */
function casedWell(word: string): boolean {
  const first = word.charCodeAt(0);
  if (isDigit(first)) return casedWell(word.slice(1));
  if (!isUpper(first)) return false;
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || rest === rest.toUpperCase();
}

/** Whether a match may start at `i`: not inside a word, a number, an e-mail address or a URL. */
function boundaryBefore(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (isLetter(c) || isDigit(c) || (c >= 0xc0 && WORD_CHAR.test(text[i - 1]!))) return false;
  // @ / \ _ - # & = % ~ + belong to addresses and code.
  if ('@/\\_-#&=%~+'.includes(text[i - 1]!)) return false;
  return !(c === 46 && i > 1 && (isLetter(text.charCodeAt(i - 2)) || isDigit(text.charCodeAt(i - 2))));
}

interface BookAt {
  book: Book;
  start: number;
  /** Whether the name touches the number ("Jn3:16"): then a verse must follow. */
  attached: boolean;
}

/** Looks back from the digit run at `p` for a book name (with its number, if any). */
function bookBefore(text: string, p: number, caseInsensitive: boolean, floor: number): BookAt | undefined {
  const j = spaceRunStart(text, p);
  let nameEnd = j;
  if (text.charCodeAt(nameEnd - 1) === 46) nameEnd--; // "Exod. 32"
  let w = nameEnd;
  while (w > 0 && nameEnd - w <= 16 && isLetter(text.charCodeAt(w - 1))) w--;
  if (w === nameEnd || nameEnd - w > 16 || w < floor) return undefined;
  const attached = j === p && nameEnd === j;
  let name = text.slice(w, nameEnd).toLowerCase();
  let nameStart = w;
  // Two-word names end in a word like "Songs"; check the words before it.
  const longer = MULTI_WORD.get(name);
  if (longer) {
    for (const full of longer) {
      const s = nameEnd - full.length;
      if (s >= 0 && text.slice(s, nameEnd).toLowerCase().replace(/\s/g, ' ') === full) {
        name = full;
        nameStart = s;
        break;
      }
    }
  }
  const written = text.slice(nameStart, nameEnd);
  if (!caseInsensitive && !written.split(/\s/).every((word) => word === 'of' || casedWell(word)))
    return undefined;

  // A book number in front: "1 John", "I John", "First John", "1st John", "2Tim".
  let number = 0;
  let start = nameStart;
  const prev = text.charCodeAt(nameStart - 1);
  if (isDigit(prev) && nameStart >= 1) {
    const token = text[nameStart - 1]!;
    if (ORDINALS.has(token) && nameStart - 1 >= floor && boundaryBefore(text, nameStart - 1)) {
      number = ORDINALS.get(token)!;
      start = nameStart - 1;
    }
  } else if (isSpace(prev)) {
    const e = spaceRunStart(text, nameStart);
    let s = e;
    while (s > 0 && e - s < 6 && (isLetter(text.charCodeAt(s - 1)) || isDigit(text.charCodeAt(s - 1)))) s--;
    const token = text.slice(s, e);
    const value = ORDINALS.get(token.toLowerCase());
    const romanOk = caseInsensitive || !/^[iI]+$/.test(token) || token === token.toUpperCase();
    const wordOk = caseInsensitive || isDigit(token.charCodeAt(0)) || casedWell(token);
    if (value && romanOk && wordOk && s >= floor && boundaryBefore(text, s)) {
      number = value;
      start = s;
    }
  }
  const id = (number && BOOK_BY_NAME.get(`${number}${name}`)) || undefined;
  if (id) return { book: getBook(id)!, start, attached };
  const plain = BOOK_BY_NAME.get(name);
  if (!plain || !boundaryBefore(text, nameStart)) return undefined;
  return { book: getBook(plain)!, start: nameStart, attached };
}

/** A cursor over the text for the forward parse. */
class Cursor {
  constructor(
    readonly text: string,
    public i: number,
  ) {}
  code(offset = 0): number {
    return this.text.charCodeAt(this.i + offset);
  }
  /** A 1–3 digit number, or undefined (four digits read as a year, not a chapter). */
  int(): number | undefined {
    const s = this.i;
    while (isDigit(this.code())) this.i++;
    if (this.i === s || this.i - s > 3) return undefined;
    return Number(this.text.slice(s, this.i));
  }
  /** Skips a whitespace run of up to 40 characters (pages render any run as one space). */
  spaces(): number {
    const s = this.i;
    while (this.i - s < 40 && isSpace(this.code())) this.i++;
    return this.i - s;
  }
  /** The lower-case letters starting here, without moving. */
  word(): string {
    let e = this.i;
    while (isLetter(this.text.charCodeAt(e))) e++;
    return this.text.slice(this.i, e);
  }
}

type Part = { start: Point; end: Point };

function point(book: Book, chapter: number, verse?: number): Point | undefined {
  if (chapter < 1 || chapter > book.verses.length) return undefined;
  if (verse === undefined) return { book, chapter };
  if (verse < 1 || verse > versesIn(book, chapter)) return undefined;
  return { book, chapter, verse };
}

const before = (a: Point, b: Point) => a.chapter - b.chapter || (a.verse ?? 1) - (b.verse ?? 1);

/**
 * Reads one span at the cursor: "C", "C:V", with optional part letters, "f"/"ff" and a
 * range. `verseContext` is the chapter a bare number belongs to (in lists and one-chapter
 * books), or undefined when a bare number is a chapter.
 */
function readSpan(cur: Cursor, book: Book, verseContext: number | undefined): Part | undefined {
  const first = cur.int();
  if (first === undefined) return undefined;
  let chapter: number;
  let verse: number | undefined;
  const sep = cur.code();
  if ((sep === 58 || sep === 46) && isDigit(cur.code(1))) {
    cur.i++;
    chapter = first;
    verse = cur.int();
    if (verse === undefined) return undefined;
    // "1:2:3" and "1.2.3" are times and version numbers.
    if ((cur.code() === 58 || cur.code() === 46) && isDigit(cur.code(1))) return undefined;
  } else if (verseContext !== undefined) {
    chapter = verseContext;
    verse = first;
  } else {
    chapter = first;
  }
  const start = point(book, chapter, verse);
  if (!start) return undefined;
  // Part letters ("12b") and "f"/"ff" (following verse / to the end of the chapter).
  if (verse !== undefined) {
    const word = cur.word();
    if (word === 'ff' || word === 'f') {
      cur.i += word.length;
      if (cur.code() === 46) cur.i++;
      const last = word === 'ff' ? versesIn(book, chapter) : Math.min(verse + 1, versesIn(book, chapter));
      return { start, end: { book, chapter, verse: last } };
    }
    if (word.length === 1 && word >= 'a' && word <= 'd') cur.i++;
  }
  // A range: "14–16", "21:1–22:5", "5-7" (chapters).
  const save = cur.i;
  cur.spaces();
  if (isDash(cur.code())) {
    cur.i++;
    cur.spaces();
    const n = cur.int();
    if (n !== undefined) {
      let end: Point | undefined;
      if (cur.code() === 58 && isDigit(cur.code(1))) {
        cur.i++;
        const v = cur.int();
        end = v === undefined ? undefined : point(book, n, v);
      } else {
        end = verse !== undefined ? point(book, chapter, n) : point(book, n);
      }
      if (end && before(start, end) < 0) {
        if (verse !== undefined && cur.word().length === 1 && cur.word() <= 'd') cur.i++;
        return { start, end };
      }
      if (end === undefined || before(start, end) >= 0) return undefined;
    }
  }
  cur.i = save;
  return { start, end: start };
}

/** Whether what follows the cursor reads as a count or a time, not Scripture. */
function followedByUnitOrTime(cur: Cursor, hadVerse: boolean): boolean {
  const save = cur.i;
  cur.spaces();
  const word = cur.word().toLowerCase();
  const next = cur.text.charCodeAt(cur.i + word.length);
  cur.i = save;
  if (hadVerse)
    return (
      (word === 'am' || word === 'pm' || word === 'a' || word === 'p') && (word.length === 2 || next === 46)
    );
  return UNITS.has(word) || word === 'am' || word === 'pm';
}

/**
 * The reference whose chapter digits start at `p`, or undefined. It never starts before
 * `floor` (the end of the previous match), so matches never overlap.
 */
export function matchAt(
  text: string,
  p: number,
  options: Required<FindOptions>,
  floor = 0,
): RefMatch | undefined {
  const found = bookBefore(text, p, options.caseInsensitive, floor);
  if (!found) return undefined;
  const { book } = found;
  const single = isSingleChapter(book);
  const cur = new Cursor(text, p);
  // In a one-chapter book a bare number is a verse ("Jude 5"); "Jude 1:5" reads as written.
  const first = readSpan(
    cur,
    book,
    single && !(cur.text[p + 1] === ':' || cur.text[p + 2] === ':') ? 1 : undefined,
  );
  if (!first) return undefined;
  const hasVerse = first.start.verse !== undefined;
  if (found.attached && !hasVerse) return undefined;
  if (!hasVerse && !options.chapterOnly) return undefined;
  if (followedByUnitOrTime(cur, hasVerse)) return undefined;
  const parts: Part[] = [first];
  let end = cur.i;

  // Lists: ", 34", "; 10:9", " and v. 41", "vv. 3, 5".
  for (;;) {
    const save = cur.i;
    cur.spaces();
    let sep = cur.text[cur.i];
    if (sep === ',' || sep === ';' || sep === '&') cur.i++;
    else if (cur.word() === 'and') {
      cur.i += 3;
      sep = 'and';
    } else break;
    cur.spaces();
    let forceVerse = false;
    const marker = cur.word();
    if (marker === 'v' || marker === 'vv' || marker === 'verse' || marker === 'verses') {
      cur.i += marker.length;
      if (cur.code() === 46) cur.i++;
      cur.spaces();
      forceVerse = true;
    }
    if (!isDigit(cur.code())) {
      cur.i = save;
      break;
    }
    const last = parts[parts.length - 1]!.end;
    const hasColon = /^\d{1,3}[:.]\d/.test(text.slice(cur.i, cur.i + 8));
    const context =
      hasColon || (sep === ';' && !forceVerse && !single) || (last.verse === undefined && !forceVerse)
        ? undefined
        : last.chapter;
    const part = readSpan(cur, book, context);
    // What follows a list number must not make it a count ("and 3 others") or a time.
    const following = /^\s?([A-Za-z]+)/.exec(text.slice(cur.i, cur.i + 24))?.[1] ?? '';
    const wordOk =
      following === '' || LIST_WORDS.has(following.toLowerCase()) || /^[A-Z]{2,5}$/.test(following);
    if (
      !part ||
      !wordOk ||
      (sep === 'and' && !forceVerse && following !== '') ||
      followedByUnitOrTime(cur, part.start.verse !== undefined)
    ) {
      cur.i = save;
      break;
    }
    parts.push(part);
    end = cur.i;
  }
  // Never end inside a word, a number, an address or a URL.
  const after = text.charCodeAt(end);
  if (isLetter(after) || isDigit(after) || after === 64 || after === 47) return undefined;
  if (after === 46 && (isLetter(text.charCodeAt(end + 1)) || isDigit(text.charCodeAt(end + 1))))
    return undefined;
  const spans: Span[] = parts.map((part) => part);
  return { start: found.start, end, text: text.slice(found.start, end), osis: spansToOsis(spans) };
}
