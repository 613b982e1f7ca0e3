/**
 * The first look at a page: could its text hold a reference at all? It is asked on every page
 * before the finder and the page code load, so it carries no tables but the last words of the
 * book names (1 KB), and it answers yes to every text the finder would read a reference in:
 * `findReferences(text).length > 0` implies `mayHoldReference(text)` (tested over every table
 * case and fixture). A yes on a page without references only costs the page what it costs
 * without the probe.
 *
 * It follows the finder's ways in. Nearly every reference starts at a digit run, with a book name
 * before it (the look-back: spaces, an optional full stop, the name; a marker such as "chapter"
 * or "v." may stand between, or a chapter in Roman numerals: "Heb. vii. 25") or a chapter named
 * before its book ("the 23rd Psalm", "chapter 3 of John"); the rest name a chapter by an ordinal
 * word ("the eighth chapter of Romans"), found by one search for "chapter of". The probe reads text joined from many
 * elements (`textContent`), where words of neighbouring elements may touch ("SeeJohn 3:16"), so every ending of the letters before a
 * number is tried, not only the whole word.
 */
import {
  capiBefore,
  commaBefore,
  endsLikeOrdinal,
  fold,
  isDigit,
  isLetter,
  isNameLetter,
  isNameLower,
  isNameUpper,
  isSpace,
  listStep,
  ofAt,
  spaceRunEnd,
  spaceRunStart,
} from './chars';
import { romanRunBefore } from './roman';

/**
 * The last word of every book name and abbreviation the finder knows, lower case ("john" of
 * "1 John", "songs" of "Song of Songs"), and the ambiguous ones ("is", "am"). Kept in step with
 * lib/refs/book-names.ts by a unit test, which prints the new list when they differ.
 */
const NAME_WORDS =
  'abd abdias ac act acts am amos ap apoc apocalipsis apostles apostoles cant cantares ' +
  'canticles ch chr chron chronicles cnt co col colosenses colossians cor corinthians corintios ' +
  'cr cronicas da dan daniel deu deut deuteronomio deuteronomy dn dt ec ecc eccl eccles ' +
  'ecclesiastes ecl eclesiastes ef efesios eph ephes ephesians es esd esdras est ester esth ' +
  'esther ex exo exod exodo exodus ez eze ezek ezekiel ezequiel ezk ezr ezra fil filemon ' +
  'filipenses flm flp ga gal galatas galatians ge gen genesis gn ha hab habacuc habakkuk hag ' +
  'hageo haggai hb hch he heb hebreos hebrews hechos hg ho hos hosea is isa isaiah isaias jam ' +
  'james jas jb jdg jdgs je jer jeremiah jeremias jg jgs jhn jl jm jms jn jnh jno jo job joel ' +
  'joh john jon jonah jonas jos josh joshua josue jr jsh juan jud judas jude judg judges jue ' +
  'jueces kgs ki kin kings la lam lamentaciones lamentations lc le lev levitico leviticus lk lm ' +
  'lu lucas luk luke lv mal malachi malaquias marcos mark mat mateo matt matthew mc mi mic ' +
  'micah miqueas mk ml mr mrk mt na nah nahum nb ne neh nehemiah nehemias nm nu num numbers ' +
  'numeros ob obad obadiah os oseas p pe pedro pet peter phil philem philemon philippians phlm ' +
  'phm php pr pro prov proverbios proverbs prv ps psa psalm psalms pslm psm pss pt qoh qoheleth ' +
  'r re rev revelation revelations reyes rm ro rom romanos romans rth ru rut ruth rv s sa sal ' +
  'salmo salmos sam samuel sant santiago sg sm sof sofonias sol solomon song songs stg tes ' +
  'tesalonicenses th thes thess thessalonians ti tim timoteo timothy tit tito titus tm ts zac ' +
  'zacarias zc zec zech zechariah zep zeph zephaniah zp';

/**
 * The words among NAME_WORDS that the finder reads only with a capital unless case-insensitive
 * matching is on ("Mark 4", never "mark 4"; "Is 53:5", never "is 53"): in small letters they
 * are English or Spanish words ("sal", "marcos"). Kept in step with book-names.ts by the same test.
 */
