/**
 * One reference at one digit run: the book before it (find-book.ts), the span after it
 * (read-span.ts), then lists ("Rom 8:1, 34; 10:9", "Acts 2:38 and v. 41") and the checks that
 * tell a reference from a count, a time or part of an address.
 */
import { isSingleChapter, type Book } from '../bible/books';
import { spansToOsis, type Span } from '../bible/osis';
import {
  boundaryAfter,
  fold,
  isDigit,
  isLetter,
  isLower,
  isNameLetter,
  isUpper,
  markupBefore,
  spaceRunEnd,
  spaceRunStart,
} from './chars';
import { bookBefore, readsComma, type BookAt } from './find-book';
import { forwardForm, type ForwardMatch } from './forward-forms';
import { translationAfter } from './translation';
import { commaVerse, Cursor, readSpan } from './read-span';
import { romanAt, romanBefore } from './roman';
import { countOrBookFollows, dateOrStep, letters, UNITS, VERSE_MARKERS } from './words';

/** Finder options. */
export interface FindOptions {
  /** Accept names in any case ("heb 7:25", "1 jn 2"); off by default, since "mark 5 people" is English. */
  caseInsensitive?: boolean;
  /** Accept chapters without a verse ("John 17", "Matt 5–7"); on by default. */
  chapterOnly?: boolean;
  /**
   * More translation codes read after a reference, exactly as written: the abbreviations of the
   * translations the reader imported (the common ones, KJV, NIV, RVR1960…, are always read).
   */
  translationCodes?: ReadonlySet<string>;
}

/** One reference found in a text. */
export interface RefMatch {
  /** UTF-16 offset of the first character. */
  start: number;
  /** UTF-16 offset after the last character. */
  end: number;
  /** Exactly `input.slice(start, end)`. */
  text: string;
  /** The OSIS id, e.g. `Heb.4.14-Heb.4.16` or `Rom.8.1,Rom.8.34,Rom.10.9`. */
  osis: string;
  /**
   * The translation named right after the reference ("John 3:16 KJV", "Rom 8:28 (WEB)"), in
   * one spelling per translation (`KJV`, `WEB`, `RVR1909`, `NIV`…); the suffix is part of the
   * match's span. Absent when none is named.
   */
  translation?: string;
}

/** Words after a list number that keep the list going ("26 and 27", "29 or 30", "9 y 20"). */
const LIST_WORDS = new Set(['and', 'or', 'v', 'vv', 'y', 'o']);

/**
 * Words that carry a list on to more places in the same book: "; also 31:5", "; cf. 9:24", ",
 * see 12", and in Spanish "; cfr. 9:24", "; véase 12", "; también 31:5" (compared without accents).
 */
const CONNECTORS = new Set(['also', 'cf', 'see', 'compare', 'cfr', 'vease', 'tambien']);

/** "4:15 pm", "4:15pm", "10:30 a.m.", "9:45 AM": a clock time starts at `s`. */
function timeAt(text: string, s: number): boolean {
  const a = text.charCodeAt(s) | 32; // lower case
  if (a !== 97 && a !== 112) return false; // a, p
  const m = text.charCodeAt(s + 1);
  // "am", "pm", "AM", "PM" as a word of their own ("Am" and "pM" are not written).
  if ((m === 109 || m === 77) && (m === 109) === text.charCodeAt(s) >= 97) {
    return !isLetter(text.charCodeAt(s + 2));
  }
  // "a.m.", "P.M."
  return m === 46 && (text.charCodeAt(s + 2) | 32) === 109;
}

