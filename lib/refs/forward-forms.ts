/**
 * References whose book comes after their number, read forwards from it: "chapter 3 of John",
 * "the 23rd Psalm", "the 8th chapter of Romans", "verse 25 of Hebrews 7", "verses 9 and 10 of
 * Romans 10", "el versículo 25 de Hebreos 7" (`forwardForm`, tried only when no book stands
 * before a number; each test starts with a character or a word check, so ordinary numbers cost
 * one or two comparisons more). And references with no digits at all, found by one search for
 * the words they need (`chaptersInWords`): "the eighth chapter of Romans", "the twenty-third
 * Psalm", "Romans chapter eight", "Psalm twenty-three", "Romanos capítulo ocho". The numbers in
 * words are read by number-words.ts.
 */
import { getBook, isSingleChapter, type Book } from '../bible/books';
import { chapterOsis, spansToOsis } from '../bible/osis';
import {
  boundaryAfter,
  boundaryBefore,
  capiBefore,
  fold,
  isDigit,
  isLetter,
  isNameLetter,
  isSpace,
  isUpper,
  listStep,
  ofAt,
  spaceRunEnd,
  spaceRunStart,
} from './chars';
import { bookBefore } from './find-book';
import {
  cardinalAt,
  ordinalBefore,
  ordinalSuffix,
  rangeInWords,
  SPANISH_ORDINALS,
  spanishOrdinalAt,
  wordEnd,
} from './number-words';
import { Cursor, point, readSpan } from './read-span';
import { countOrBookFollows, letters, VERSE_MARKERS } from './words';

/** A chapter found by a forward form. */
export interface ForwardMatch {
  start: number;
  end: number;
  osis: string;
  /** Whether verses were named ("the 23rd Psalm, verse 4"), not only the chapter. */
  verses: boolean;
}

/** A reader of one forward form at the digit run [p, e), looking back no further than `floor`. */
type FormAt = (
  text: string,
  p: number,
  e: number,
  caseInsensitive: boolean,
  floor: number,
) => ForwardMatch | undefined;

const PSALMS = getBook('Ps')!;

/**
 * The chapter found at [start, end), narrowed to verses when they follow: "the 23rd Psalm,
 * verse 4", "chapter 3 of John, verses 16–17".
 */
function withVerses(text: string, start: number, end: number, book: Book, chapter: number): ForwardMatch {
  const cur = new Cursor(text, end);
  if (cur.code() === 44) cur.i++;
  cur.spaces();
  const marker = letters(text, cur.i);
  if (cur.i > end && VERSE_MARKERS.has(fold(marker))) {
    cur.i += marker.length;
    if (cur.code() === 46) cur.i++;
    cur.spaces();
    const from = cur.i;
    let span = isDigit(cur.code()) ? readSpan(cur, book, chapter, false) : undefined;
    // A verse in words ("Romans chapter eight, verse twenty-six").
    const word = span ? undefined : cardinalAt(text, cur.i);
    const verse = word && point(book, chapter, word.n);
    if (word && verse) {
      span = { start: verse, end: verse };
      cur.i = word.end;
    }
    // Verses of this chapter only: "the 23rd Psalm, verse 4:5" names no verse of Psalm 23.
    const inChapter = span?.start.chapter === chapter && span.end.chapter === chapter;
    if (span && inChapter && boundaryAfter(text, cur.i) && !countOrBookFollows(text, from, cur.i)) {
      return { start, end: cur.i, osis: spansToOsis([span]), verses: true };
    }
  }
  return { start, end, osis: chapterOsis(book, chapter), verses: false };
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
  return ordinalVerseBefore(text, withVerses(text, p, end, PSALMS, n), PSALMS, n);
}

/** "the 8th chapter of Romans": an ordinal in digits before "chapter of". */
function ordinalNumberChapter(
  text: string,
  p: number,
  e: number,
  caseInsensitive: boolean,
): ForwardMatch | undefined {
  const n = Number(text.slice(p, e));
  if (e - p > 3 || n < 1 || text.slice(e, e + 2) !== ordinalSuffix(n) || text.charCodeAt(e + 2) !== 32)
    return undefined;
  return ordinalChapter(text, p, e + 3, n, caseInsensitive);
}

