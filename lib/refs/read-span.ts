/**
 * The read-forward half of the finder: from a chapter number, read one span — "C", "C:V",
 * part letters, "f"/"ff" and ranges within a chapter, across chapters and across books —
 * validating every number against the versification as it goes.
 */
import { isSingleChapter, versesIn, type Book } from '../bible/books';
import type { Point, Span } from '../bible/osis';
import { isDash, isDigit, isLetter, isNameLetter, isSpace, spaceRunEnd } from './chars';
import { bookNameAt, isSpanish, readsComma, type BookAt } from './find-book';
import { countOrBookFollows } from './words';

/** A position in the text for the forward parse. */
export class Cursor {
  /** The reference's first point was read so ("Juan 3,16"): "3,16.18" lists verses 16 and 18. */
  commaRead = false;

  /**
   * @param found The book the reference names, whose name says how "3,16" and "16s" are read.
   * @param comma Whether "3,16" may be a chapter and verse here (not inside a comma list).
   */
  constructor(
    readonly text: string,
    public i: number,
    readonly found?: BookAt,
    public comma = true,
  ) {}

  /** The code unit `offset` places on (NaN past the end). */
  code(offset = 0): number {
    return this.text.charCodeAt(this.i + offset);
  }

  /** Reads a number of 1–3 digits; four or more read as a year or an amount, never a chapter. */
  int(): number | undefined {
    const s = this.i;
    let value = 0;
    for (let c = this.code(); isDigit(c); c = this.code()) {
      value = value * 10 + c - 48;
      this.i++;
    }
    return this.i === s || this.i - s > 3 ? undefined : value;
  }

  /** Skips a run of whitespace (pages show any run as one space). */
  spaces(): void {
    this.i = spaceRunEnd(this.text, this.i);
  }

  /** The letters starting here (ASCII and Latin-1: "versículo"), without moving. */
  word(): string {
    let e = this.i;
    while (isNameLetter(this.text.charCodeAt(e))) e++;
    return this.text.slice(this.i, e);
  }

  /**
   * The length of the chapter–verse separator here, up to the verse's first digit, or 0: ":"
   * or "." touching the verse ("3:16", "3.16"), or with a space after ("Romans 8: 28", "Jn. 3.
   * 16") or around a colon ("Matthew 5 : 3"). A spaced "." is loose — it also ends sentences
   * ("in Psalm 23. 4 of us went"), so the caller keeps the chapter when the verse does not fit —
   * and its length comes back negative. (A number, not an object: this runs at every reference.)
   */
  verseSeparator(allowLoose: boolean): number {
    let j = this.i;
    const t = this.text;
    const c = t.charCodeAt(j);
    if ((c === 58 || c === 46) && isDigit(t.charCodeAt(j + 1))) return 1;
    // A space before a colon: "5 : 3".
    if (inlineSpace(c) && t.charCodeAt(j + 1) === 58) j++;
    const sep = t.charCodeAt(j);
    if (sep !== 58 && (sep !== 46 || j > this.i || !allowLoose)) return 0;
    // Spaced on either side or both: "5: 3", "5 :3", "5 : 3" (a colon or stop with a digit
    // right after it was read above).
    let k = j + 1;
    if (inlineSpace(t.charCodeAt(k))) k++;
    if (inlineSpace(t.charCodeAt(k))) k++;
    if (!isDigit(t.charCodeAt(k))) return 0;
    return sep === 46 ? this.i - k : k - this.i;
  }
}

/** A space within a line: a spaced separator never spans a line break. */
const inlineSpace = (c: number) => c !== 10 && c !== 13 && isSpace(c);

/** A point that exists in the versification, or undefined. */
export function point(book: Book, chapter: number, verse?: number): Point | undefined {
  if (chapter < 1 || chapter > book.verses.length) return undefined;
  if (verse === undefined) return { book, chapter };
  if (verse < 1 || verse > versesIn(book, chapter)) return undefined;
  return { book, chapter, verse };
}

/** Canonical order of two points; a chapter counts as its first verse. */
const order = (a: Point, b: Point) =>
  a.book.index - b.book.index || a.chapter - b.chapter || (a.verse ?? 1) - (b.verse ?? 1);

/**
 * A range whose ends mix a chapter and a verse is written with verses at both ends, as
 * openbibleinfo writes it: "Heb 7–8:2" → `Heb.7.1-Heb.8.2`, "Gen 50:26–Exod 2" → `…-Exod.2.25`.
 */
function range(start: Point, end: Point): Span {
  if (start.verse === undefined && end.verse !== undefined) start = { ...start, verse: 1 };
  if (start.verse !== undefined && end.verse === undefined)
    end = { ...end, verse: versesIn(end.book, end.chapter) };
  return { start, end };
}