const CAPITAL_WORDS =
  'ac act am amos ap col da dan ec ef es est ester ex ez ezra fil ga gal ge ha hag hb he ho ' +
  'hosea is jam je jm job joel jud judas jude judges la lam lc le lm lu lucas lv mal marcos ' +
  'mark mat mateo mc mi micah mr na nah nb ne nm nu numbers ob os pr pro re rev ro ru rut ruth ' +
  'rv sal sant santiago sg sof song tit tito titus zac';

/**
 * Words between a book and its number: "Proverbs chapter 3", "Philemon v. 6", "Juan capítulo
 * 3" (find-book.ts).
 */
const MARKER_WORDS =
  'chapter chapters chap chaps ch chs verse ver v vv verses capitulo capitulos cap caps versiculo versiculos vers';

/**
 * The verse words the finder reads before "of" and a book (words.ts VERSE_MARKERS, kept in step
 * by the same test as the other lists).
 */
const VERSE_WORDS = 'v vv verse verses ver vs vss versiculo versiculos vers';

/**
 * Names that are everyday English or Spanish words ("Is 2 enough?", "Es 5 veces"): read only
 * with a verse (AMBIGUOUS).
 */
const AMBIGUOUS_WORDS = 'is am act he ha os es';

/** The most chapters of any book (Psalms); a one-chapter book's verses are fewer. */
const MAX_CHAPTER = 150;

/** The most verses of any chapter (Psalm 119). */
const MAX_VERSE = 176;

/** Longest name the finder reads back ("thessalonians"; its limit is 16 letters). */
const MAX_NAME = 16;

/** The word lists as sets, made the first time a number has letters before it (most pages' text has none). */
let sets:
  | {
      names: Set<string>;
      capitals: Set<string>;
      markers: Set<string>;
      ambiguous: Set<string>;
      verses: Set<string>;
    }
  | undefined;

const words = (list: string) => new Set(list.split(' '));

function wordSets(): NonNullable<typeof sets> {
  return (sets ??= {
    names: words(NAME_WORDS),
    capitals: words(CAPITAL_WORDS),
    markers: words(MARKER_WORDS),
    verses: words(VERSE_WORDS),
    ambiguous: words(AMBIGUOUS_WORDS),
  });
}

/** The word lists, for the test that keeps them in step with the finder's tables. */
export const PROBE_WORDS = {
  names: NAME_WORDS,
  capitals: CAPITAL_WORDS,
  markers: MARKER_WORDS,
  ambiguous: AMBIGUOUS_WORDS,
  verses: VERSE_WORDS,
} as const;

/**
 * Whether `text` may hold a reference the finder would read with these options: never false
 * where findReferences finds one, and false for most text without references.
 */
export function mayHoldReference(text: string, caseInsensitive: boolean): boolean {
  const digits = /\d+/g;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    const n = Number(m[0]);
    const p = m.index;
    // After a Roman chapter ("Heb. vii. 25", roman.ts) the digits are a verse (at most 176).
    if (n >= 1 && n <= MAX_VERSE) {
      const roman = romanRunBefore(text, p, 0);
      if (roman !== undefined && nameBefore(text, roman, roman, caseInsensitive, 0, true)) return true;
    }
    // The digits after a book are a chapter (at most 150) or, in a one-chapter book, a verse.
    if (n < 1 || n > MAX_CHAPTER) continue;
    const e = p + m[0].length;
    if (nameBefore(text, p, e, caseInsensitive, 0) || forwardForm(text, p, e, caseInsensitive)) return true;
    if (verseOfBook(text, p, e)) return true;
  }
  return ordinalChapterWord(text);
}

/**
 * "the eighth chapter of Romans", "the twenty-third Psalm" (forward-forms.ts
 * `ordinalWordChapters`), which have no digits: "chapter of" or "Psalm" after a word ending as
 * every English ordinal does ("first", "second", "third", "fifty-third", "eighth").
 */