/**
 * "chapter 3 of John", "chapter 13 of 1 Corinthians", "capítulo 3 de Juan": the chapter of the
 * book named after it.
 */
const chapterOf: FormAt = (text, p, e, caseInsensitive, floor) => {
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
  const named = bookAfter(text, spaceRunEnd(text, e + 4), caseInsensitive);
  // "el capítulo 3 de Mi vida" names a book of someone's: in Spanish, two letters name none.
  if (!named || (spanish && named.letters < 3)) return undefined;
  const n = Number(text.slice(p, e));
  if (e - p > 3 || n < 1 || n > named.book.verses.length) return undefined;
  return withVerses(text, s, named.end, named.book, n);
};

/** A book named after "of" or "de", where it ends, and the letters of its last word. */
interface NamedBook {
  book: Book;
  end: number;
  letters: number;
}

/** Where a name's first word starts after its book number in digits, if any ("1 John", "2Tim"). */
function afterBookNumber(text: string, nameStart: number): number {
  let k = nameStart;
  while (k < nameStart + 3 && (isDigit(text.charCodeAt(k)) || isSpace(text.charCodeAt(k)))) k++;
  return k;
}

/**
 * The book whose name starts at `nameStart` ("of  John": however many spaces a page leaves
 * before it), with a book number first ("of 1 John", "of 2Tim", "of First Corinthians"). A name
 * followed by its own number starts a reference of its own ("chapter 3 of John 4"): none.
 */
function bookAfter(text: string, nameStart: number, caseInsensitive: boolean): NamedBook | undefined {
  let k = afterBookNumber(text, nameStart);
  let wordEnd = k + letters(text, k).length;
  if (wordEnd === k) return undefined;
  let found = bookBefore(text, wordEnd, caseInsensitive, nameStart);
  if (text.charCodeAt(wordEnd) === 32) {
    const second = wordEnd + 1 + letters(text, wordEnd + 1).length;
    const longer = second > wordEnd + 1 ? bookBefore(text, second, caseInsensitive, nameStart) : undefined;
    if (longer && longer.start === nameStart) {
      k = wordEnd + 1;
      wordEnd = second;
      found = longer;
    }
  }
  if (!boundaryAfter(text, wordEnd)) return undefined;
  if (text.charCodeAt(wordEnd) === 32 && isDigit(text.charCodeAt(wordEnd + 1))) return undefined;
  if (surnameAfter(text, wordEnd)) return undefined;
  if (!found || found.start !== nameStart || found.weak) return undefined;
  return { book: found.book, end: wordEnd, letters: wordEnd - k };
}

/**
 * Whether a surname in the possessive follows the name that ends at `i`: "chapter 1 of John
 * Grisham's novel", "chapter three of Mark Twain’s book" name a person, not a book of the Bible.
 */
function surnameAfter(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 32 || !isUpper(text.charCodeAt(i + 1))) return false;
  const e = wordEnd(text, i + 1);
  const q = text.charCodeAt(e);
  return (q === 39 || q === 0x2019) && text.charCodeAt(e + 1) === 115 && !isLetter(text.charCodeAt(e + 2));
}

/**
 * Where `phrase` ends if it is written at `i`, each of its spaces any run of whitespace (pages
 * print "chapter\u00a0of" too), or undefined.
 */
function phraseAt(text: string, i: number, phrase: string): number | undefined {
  let k = i;
  for (let j = 0; j < phrase.length; j++) {
    if (phrase.charCodeAt(j) === 32) {
      const e = spaceRunEnd(text, k);
      if (e === k) return undefined;
      k = e;
    } else if (text.charCodeAt(k++) !== phrase.charCodeAt(j)) return undefined;
  }
  return k;
}

