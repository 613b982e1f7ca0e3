/**
 * OSIS reference ids, the one id format used everywhere in Intercede:
 * `Heb.7.25` (verse), `Heb.4.14-Heb.4.16` (range), `John.17` (chapter),
 * `Matt.5-Matt.7` (chapters), `Rev.21.1-Rev.22.5` (cross-chapter) and
 * comma-joined lists of those (`Rom.8.1,Rom.8.34,Rom.10.9`).
 */
import { getBook, isSingleChapter, versesIn, type Book } from './books';
import { bookName, type LabelLanguage } from './book-names';

/** One end of a span: a whole chapter when `verse` is undefined. */
export interface Point {
  readonly book: Book;
  readonly chapter: number;
  readonly verse?: number;
}

/** A contiguous span of Scripture, `start` ≤ `end` in canonical order. */
export interface Span {
  readonly start: Point;
  readonly end: Point;
}

/** A verse position with every part explicit. */
export interface VersePosition {
  readonly book: Book;
  readonly chapter: number;
  readonly verse: number;
}

/** Thrown for an OSIS id that is malformed or names a verse that does not exist. */
export class OsisError extends Error {
  override name = 'OsisError';
}

const POINT = /^([1-3]?[A-Z][a-z]+)\.([1-9]\d{0,2})(?:\.([1-9]\d{0,2}))?$/;

function parsePoint(text: string, whole: string): Point {
  const m = POINT.exec(text);
  if (!m) throw new OsisError(`Malformed OSIS reference "${whole}"`);
  const book = getBook(m[1]!);
  if (!book) throw new OsisError(`Unknown book "${m[1]}" in "${whole}"`);
  const chapter = Number(m[2]);
  if (chapter > book.verses.length) {
    throw new OsisError(`${book.name} has no chapter ${chapter} ("${whole}")`);
  }
  if (m[3] === undefined) return { book, chapter };
  const verse = Number(m[3]);
  if (verse > versesIn(book, chapter)) {
    throw new OsisError(`${book.name} ${chapter} has no verse ${verse} ("${whole}")`);
  }
  return { book, chapter, verse };
}

/** Compares two points by canonical position; a chapter point sorts as its first verse. */
function comparePoints(a: Point, b: Point): number {
  return a.book.index - b.book.index || a.chapter - b.chapter || (a.verse ?? 1) - (b.verse ?? 1);
}

/**
 * Parses and validates an OSIS id against the versification.
 * @throws OsisError when it is malformed, names an unknown book, chapter or verse,
 * or has a range that runs backwards.
 */
export function parseOsis(osis: string): Span[] {
  if (typeof osis !== 'string' || osis.length === 0 || osis.length > 2000) {
    throw new OsisError('An OSIS reference must be a non-empty string');
  }
  return osis.split(',').map((part) => {
    const dash = part.indexOf('-');
    const start = parsePoint(dash < 0 ? part : part.slice(0, dash), osis);
    if (dash < 0) return { start, end: start };
    const end = parsePoint(part.slice(dash + 1), osis);
    if (comparePoints(start, end) > 0) throw new OsisError(`Range runs backwards in "${osis}"`);
    return { start, end };
  });
}

/** Whether `osis` is a well-formed id of verses that exist. */
export function isValidOsis(osis: string): boolean {
  try {
    parseOsis(osis);
    return true;
  } catch {
    return false;
  }
}

/** The first verse a span covers. */
export function firstVerse(span: Span): VersePosition {
  const { book, chapter, verse } = span.start;
  return { book, chapter, verse: verse ?? 1 };
}

/** The last verse a span covers (a chapter end means its last verse). */
export function lastVerse(span: Span): VersePosition {
  const { book, chapter, verse } = span.end;
  return { book, chapter, verse: verse ?? versesIn(book, chapter) };
}

function pointToOsis(p: Point): string {
  return p.verse === undefined ? `${p.book.id}.${p.chapter}` : `${p.book.id}.${p.chapter}.${p.verse}`;
}