/** The word after `i` (after one space at most), as written, or ''. */
function wordAfter(text: string, i: number): string {
  const c = text.charCodeAt(i);
  const s = c === 32 || c === 160 ? i + 1 : i;
  let e = s;
  while (isNameLetter(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

/** Whether what follows a number at `i` makes it a time, or (for a bare chapter) a count. */
function countOrTimeFollows(text: string, i: number, hadVerse: boolean): boolean {
  const s = spaceRunEnd(text, i);
  if (timeAt(text, s)) return true;
  if (hadVerse) return false;
  let e = s;
  let accented = false;
  for (let c = text.charCodeAt(e); isNameLetter(c); c = text.charCodeAt(++e)) if (c > 127) accented = true;
  const written = text.slice(s, e).toLowerCase();
  const word = accented ? fold(written) : written;
  // "Job 3 of 5" is a step, not a chapter; so is "Job 3 de 5", and "Juan 3 de mayo" is a date.
  return (
    UNITS.has(word) ||
    (word === 'of' && isDigit(text.charCodeAt(spaceRunEnd(text, e)))) ||
    (word === 'de' && dateOrStep(text, e))
  );
}

/**
 * The most parts one list may hold. Real lists stop well short of it ("Gen 1:1, 3, 5–7; 2:1"); a
 * cap keeps an endless run of numbers from making one enormous OSIS id.
 */
const MAX_PARTS = 50;

/** A translation tag after a reference: "NIV", "ESV", "NRSV", "KJV". */
function isTag(word: string): boolean {
  if (word.length < 2 || word.length > 6) return false;
  for (let i = 0; i < word.length; i++) if (!isUpper(word.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether a question mark or a word in small letters follows at `i`: then "Is 10:30" and "Am
 * 5:30" open a question ("Is 10:30 too late?"), where "(Is 53:5)" and "Am 5:24." stand alone.
 */
function proseFollows(text: string, i: number): boolean {
  const c = text.charCodeAt(spaceRunEnd(text, i));
  return c === 63 || isLower(c);
}

/** Whether the word after a list item lets "and" count as a list ("26 and 27", "27 NIV", "27."). */
const listEnd = (next: string) => next === '' || LIST_WORDS.has(next) || isTag(next);

/** A chapter named before its book as a match: none where chapters alone are not read. */
export function forwardMatch(text: string, fwd: ForwardMatch, options: FindOptions): RefMatch | undefined {
  if (!options.chapterOnly && !fwd.verses) return undefined;
  return { start: fwd.start, end: fwd.end, text: text.slice(fwd.start, fwd.end), osis: fwd.osis };
}

/**
 * Whether a chapter and verse are written out at `p` ("3:16", "3.16", and "3,16" after a
 * Spanish name), not just a number.
 */
function explicitVerse(text: string, p: number, found?: BookAt): boolean {
  const cur = new Cursor(text, p);
  while (isDigit(cur.code())) cur.i++;
  return cur.verseSeparator(false) > 0 || (found !== undefined && commaVerse(cur) && readsComma(found));
}

/**
 * A Roman chapter before the verse digits at `p` and the book before it ("Heb. vii. 25"), or
 * undefined. A numeral in capitals follows only a name cut short with a full stop ("Heb. VII.
 * 25"), since "James I" and "John XXIII" are kings and popes; a name that may be a word ("Is",
 * "am") only with its full stop ("Is. liii. 5").
 */
function romanChapter(
  text: string,
  p: number,
  ci: boolean,
  floor: number,
): { found: BookAt; value: number } | undefined {
  const numeral = romanBefore(text, p, floor);
  if (!numeral) return undefined;
  const found = bookBefore(text, numeral.start, ci, floor);
  if (!found || found.attached) return undefined;
  const dotted = text.charCodeAt(spaceRunStart(text, numeral.start) - 1) === 46;
  if ((numeral.capitals || found.weak || found.ambiguous) && !dotted) return undefined;
  return { found, value: numeral.value };
}

/**
 * The span after a Roman chapter: verses of that chapter, read as a bare number in a list is
 * ("25", "26, 27", "23–33"); undefined when it names another chapter ("vii. 25:3").
 */
function romanSpan(cur: Cursor, book: Book, chapter: number, ci: boolean): Span | undefined {
  // A chapter the book lacks reads no verse of it, so nothing is returned then either.
  const span = readSpan(cur, book, chapter, ci);
  return span && span.start.chapter === chapter && span.end.chapter === chapter ? span : undefined;
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
  const ci = options.caseInsensitive;
  const named = bookBefore(text, p, ci, floor);
  const roman = named ? undefined : romanChapter(text, p, ci, floor);
  const found = roman ? roman.found : named;
  if (!found) {
    let e = p;
    while (isDigit(text.charCodeAt(e))) e++;
    const fwd = forwardForm(text, p, e, ci, floor);
    return fwd && forwardMatch(text, fwd, options);
  }
  // "Jn3:16" is a reference, "Jn3" an identifier; "is 53:5" may be Isaiah, "is 2" is English.
  if (!roman && (found.attached || found.weak) && !explicitVerse(text, p, found)) return undefined;
  // "#John3:16" is a hashtag; "#John 3:16" a reference marked up.
  if (found.attached && found.start > 0 && markupBefore(text, found.start - 1)) return undefined;
  const cur = new Cursor(text, p, found);
  // In a one-chapter book a bare number is a verse ("Jude 5"); "Jude 1:5" reads as written.
  const first = roman
    ? romanSpan(cur, found.book, roman.value, ci)
    : readSpan(cur, found.book, isSingleChapter(found.book) ? 1 : undefined, ci);
  if (!first) return undefined;
  if (countOrTimeFollows(text, cur.i, first.start.verse !== undefined)) return undefined;
  // "Sal 1,5 g" is a quantity in a recipe: a unit after "C,V" makes it a decimal number.
  if (cur.commaRead && UNITS.has(fold(letters(text, spaceRunEnd(text, cur.i))))) return undefined;
  const spans: Span[] = [first];
  let end = cur.i;

  // Lists continue the book and chapter: ", 34", "; 10:9", " and v. 41", ", vv. 3–5".
  let sawSemicolon = false;
  // "Heb 7:25 (cf. 9:24)": a bracket opened by "cf.", "see"… holds more of the list, and is
  // read only with its closing bracket (the parts and the end from before it are kept here).
  let bracket: { parts: number; end: number } | undefined;
  while (spans.length < MAX_PARTS) {
    const save = cur.i;
    const lastSpan = spans[spans.length - 1]!;
    const last = lastSpan.end;
    // "Acts 2, vv. 38–41" and "Psalm 23 v. 4" narrow a bare chapter down to verses.
    const bareChapter = lastSpan.start === last && last.verse === undefined;
    cur.spaces();
    let sep = text[cur.i];
    const word = isLetter(cur.code()) ? cur.word() : '';
    // "Jn 3,16.18": after a chapter and verse written with a comma, a full stop lists verses.
    if (sep === '.' && cur.commaRead && cur.i === save && last.verse !== undefined && isDigit(cur.code(1))) {
      cur.i++;
      sep = ',';
    } else if (sep === ',' || sep === ';' || sep === '&') {
      cur.i++;
      // "Psalms 45, 60, and 69": the serial comma's "and" belongs to the separator.
      if (sep === ',' && wordAfter(text, cur.i) === 'and') {
        cur.i = spaceRunEnd(text, cur.i) + 3;
        sep = 'and';
      }
    } else if (sep === '(' && !bracket && CONNECTORS.has(fold(letters(text, cur.i + 1)))) {
      bracket = { parts: spans.length, end };
      cur.i++;
      sep = ',';
    } else if (word === 'and' || word === 'y') {
      // "Juan 17:9 y 20": Spanish "y" is "and".
      cur.i += word.length;
      sep = 'and';
    } else if (bareChapter && VERSE_MARKERS.has(fold(word)))
      sep = ''; // "Isaiah 54 Verse 15"
    else if (word === 'cf' || word === 'cfr') sep = ',';
    // A semicolon list that drops one separator: "Ps 9:2-5; 56:2,3 82:6,8; 83:16-18".
    else if (sawSemicolon && cur.i > save && isDigit(cur.code()) && explicitVerse(text, cur.i)) sep = ';';
    else break;
    if (sep === ';') sawSemicolon = true;
    cur.spaces();
    // "; also 31:5", "; cf. 9:24", "; see also 12:3": at most two such words.
    for (let n = 0; n < 2 && sep !== 'and' && isLetter(cur.code()) && CONNECTORS.has(fold(cur.word())); n++) {
      cur.i += cur.word().length;
      if (cur.code() === 46) cur.i++;
      cur.spaces();
    }
    const marker = isLetter(cur.code()) ? cur.word() : '';
    const forceVerse = marker !== '' && VERSE_MARKERS.has(fold(marker));
    if (forceVerse) {
      cur.i += marker.length;
      if (cur.code() === 46) cur.i++;
      cur.spaces();
    }
    // (Not inside a bracket, which may yet be left out: "Acts 2 (cf. v. 38 and more)" stays Acts 2.)
    const narrow = !bracket && forceVerse && bareChapter && (sep === ',' || sep === '');
    // After ";" a bare number is a chapter ("Rom 8:1; 10"); after "," it is a verse of the same
    // chapter if the last part had one ("Rom 8:1, 34"), else a chapter ("Ps 23, 24").
    const asVerse = forceVerse || isSingleChapter(last.book) || (sep !== ';' && last.verse !== undefined);
    const partStart = cur.i;
    // After a comma, "2,3" goes on with the list ("Salmos 1,2,3"), not Spanish "2,3".
    cur.comma = sep !== ',';
    // "Heb. vii. 25; ix. 24": a list that began with a Roman chapter may name another so.
    const nextRoman = roman && !forceVerse && !isDigit(cur.code()) ? romanAt(text, cur.i) : undefined;
    if (nextRoman) cur.i = nextRoman.digits;
    const part = !isDigit(cur.code())
      ? undefined
      : nextRoman
        ? romanSpan(cur, last.book, nextRoman.value, ci)
        : readSpan(cur, last.book, asVerse ? last.chapter : undefined, ci);
    const next = part && wordAfter(text, cur.i);
    if (
      !part ||
      (!options.chapterOnly && part.start.verse === undefined) ||
      !boundaryAfter(text, cur.i) ||
      // "Rom 8:1, 3 people", "Rom 8:34, 1 John 2:1": the number belongs to what follows.
      countOrBookFollows(text, partStart, cur.i, true) ||
      // "Luke 1:1 and 3 apostles": after "and", a bare number and a word are a count.
      (sep === 'and' && !forceVerse && !explicitVerse(text, partStart) && !listEnd(next!)) ||
      countOrTimeFollows(text, cur.i, part.start.verse !== undefined)
    ) {
      cur.i = save;
      break;
    }
    if (narrow) spans[spans.length - 1] = part;
    else spans.push(part);
    end = cur.i;
    if (bracket && cur.code() === 41) {
      end = ++cur.i;
      bracket = undefined;
      break;
    }
  }
  // A bracket left open ("(cf. 9:24 and elsewhere)") is not part of the reference.
  if (bracket) {
    spans.length = bracket.parts;
    end = bracket.end;
  }
  // A word going on from the last number is no reference ("7:25am") unless it is a translation's
  // code ("7:25NIV").
  const bounded = boundaryAfter(text, end);
  const joined = bounded ? undefined : translationAfter(text, end, options.translationCodes);
  if (!bounded && !joined) return undefined;
  if (found.ambiguous && proseFollows(text, end)) return undefined;
  if (!options.chapterOnly && spans[0]!.start.verse === undefined) return undefined;
  const osis = spansToOsis(spans);
  const version = joined ?? translationAfter(text, end, options.translationCodes);
  if (!version) return { start: found.start, end, text: text.slice(found.start, end), osis };
  return {
    start: found.start,
    end: version.end,
    text: text.slice(found.start, version.end),
    osis,
    translation: version.code,
  };
}