/**
 * Words that may stand between "chapter of" and the book: "of St. John", "of the Acts", "of the
 * Epistle to the Romans", "of the Gospel according to St. Luke", "of the prophet Isaiah".
 */
const BEFORE_BOOK = [
  'the ',
  'The ',
  'St. ',
  'St ',
  'Saint ',
  'book of ',
  'Book of ',
  'Gospel of ',
  'gospel of ',
  'Gospel according to ',
  'gospel according to ',
  'Epistle to the ',
  'epistle to the ',
  'Epistle of ',
  'epistle of ',
  'prophet ',
  'Prophet ',
  'prophecy of ',
  'Prophecy of ',
];

/**
 * The book named by "chapter of <book>" where "chapter" (or "Chapter") starts at `c`, if its
 * chapter `n` is in it: "chapter of Romans", "chapter of St. John", "chapter of the Epistle to the
 * Romans".
 */
function chapterOfBook(text: string, c: number, n: number, caseInsensitive: boolean): NamedBook | undefined {
  if ((text.charCodeAt(c) | 32) !== 99 || !text.startsWith('hapter', c + 1)) return undefined;
  let k = phraseAt(text, c + 7, ' of ');
  for (let words = 0; words < 4 && k !== undefined; words++) {
    let after: number | undefined;
    for (const phrase of BEFORE_BOOK) if ((after = phraseAt(text, k, phrase)) !== undefined) break;
    if (after === undefined) break;
    k = after;
  }
  if (k === undefined) return undefined;
  const named = bookAfter(text, k, caseInsensitive);
  return named && n <= named.book.verses.length ? named : undefined;
}

/**
 * "the eighth chapter of Romans", "the fifty-third chapter of Isaiah", "the seventeenth chapter
 * of St. John", "the 8th chapter of Romans", "first chapter of Judges": the chapter of the book
 * named after it, with its verses if they follow ("…, verse 26"). `c` is where "chapter" (or
 * "Chapter") should start; `n` is the ordinal before it and `s` where that starts.
 */
function ordinalChapter(
  text: string,
  s: number,
  c: number,
  n: number,
  caseInsensitive: boolean,
): ForwardMatch | undefined {
  if (!boundaryBefore(text, s)) return undefined;
  const named = chapterOfBook(text, c, n, caseInsensitive);
  return named && ordinalVerseBefore(text, withVerses(text, s, named.end, named.book, n), named.book, n);
}

/**
 * A chapter named before its book, read forwards from `i`: "the eighth chapter of Romans", "the
 * fifty third chapter of Isaiah", "the 8th chapter of Romans", "chapter 8 of Romans" — where verses
 * name it ("verse 26 of the eighth chapter of Romans").
 */
function chapterNamedAt(
  text: string,
  i: number,
  caseInsensitive: boolean,
): { named: NamedBook; chapter: number } | undefined {
  if (text.startsWith('chapter', i)) {
    // "chapter 8 of Romans"
    const from = spaceRunEnd(text, i + 7);
    let d = from;
    while (d < from + 3 && isDigit(text.charCodeAt(d))) d++;
    const n = Number(text.slice(from, d));
    const nameStart = from > i + 7 && d > from ? phraseAt(text, d, ' of ') : undefined;
    const named = nameStart === undefined ? undefined : bookAfter(text, nameStart, caseInsensitive);
    return named && n >= 1 && n <= named.book.verses.length ? { named, chapter: n } : undefined;
  }
  const k = phraseAt(text, i, 'the ') ?? phraseAt(text, i, 'The ') ?? i;
  let w = k;
  let n: number | undefined;
  while (w < k + 3 && isDigit(text.charCodeAt(w))) w++;
  if (w > k) {
    // "the 8th chapter of Romans"
    n = Number(text.slice(k, w));
    if (text.slice(w, w + 2) !== ordinalSuffix(n)) return undefined;
    w += 2;
  } else {
    // The ordinal's words ("eighth", "fifty third", "hundred and fiftieth"), as `ordinalBefore`
    // reads them back from their end: the first word end from which it reads back to `k`.
    for (let x = k, words = 0; words < 5; words++) {
      const e = wordEnd(text, x, true);
      const ordinal = e > x ? ordinalBefore(text, e) : undefined;
      if (ordinal?.s === k) {
        n = ordinal.n;
        w = e;
        break;
      }
      x = spaceRunEnd(text, e);
      if (x === e) break;
    }
  }
  const c = spaceRunEnd(text, w);
  if (n === undefined || n < 1 || c === w) return undefined;
  // "verse 6 of the thirty-first Psalm"
  if ((text.charCodeAt(c) | 32) === 112 && text.startsWith('salm', c + 1) && boundaryAfter(text, c + 5))
    return n <= PSALMS.verses.length
      ? { named: { book: PSALMS, end: c + 5, letters: 5 }, chapter: n }
      : undefined;
  const named = chapterOfBook(text, c, n, caseInsensitive);
  return named && { named, chapter: n };
}