/** Writes spans back as a canonical OSIS id. */
export function spansToOsis(spans: readonly Span[]): string {
  // A loop, not map and join: the finder calls this for every reference on every page.
  let osis = '';
  for (let i = 0; i < spans.length; i++) {
    const { start, end } = spans[i]!;
    if (i > 0) osis += ',';
    osis += pointToOsis(start);
    if (start !== end && (comparePoints(start, end) !== 0 || start.verse !== end.verse)) {
      osis += '-' + pointToOsis(end);
    }
  }
  return osis;
}

const EN_DASH = '\u2013';

function lastVersePoint(p: Point): Point {
  return { book: p.book, chapter: p.chapter, verse: versesIn(p.book, p.chapter) };
}

function bookLabel(book: Book, chapters: number, language: LabelLanguage): string {
  // "Psalm 23" for one psalm, "Psalms 23–24" for more; "Salmo 23", "Salmos 23–24".
  if (book.id === 'Ps' && chapters === 1) return language === 'es' ? 'Salmo' : 'Psalm';
  return bookName(book, language);
}

/** "C:V", "C", or for single-chapter books just "V". */
function position(p: Point, withChapter: boolean): string {
  if (p.verse === undefined) return String(p.chapter);
  if (isSingleChapter(p.book)) return String(p.verse);
  return withChapter ? `${p.chapter}:${p.verse}` : String(p.verse);
}

function formatSpan(span: Span, prev: Span | undefined, language: LabelLanguage): string {
  let { start, end } = span;
  // A range mixing a verse and a whole chapter is written with verses at both ends.
  if (start.verse === undefined && end.verse !== undefined) start = { ...start, verse: 1 };
  if (start.verse !== undefined && end.verse === undefined) end = lastVersePoint(end);
  const sameBookAsPrev = prev !== undefined && prev.end.book === start.book;
  const single = isSingleChapter(start.book);
  const sameChapterAsPrev =
    sameBookAsPrev &&
    prev.end.chapter === start.chapter &&
    prev.end.verse !== undefined &&
    start.verse !== undefined;
  let head: string;
  if (!sameBookAsPrev) {
    const chapters = end.book === start.book ? end.chapter - start.chapter + 1 : 2;
    const label = bookLabel(start.book, chapters, language);
    head = single && start.verse === undefined ? label : `${label} ${position(start, true)}`;
  } else {
    head = position(start, !sameChapterAsPrev);
  }
  const isPoint = start.book === end.book && start.chapter === end.chapter && start.verse === end.verse;
  if (isPoint) return head;
  let tail: string;
  if (end.book !== start.book) {
    tail = `${bookLabel(end.book, 1, language)} ${position(end, true)}`;
  } else if (end.chapter === start.chapter && start.verse !== undefined && end.verse !== undefined) {
    tail = String(end.verse);
  } else if (start.verse === undefined && end.verse === undefined) {
    tail = String(end.chapter);
  } else {
    tail = position(end, true);
  }
  return `${head}${EN_DASH}${tail}`;
}

/**
 * A display label for an OSIS id: full book names, en dashes for ranges,
 * "; " between chapters and ", " between verses of one chapter —
 * "Hebrews 4:14–16", "Psalm 23", "Romans 8:1, 34; 10:9", "Philemon 6"; in Spanish
 * "Hebreos 4:14–16", "Salmo 23".
 * @throws OsisError for an invalid id.
 */
export function formatOsis(osis: string, language: LabelLanguage = 'en'): string {
  const spans = parseOsis(osis);
  let out = '';
  spans.forEach((span, i) => {
    const prev = spans[i - 1];
    const text = formatSpan(span, prev, language);
    if (i === 0) out = text;
    else {
      const sameChapter =
        prev!.end.book === span.start.book &&
        prev!.end.chapter === span.start.chapter &&
        prev!.end.verse !== undefined &&
        span.start.verse !== undefined;
      out += (sameChapter ? ', ' : '; ') + text;
    }
  });
  return out;
}

/** The OSIS id of one whole chapter, e.g. `John.17`. */
export function chapterOsis(book: Book, chapter: number): string {
  return `${book.id}.${chapter}`;
}