/**
 * Whether a comma at the cursor separates a chapter from its verse, as Spanish prints it ("Juan
 * 3,16"): touching both numbers, and not followed by another such comma ("Salmos 39,62,77" is a
 * list of chapters; `chapterList` false where the book has no chapters to list). Asked only
 * after a book's name.
 */
export function commaVerse(cur: Cursor, chapterList = true): boolean {
  if (cur.code() !== 44 || !isDigit(cur.code(1))) return false;
  if (!chapterList) return true;
  let k = cur.i + 1;
  while (isDigit(cur.text.charCodeAt(k))) k++;
  return !(cur.text.charCodeAt(k) === 44 && isDigit(cur.text.charCodeAt(k + 1)));
}

/**
 * Reads "C" or "C:V" (also "C.V", and "C,V" where `cur.comma` allows) at the cursor. A bare
 * number is a verse of `verseContext` when one is given (lists, one-chapter books), else a chapter.
 */
function readPoint(cur: Cursor, book: Book, verseContext: number | undefined): Point | undefined {
  const first = cur.int();
  if (first === undefined) return undefined;
  // A one-chapter book has no chapters to list: "Abdías 1,4" is its verse 4 (as "Jude 1:5"
  // reads), "Judas 1,20,21" verses 20 and 21. In other books a bare number in a list is a verse
  // of the list's chapter, and "20,21" two more verses ("Juan 17:9 y 20,21").
  const single = isSingleChapter(book);
  if ((verseContext === undefined || single) && commaVerse(cur, !single) && cur.comma && cur.found) {
    const at = cur.i;
    cur.i++;
    const verse = cur.int();
    // "3,16.18" is the Catholic list of verses 16 and 18; "3,16:2" is no reference.
    const tail = cur.code() === 46 || cur.verseSeparator(false) === 0;
    // After an English full name the comma lists later chapters ("Psalms 39,62", "John 3,16" as
    // Spurgeon writes); a number that is no later chapter of the book is a verse ("Romans 8,28",
    // "Psalm 23,4", "Genesis 1,1").
    const chapters =
      !readsComma(cur.found) && verse !== undefined && verse > first && point(book, verse) !== undefined;
    // A verse that does not exist leaves the comma to the list: "Salmos 39,62" are two psalms.
    const found = verse !== undefined && tail && !chapters ? point(book, first, verse) : undefined;
    if (found) {
      cur.commaRead = true;
      return found;
    }
    cur.i = at;
  }
  const sep = cur.verseSeparator(verseContext === undefined);
  if (sep !== 0) {
    const at = cur.i;
    cur.i += Math.abs(sep);
    const verseStart = cur.i;
    const verse = cur.int();
    // "1:2:3" and "1.2.3" are times and version numbers, not Scripture.
    const tail = verse !== undefined && cur.verseSeparator(false) === 0;
    const found = tail ? point(book, first, verse) : undefined;
    if (sep > 0) return found;
    // "Psalm 23. 4 of us", "Ps 23. 1 Cor 13", "Ps 23. 2019": the sentence ended at the chapter.
    if (found && !countOrBookFollows(cur.text, verseStart, cur.i, true)) return found;
    cur.i = at;
  }
  return verseContext === undefined ? point(book, first) : point(book, verseContext, first);
}

/**
 * Skips part letters touching the verse, not starting a word: "12b", and the lectionaries'
 * runs "13ab", "5bcd" (a–d, at most three).
 */
function skipPartLetter(cur: Cursor): void {
  let n = 0;
  while (n < 3 && cur.code(n) >= 97 && cur.code(n) <= 100) n++;
  if (n > 0 && !isLetter(cur.code(n))) cur.i += n;
}

/**
 * "f" (and the next verse) or "ff" (to the end of the chapter), touching the verse or after one
 * space of any width: "Rom 8:28ff", "Ps 23:1 ff.", "Rom 8:28f"; Spanish "ss" (siguientes,
 * "Mt 5:3ss", whatever the book's name: English does not glue it to a verse) and, after a Spanish
 * name only, "s" (siguiente: "Juan 3:16s", where "John 3:16s" is a plural). Returns the last verse, or undefined. At a chapter's
 * last verse "f" has no next verse to add ("Rom 8:39f" is 8:39).
 */
function readFollowing(cur: Cursor, start: Point): number | undefined {
  const save = cur.i;
  if (isSpace(cur.code()) && cur.code() !== 10 && cur.code() !== 13) cur.i++;
  const word = cur.word();
  const spaced = cur.i > save;
  const all = word === 'ff' || word === 'ss';
  if (
    all ||
    ((word === 'f' || (word === 's' && cur.found !== undefined && isSpanish(cur.found))) &&
      (!spaced || cur.code(1) === 46))
  ) {
    cur.i += word.length;
    if (cur.code() === 46) cur.i++;
    const last = versesIn(start.book, start.chapter);
    return all ? last : Math.min(start.verse! + 1, last);
  }
  cur.i = save;
  return undefined;
}