/** The words every chapter named in words has: "chapter", "Psalm" or "Salmo" (their "alm"), "capítulo". */
const WORD_FORMS = /hapter|alm|tulo/g;

/**
 * The chapters named in words, in text order: by an ordinal before "chapter of" ("the eighth
 * chapter of Romans") or "Psalm" ("the twenty-third Psalm"), by a number in words after "chapter"
 * ("Romans chapter eight", "chapter eight of Romans") or "Psalm" ("Psalm twenty-three"), and in
 * Spanish with "capítulo" and "Salmo". The finder visits digit runs, and these have none: one
 * search over the text finds the three words they need; most text has none of them.
 */
export function chaptersInWords(text: string, caseInsensitive: boolean): ForwardMatch[] {
  const out: ForwardMatch[] = [];
  WORD_FORMS.lastIndex = 0;
  for (let m = WORD_FORMS.exec(text); m; m = WORD_FORMS.exec(text)) {
    const h = m.index;
    const first = text.charCodeAt(h);
    let found: ForwardMatch | undefined;
    if (first === 104) {
      if (h > 0)
        found = ofAt(text, h + 6)
          ? ordinalWordChapter(text, h - 1, caseInsensitive)
          : cardinalChapter(text, h - 1, caseInsensitive);
    } else if (first === 116) {
      if (capiBefore(text, h)) found = spanishChapter(text, h - 4, caseInsensitive);
    } else found = psalmAt(text, h);
    if (found) out.push(found);
  }
  return out;
}

/**
 * "Romanos capítulo ocho", "capítulo ocho de Romanos", "el capítulo octavo de Romanos", "el
 * octavo capítulo de Romanos", "Romanos, capítulo ocho, versículo veintiséis": a chapter in words
 * with "capítulo" (which starts at `c`).
 */
function spanishChapter(text: string, c: number, caseInsensitive: boolean): ForwardMatch | undefined {
  const found = cardinalChapter(text, c, caseInsensitive, true);
  if (found) return found;
  // "el octavo capítulo de Romanos"
  const nameStart = phraseAt(text, c + 8, ' de ');
  const w = spaceRunStart(text, c);
  if (nameStart === undefined || w === c) return undefined;
  let s = w;
  while (s > 0 && w - s < 14 && isNameLetter(text.charCodeAt(s - 1))) s--;
  const n = SPANISH_ORDINALS.get(fold(text.slice(s, w)));
  if (n === undefined || !boundaryBefore(text, s)) return undefined;
  const named = bookAfter(text, nameStart, caseInsensitive);
  if (!named || named.letters < 3 || n > named.book.verses.length) return undefined;
  return withVerses(text, s, named.end, named.book, n);
}

/** "the eighth chapter of Romans": the ordinal word before "chapter", which starts at `c`. */
function ordinalWordChapter(text: string, c: number, caseInsensitive: boolean): ForwardMatch | undefined {
  const w = spaceRunStart(text, c);
  const ordinal = w < c ? ordinalBefore(text, w) : undefined;
  return ordinal && ordinalChapter(text, ordinal.s, c, ordinal.n, caseInsensitive);
}