function ordinalChapterWord(text: string): boolean {
  WORD_FORMS.lastIndex = 0;
  for (let m = WORD_FORMS.exec(text); m; m = WORD_FORMS.exec(text)) {
    const h = m.index;
    const first = text.charCodeAt(h);
    if (first === 104) {
      // "the eighth chapter of", "Romans chapter eight", "chapters nine to eleven"
      const w = spaceRunStart(text, h - 1);
      if (ofAt(text, h + 6) && w < h - 1 && endsLikeOrdinal(text, w)) return true;
      if (numberWordAfter(text, text.charCodeAt(h + 6) === 115 ? h + 7 : h + 6)) return true;
    } else if (first === 116) {
      // Spanish: "Romanos capítulo ocho", "el octavo capítulo de Romanos"
      if (!capiBefore(text, h)) continue;
      const w = spaceRunStart(text, h - 4);
      let s = w;
      while (s > 0 && w - s < 14 && isNameLetter(text.charCodeAt(s - 1))) s--;
      if (SPANISH_NUMBER.test(fold(text.slice(s, w)))) return true;
      if (numberWordAfter(text, text.charCodeAt(h + 4) === 115 ? h + 5 : h + 4)) return true;
    } else if (text.charCodeAt(h - 1) === 115) {
      // "the twenty-third Psalm", "Psalm twenty-three" (the "alm" of "Psalm")
      const p = h - 2;
      const w = spaceRunStart(text, p);
      if ((text.charCodeAt(p) | 32) === 112 && w < p && endsLikeOrdinal(text, w)) return true;
      if (text.charCodeAt(p) === 80 && numberWordAfter(text, h + 3)) return true;
    } else if (
      text.charCodeAt(h - 1) === 83 &&
      text.charCodeAt(h + 3) === 111 &&
      numberWordAfter(text, h + 4)
    )
      return true; // "el Salmo veintitrés"
  }
  return false;
}

/** The words every reference without digits has (forward-forms.ts `chaptersInWords`). */
const WORD_FORMS = /hapter|alm|tulo/g;

/** The first letters of every Spanish number and ordinal in words the finder reads, without accents. */
const SPANISH_NUMBER =
  /^(?:un(?:o|d|[^a-z]|$)|dos|tre|cua|cin|sei|ses|siet|set|och|nueve|nov|die[zc]|onc|doc|cato|quin|vei|cien|prim|segun|terc|sex|sept|oct|decim|duod)/;

/** The first letters of every number in words the finder reads ("eight", "twenty-three", "a hundred"). */
const NUMBER_WORD = /^(?:one|two|thre|four|fiv|six|sev|eig|nin|ten|elev|twe|thir|fif|fort|hun|a hun)/i;

/**
 * Whether a number in words, English or Spanish, follows the word that ends at `i`: "Romans
 * chapter eight", "chapter eight of Romans", "Psalm twenty-three", "capítulo octavo", "Salmo
 * veintitrés" (forward-forms.ts `cardinalChapter`, `cardinalPsalm`, `spanishChapter`).
 */
function numberWordAfter(text: string, i: number): boolean {
  const s = spaceRunEnd(text, i);
  const word = text.slice(s, s + 5);
  return s > i && (NUMBER_WORD.test(word) || SPANISH_NUMBER.test(fold(word)));
}

/**
 * Whether a book name (or a marker with a book name before it) ends just before the digits
 * [p, e), with only spaces and a full stop between: the finder's look-back, without its finer
 * refusals. Where the finder reads a name only with a chapter and verse ("Is 53:5", "jer 31:22",
 * "Jn3:16"), so does the probe.
 */
function nameBefore(
  text: string,
  p: number,
  e: number,
  caseInsensitive: boolean,
  depth: number,
  verse = false,
): boolean {
  let j = spaceRunStart(text, p);
  if (text.charCodeAt(j - 1) === 46) j--; // "Exod. 32"
  let w = j;
  while (w > 0 && j - w < MAX_NAME && isNameLetter(text.charCodeAt(w - 1))) w--;
  if (w === j) return false;
  const { names, capitals, markers, ambiguous } = wordSets();
  const run = text.slice(w, j);
  // Without accents, as the names are kept ("Éxodo" → "exodo"; Latin-1 letters keep their places).
  const lower = fold(run);
  // A name before a marker is never read as touching its number (find-book.ts), even touching the
  // marker or before its comma ("Romans, chapter 8").
  const attached = depth === 0 && j === p;
  // The whole word, and every ending of it where a capital follows a small letter: the words
  // of two elements touch in textContent ("SeeJohn 3:16"); "Mach 3.0" and "DEC 5" are no seams.
  for (let k = lower.length - 1; k >= 0; k--) {
    if (k > 0 && !(isNameLower(run.charCodeAt(k - 1)) && isNameUpper(run.charCodeAt(k)))) continue;
    const word = lower.slice(k);
    if (names.has(word)) {
      const small = isNameLower(run.charCodeAt(k));
      if (small && !caseInsensitive && capitals.has(word)) continue;
      // "OS 10.6", "macOS 14.1": an ambiguous name in two capitals is never read ("Os 6:6" is).
      const caps = word.length === 2 && !isNameLower(run.charCodeAt(k + 1));
      if (caps && !caseInsensitive && ambiguous.has(word)) continue;
      // One letter ("1 S 16:7") is read only as a capital after a book number and before a space
      // ("XRandR 1.2", "X11R6.1" and the SVG path "3 2s1.3" are none).
      if (
        word.length === 1 &&
        (attached || (small && !caseInsensitive) || !(k === 0 && numberEndsBefore(text, w)))
      )
        continue;
      // One letter ("1 S 16:7") is a book only with a chapter and verse.
      const weak = attached || ambiguous.has(word) || word.length === 1 || (small && !caseInsensitive);
      if (!weak || verse || verseFollows(text, e)) return true;
    }
    if (depth === 0 && markers.has(word) && nameBefore(text, commaBefore(text, w + k), e, caseInsensitive, 1))
      return true;
  }
  return false;
}

