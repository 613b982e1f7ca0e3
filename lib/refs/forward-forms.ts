/**
 * Chapters named before their book, read forwards from the number: "chapter 3 of John",
 * "the 23rd Psalm", "the 8th chapter of Romans"; and from an ordinal word, which has no number
 * to start from: "the eighth chapter of Romans" (`ordinalWordChapters`). Tried only when no book stands before a number, and each test starts with
 * a character or a word check, so ordinary numbers cost one or two comparisons more.
 */
import { getBook, isSingleChapter, type Book } from '../bible/books';
import { chapterOsis, spansToOsis } from '../bible/osis';
import {
  boundaryAfter,
  boundaryBefore,
  endsLikeOrdinal,
  fold,
  isDigit,
  isLetter,
  isNameLetter,
  isSpace,
  listStep,
  ofAt,
  spaceRunEnd,
  spaceRunStart,
} from './chars';
import { bookBefore } from './find-book';
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
  return withVerses(text, p, end, PSALMS, n);
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
  if (!found || found.start !== nameStart || found.weak) return undefined;
  return { book: found.book, end: wordEnd, letters: wordEnd - k };
}

/**
 * English ordinals written as words, 1 to 99: "first" … "ninth", "tenth" … "nineteenth",
 * "twentieth" … "ninetieth", and "twenty-first" … "ninety-ninth" (or with a space).
 */
const ORDINALS: ReadonlyMap<string, number> = (() => {
  const units = 'first second third fourth fifth sixth seventh eighth ninth'.split(' ');
  const teens =
    'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(
      ' ',
    );
  const tens = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
  const map = new Map<string, number>();
  units.forEach((word, i) => map.set(word, i + 1));
  teens.forEach((word, i) => map.set(word, i + 10));
  tens.forEach((word, t) => {
    map.set(`${word.slice(0, -1)}ieth`, (t + 2) * 10);
    units.forEach((unit, i) => map.set(`${word}-${unit}`, (t + 2) * 10 + i + 1));
  });
  return map;
})();

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
  return named && withVerses(text, s, named.end, named.book, n);
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
    while (w < k + 14 && (isLetter(text.charCodeAt(w)) || text.charCodeAt(w) === 45)) w++;
    const first = text.slice(k, w).toLowerCase();
    n = ORDINALS.get(first);
    const x = spaceRunEnd(text, w);
    if (n === undefined && x > w) {
      // "the fifty third chapter of Isaiah"
      w = x;
      while (w < x + 7 && isLetter(text.charCodeAt(w))) w++;
      n = ORDINALS.get(`${first}-${text.slice(x, w).toLowerCase()}`);
    }
  }
  const c = spaceRunEnd(text, w);
  const named = n !== undefined && n >= 1 && c > w ? chapterOfBook(text, c, n, caseInsensitive) : undefined;
  return named && { named, chapter: n! };
}

/**
 * The chapters named by an ordinal word before "chapter of" ("the eighth chapter of Romans"),
 * in text order: the finder visits digit runs, and these have none. One search for "hapter"
 * over the text; most text has none.
 */
export function ordinalWordChapters(text: string, caseInsensitive: boolean): ForwardMatch[] {
  const out: ForwardMatch[] = [];
  for (let h = text.indexOf('hapter', 1); h >= 0; h = text.indexOf('hapter', h + 6)) {
    const c = h - 1;
    if (!ofAt(text, h + 6)) continue;
    // Most words before "chapter" end as no ordinal does.
    const w = spaceRunStart(text, c);
    if (w === c || !endsLikeOrdinal(text, w)) continue;
    // The ordinal: one word, hyphenated or not ("fifty-third"), or two ("fifty third").
    let s = w;
    while (s > 0 && w - s <= 14 && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 45)) s--;
    let n = ORDINALS.get(text.slice(s, w).toLowerCase());
    if (n !== undefined && n < 10 && text.charCodeAt(s - 1) === 32) {
      let t = s - 1;
      while (t > 0 && s - t <= 8 && isLetter(text.charCodeAt(t - 1))) t--;
      const tens = ORDINALS.get(`${text.slice(t, s - 1).toLowerCase()}-first`);
      if (tens !== undefined) {
        n += tens - 1;
        s = t;
      }
    }
    if (n === undefined) continue;
    const found = ordinalChapter(text, s, c, n, caseInsensitive);
    if (found) out.push(found);
  }
  return out;
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
  if (last !== 101 && last !== 115 && last !== 46 && last !== 118 && last !== 114 && last !== 111)
    return undefined;
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