/**
 * "Romans chapter eight", "Romans, chapter eight, verse twenty-six", "chapter eight of Romans":
 * a chapter's number in words after "chapter" (which starts at `c`), its book before "chapter"
 * or after "of". Not a count ("chapter one hundred pages").
 */
function cardinalChapter(
  text: string,
  c: number,
  caseInsensitive: boolean,
  spanish = false,
): ForwardMatch | undefined {
  // "chapter" or "chapters", "capítulo" or "capítulos"
  const word = spanish ? c + 8 : c + 7;
  const w = text.charCodeAt(word) === 115 ? word + 1 : word;
  if (!boundaryBefore(text, c) || !boundaryAfter(text, w)) return undefined;
  const x = spaceRunEnd(text, w);
  const number =
    x > w ? (cardinalAt(text, x) ?? (spanish ? spanishOrdinalAt(text, x) : undefined)) : undefined;
  if (!number || countOrBookFollows(text, x, number.end)) return undefined;
  const nameStart = phraseAt(text, number.end, spanish ? ' de ' : ' of ');
  if (nameStart !== undefined) {
    const named = bookAfter(text, nameStart, caseInsensitive);
    // "el capítulo tres de Mi vida" names a book of someone's: in Spanish, two letters name none.
    if (!named || number.n > named.book.verses.length || (spanish && named.letters < 3)) return undefined;
    return withVerses(text, c, named.end, named.book, number.n);
  }
  // The book before: bookBefore reads back over "chapter" (and a comma) from the number.
  const found = bookBefore(text, x, caseInsensitive, 0);
  if (!found || found.weak || found.start >= c || number.n > found.book.verses.length) return undefined;
  // "Romans chapters nine to eleven", "chapters nine through eleven".
  const to = rangeInWords(text, number.end);
  if (to && to.n > number.n && to.n <= found.book.verses.length)
    return {
      start: found.start,
      end: to.end,
      osis: `${chapterOsis(found.book, number.n)}-${chapterOsis(found.book, to.n)}`,
      verses: false,
    };
  return withVerses(text, found.start, number.end, found.book, number.n);
}

/**
 * "Psalm twenty-three", "Salmo veintitrés", "the twenty-third Psalm", "the hundred and
 * nineteenth psalm", with verses after ("…, verse 4"), where the "alm" of "Psalm" or "Salmo"
 * is at `h`; not "the first Psalm of Ascents" (the first of a group), nor an ordinal without
 * "the" ("his first psalm") or after "is the" ("This is the second Psalm ascribed to Asaph").
 */
function psalmAt(text: string, h: number): ForwardMatch | undefined {
  if (text.charCodeAt(h - 1) === 83 && text.charCodeAt(h + 3) === 111)
    return boundaryAfter(text, h + 4) ? cardinalPsalm(text, h - 1) : undefined;
  const c = h - 2;
  if (text.charCodeAt(h - 1) !== 115 || (text.charCodeAt(c) | 32) !== 112 || !boundaryAfter(text, h + 3))
    return undefined;
  const cardinal = cardinalPsalm(text, c);
  if (cardinal) return cardinal;
  const w = spaceRunStart(text, c);
  const ordinal = w < c ? ordinalBefore(text, w) : undefined;
  if (!ordinal || ordinal.n > PSALMS.verses.length || ofAt(text, h + 3)) return undefined;
  // After "the" only: "his first psalm", "a second psalm" count the writer's or the service's.
  const the = spaceRunStart(text, ordinal.s);
  if (the === ordinal.s || !/^[Tt]he$/.test(text.slice(the - 3, the)) || !boundaryBefore(text, the - 3))
    return undefined;
  // "This is the second Psalm ascribed to Asaph", "the third Psalm opening with a benediction":
  // after "is the" the ordinal counts psalms of some kind.
  const copula = spaceRunStart(text, the - 3);
  if (copula < the - 3 && /(?:^|[^A-Za-z])(?:is|was)$/.test(text.slice(Math.max(0, copula - 4), copula)))
    return undefined;
  return ordinalVerseBefore(text, withVerses(text, ordinal.s, h + 3, PSALMS, ordinal.n), PSALMS, ordinal.n);
}