/**
 * Whether a book number may end just before the letter at `i` — a digit ("2S", "1 S"), "ª" or
 * "º", or the last letter of a numeral or ordinal word ("I", "Primera", "1ra", "de") — where the
 * finder reads one letter as a book ("1 S 16:7").
 */
function numberEndsBefore(text: string, i: number): boolean {
  if (isDigit(text.charCodeAt(i - 1))) return true;
  const q = spaceRunStart(text, i);
  const c = text.charCodeAt(q - 1);
  if (q === i || q === 0) return false;
  return isDigit(c) || c === 0xaa || c === 0xba || 'itdaore'.includes(text[q - 1]!.toLowerCase());
}

/**
 * Whether a verse follows the chapter that ends at `e` ("3:16", "3.16", "5 : 3", "8: 28", and
 * Spanish "3,16").
 */
function verseFollows(text: string, e: number): boolean {
  if (text.charCodeAt(e) === 44 && isDigit(text.charCodeAt(e + 1))) return true;
  let k = e;
  if (isSpace(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  if (c !== 58 && c !== 46) return false;
  k++;
  for (let n = 0; n < 2 && isSpace(text.charCodeAt(k)); n++) k++;
  return isDigit(text.charCodeAt(k));
}

/**
 * "the 23rd Psalm", "chapter 3 of John", "capítulo 3 de Juan": a chapter named before its book
 * (forward-forms.ts).
 */
function forwardForm(text: string, p: number, e: number, caseInsensitive: boolean): boolean {
  if (isLetter(text.charCodeAt(e))) {
    return /^(?:st|nd|rd|th) [Pp]salm/.test(text.slice(e, e + 9));
  }
  if (text.charCodeAt(p - 1) !== 32) return false;
  // The book comes next, with a capital or its number unless any case is read ("chapter 5 of my book").
  const next = text.charCodeAt(spaceRunEnd(text, e + 4));
  if (!caseInsensitive && !isNameUpper(next) && !isDigit(next)) return false;
  const j = spaceRunStart(text, p);
  const joiner = text.slice(e, e + 4);
  if (joiner === ' of ') return text.slice(j - 7, j) === 'chapter';
  return joiner === ' de ' && fold(text.slice(j - 8, j)) === 'capitulo';
}

/**
 * "verse 24 of Jude", "vv. 25–27 of Jude", "verses 20 and 21 of Jude", "versículos 20 y 21 de
 * Judas" (forward-forms.ts `verseOf`): verses named before a one-chapter book, which has no
 * chapter's number after it to look back from.
 */
function verseOfBook(text: string, p: number, e: number): boolean {
  let k = e;
  for (let n = 0, step = listStep(text, k); step && n < 20; n++, step = listStep(text, k))
    for (k = step.next; isDigit(text.charCodeAt(k)); k++);
  const o = spaceRunEnd(text, k);
  const joiner = text.slice(o, o + 2);
  if (o === k || (joiner !== 'of' && joiner !== 'de') || !isSpace(text.charCodeAt(o + 2))) return false;
  let m = spaceRunStart(text, p);
  if (m === p) return false;
  if (text.charCodeAt(m - 1) === 46) m--;
  let s = m;
  while (s > 0 && m - s < 10 && isNameLetter(text.charCodeAt(s - 1))) s--;
  return wordSets().verses.has(fold(text.slice(s, m)));
}