/**
 * Reads one span at the cursor. Returns undefined when what is written is not a reference that
 * exists — a verse past the end of its chapter, a range that runs backwards — so the caller
 * rejects the whole thing rather than keep a truncated piece of it. The cursor's `comma` and
 * `spanish` say whether "3,16" and "16s" are read as Spanish prints them.
 */
export function readSpan(
  cur: Cursor,
  book: Book,
  verseContext: number | undefined,
  caseInsensitive: boolean,
): Span | undefined {
  const start = readPoint(cur, book, verseContext);
  if (!start) return undefined;
  if (start.verse !== undefined) {
    const following = readFollowing(cur, start);
    if (following !== undefined) return { start, end: { ...start, verse: following } };
    skipPartLetter(cur);
  }
  const save = cur.i;
  cur.spaces();
  const byWord = rangeWord(cur);
  if (!byWord && !isDash(cur.code())) return single(cur, save, start);
  if (!byWord) cur.i += cur.code() === 45 && cur.code(1) === 45 ? 2 : 1; // "--" is a dash typed in ASCII
  cur.spaces();
  // Into another book: "Gen 50:26–Exod 1:1", "1 John 5:21–2 John 1".
  const other = bookNameAt(cur.text, cur.i, caseInsensitive);
  if (other) {
    // Backwards across books, the dash only separates two references: "Heb 7:25 – Rom 8:34".
    if (other.book.index < book.index) return single(cur, save, start);
    cur.i = other.at;
    const end = readPoint(cur, other.book, isSingleChapter(other.book) ? 1 : undefined);
    if (!end) return byWord ? single(cur, save, start) : undefined;
    return range(start, readEndTail(cur, end));
  }
  if (!isDigit(cur.code())) return single(cur, save, start);
  // "14–16" (verses), "5–7" (chapters), "21:1–22:5" and "3–4:2" (across chapters).
  const endStart = cur.i;
  const n = cur.int();
  let end: Point | undefined;
  // After "3,16" a full stop lists verses ("3,16-18.20"), it does not start a chapter.
  const sep = n === undefined || cur.commaRead ? 0 : cur.verseSeparator(false);
  if (n !== undefined && sep) {
    cur.i += sep;
    const v = cur.int();
    end = v === undefined ? undefined : point(book, n, v);
  } else if (n !== undefined) {
    const from = start.verse ?? start.chapter;
    const to = byWord ? n : completeShortEnd(from, n, cur.i - endStart);
    end = start.verse !== undefined ? point(book, start.chapter, to) : point(book, to);
  }
  const cmp = end ? order(start, end) : 1;
  // A range word is also an ordinary word ("John 3 to 4 people"): then the start stands alone.
  if (byWord && (cmp > 0 || countOrBookFollows(cur.text, endStart, cur.i))) return single(cur, save, start);
  if (cmp > 0) return undefined;
  // "Heb 7:25–25", "Ps 23–23": both ends name one place, so it is that place, as written.
  if (cmp === 0) return { start, end: start };
  return range(start, readEndTail(cur, end!));
}

/** The span of one point, the cursor back where it ended. */
function single(cur: Cursor, save: number, start: Point): Span {
  cur.i = save;
  return { start, end: start };
}

/**
 * Range ends written short, as in "Zech 8:20–3" (20–23) and "Ps 119:105–12" (105–112): an end
 * with fewer digits than the start, and below it, borrows the start's leading digits.
 */
function completeShortEnd(from: number, to: number, digits: number): number {
  const scale = digits === 1 ? 10 : 100;
  if (to >= from || from < scale) return to;
  const full = from - (from % scale) + to;
  return full > from ? full : to;
}

/**
 * Skips a range word — "through", "thru", "to", Spanish "al" ("versículos 4 al 6") — and the
 * space after it; false if none is here.
 */
function rangeWord(cur: Cursor): boolean {
  const c = cur.code() | 32;
  if (c !== 116 && c !== 97) return false; // "t", "a": read the word only then (this runs after every span)
  // "a" only as "al": lists go on with "and" after many spans.
  if (c === 97 && ((cur.code(1) | 32) !== 108 || isNameLetter(cur.code(2)))) return false;
  const written = cur.word();
  // In small letters or capitals ("Matt 5 THRU 7" in a heading), not "To" starting a sentence.
  const word = written === written.toUpperCase() ? written.toLowerCase() : written;
  if (word !== 'to' && word !== 'through' && word !== 'thru' && word !== 'al') return false;
  const after = cur.i + written.length;
  if (!isSpace(cur.text.charCodeAt(after))) return false;
  cur.i = after;
  return true;
}

/** After the far end of a range, a part letter ("26a") or "ff" ("28–30ff": on to the chapter's end). */
function readEndTail(cur: Cursor, end: Point): Point {
  if (end.verse === undefined) return end;
  const following = readFollowing(cur, end);
  if (following !== undefined) return { ...end, verse: following };
  skipPartLetter(cur);
  return end;
}