/**
 * The chapter `found` (its ordinal after "the") narrowed to the verse an ordinal names before it:
 * "the sixth verse of the thirty-first Psalm", "the 26th verse of the eighth chapter of Romans".
 */
function ordinalVerseBefore(text: string, found: ForwardMatch, book: Book, chapter: number): ForwardMatch {
  if (found.verses) return found;
  const the = spaceRunStart(text, found.start);
  if (the === found.start || !/^[Tt]he$/.test(text.slice(the - 3, the))) return found;
  const of = spaceRunStart(text, the - 3);
  if (of === the - 3 || text.slice(of - 2, of) !== 'of') return found;
  const v = spaceRunStart(text, of - 2);
  if (v === of - 2 || text.slice(v - 5, v) !== 'verse') return found;
  const w = spaceRunStart(text, v - 5);
  if (w === v - 5) return found;
  let ordinal = ordinalBefore(text, w);
  if (!ordinal) {
    // "the 26th verse"
    let d = w - 2;
    while (d > w - 5 && isDigit(text.charCodeAt(d - 1))) d--;
    const n = Number(text.slice(d, w - 2));
    if (d < w - 2 && text.slice(w - 2, w) === ordinalSuffix(n)) ordinal = { s: d, n };
  }
  const verse = ordinal && boundaryBefore(text, ordinal.s) ? point(book, chapter, ordinal.n) : undefined;
  if (!ordinal || !verse) return found;
  return {
    start: ordinal.s,
    end: found.end,
    osis: spansToOsis([{ start: verse, end: verse }]),
    verses: true,
  };
}

/**
 * "Psalm twenty-three", "Psalm one hundred and nineteen, verse 105", "Salmo veintitrés": a
 * psalm's number in words after "Psalm" or "Salmo" (capitalised, at `c`). Not a count ("the
 * Psalm three times") nor "one" as a pronoun ("in this Psalm one finds").
 */
function cardinalPsalm(text: string, c: number): ForwardMatch | undefined {
  if ((text.charCodeAt(c) !== 80 && text.charCodeAt(c) !== 83) || !boundaryBefore(text, c)) return undefined;
  const x = spaceRunEnd(text, c + 5);
  const number = x > c + 5 ? cardinalAt(text, x) : undefined;
  if (!number || number.n > PSALMS.verses.length || countOrBookFollows(text, x, number.end)) return undefined;
  const pronoun = number.end === x + 3 && text.slice(x, x + 3).toLowerCase() === 'one';
  if (pronoun && isLetter(text.charCodeAt(spaceRunEnd(text, number.end)))) return undefined;
  return withVerses(text, c, number.end, PSALMS, number.n);
}

/** A chapter named before its book at the digit run [p, e), or undefined. */
export function forwardForm(
  text: string,
  p: number,
  e: number,
  caseInsensitive: boolean,
  floor: number,
): ForwardMatch | undefined {
  if (isLetter(text.charCodeAt(e)))
    return ordinalPsalm(text, p, e) ?? ordinalNumberChapter(text, p, e, caseInsensitive);
  if (text.charCodeAt(p - 1) !== 32) return undefined;
  return chapterOf(text, p, e, caseInsensitive, floor) ?? verseOf(text, p, e, caseInsensitive, floor);
}

/**
 * "verse 25 of Hebrews 7", "verses 25–27 of Hebrews 7", "v. 1 of 1 John 2", "verse 24 of Jude"
 * (a one-chapter book needs no chapter), "verses 9 and 10 of Romans 10", "verse 26 of the eighth
 * chapter of Romans", and in Spanish "el versículo 25 de Hebreos 7", "los versículos 26 y 27 de
 * Romanos 8": the verses named before their book and chapter.
 */
const verseOf: FormAt = (text, p, e, caseInsensitive, floor) => {
  let m = spaceRunStart(text, p);
  // One character first: most numbers follow some other word ("verse", "vv.", "versículo").
  const last = text.charCodeAt(m - 1);
  // The "ulo" of "versículo": Spanish numbers often follow other words in "-o" ("año 2020").
  const ulo = last === 111 && text.charCodeAt(m - 2) === 108 && text.charCodeAt(m - 3) === 117;
  if (last !== 101 && last !== 115 && last !== 46 && last !== 118 && last !== 114 && !ulo) return undefined;
  if (last === 46) m--;
  let s = m;
  while (s > floor && m - s < 10 && isNameLetter(text.charCodeAt(s - 1))) s--;
  if (s === m || !VERSE_MARKERS.has(fold(text.slice(s, m))) || !boundaryBefore(text, s)) return undefined;
  // The verses: "25", "25–27", "9 and 10", "26 y 27", "4 al 6".
  const verses: [number, number][] = [];
  let k = p;
  for (let step: ReturnType<typeof listStep>, range = false; verses.length < 20;) {
    const d = k;
    while (k < d + 3 && isDigit(text.charCodeAt(k))) k++;
    const n = Number(text.slice(d, k));
    if (range) verses[verses.length - 1]![1] = n;
    else verses.push([n, n]);
    if (!(step = listStep(text, k)) || (range && step.range)) break;
    ({ range } = step);
    k = step.next;
  }
  const of = phraseAt(text, k, ' of ');
  const nameStart = of ?? phraseAt(text, k, ' de ');
  if (nameStart === undefined) return undefined;
  const target = verseBook(text, nameStart, caseInsensitive, of === undefined);
  if (!target) return undefined;
  const spans = [];
  for (const [a, b] of verses) {
    const from = point(target.book, target.chapter, a);
    const through = point(target.book, target.chapter, b);
    if (!from || !through || b < a) return undefined;
    spans.push({ start: from, end: through });
  }
  return { start: s, end: target.end, osis: spansToOsis(spans), verses: true };
};

/**
 * The book and chapter named after "of" (or Spanish "de") at `nameStart`: a name with its book
 * number ("of 1 John") and the chapter's number, the first digits after it ("of Hebrews 7", "of
 * Song of Songs 2"); a one-chapter book alone ("of Jude"); or a chapter named before its book
 * ("of the eighth chapter of Romans").
 */
function verseBook(
  text: string,
  nameStart: number,
  caseInsensitive: boolean,
  spanish: boolean,
): { book: Book; chapter: number; end: number } | undefined {
  const wordStart = afterBookNumber(text, nameStart);
  let c = wordStart;
  while (
    c < wordStart + 24 &&
    (isNameLetter(text.charCodeAt(c)) || text.charCodeAt(c) === 32 || text.charCodeAt(c) === 46)
  )
    c++;
  let end = c;
  let chapter = 1;
  let found = isDigit(text.charCodeAt(c)) ? bookBefore(text, c, caseInsensitive, nameStart) : undefined;
  if (found?.start === nameStart) {
    while (isDigit(text.charCodeAt(end))) end++;
    chapter = Number(text.slice(c, end));
  } else {
    const named = spanish ? undefined : chapterNamedAt(text, nameStart, caseInsensitive);
    if (named) return { book: named.named.book, chapter: named.chapter, end: named.named.end };
    const word = letters(text, wordStart);
    end = wordStart + word.length;
    found = bookBefore(text, end, caseInsensitive, nameStart);
    // "el versículo 3 de Mi vida" names a book of someone's: in Spanish, two letters name none.
    if (!found || found.start !== nameStart || !isSingleChapter(found.book) || (spanish && word.length < 3))
      return undefined;
  }
  // Not where a verse follows the chapter ("verse 25 of Hebrews 7:25" names it twice).
  if (found.weak || !boundaryAfter(text, end)) return undefined;
  return { book: found.book, chapter, end };
}
