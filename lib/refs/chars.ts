/**
 * Character tests on UTF-16 code units. The finder compares `charCodeAt` values instead of
 * running regular expressions or building strings: it visits every digit on every page, and
 * number comparisons keep that loop cheap.
 */

/** ASCII digit. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** ASCII capital letter. */
export const isUpper = (c: number): boolean => c >= 65 && c <= 90;
/** ASCII small letter. */
export const isLower = (c: number): boolean => c >= 97 && c <= 122;
/** ASCII letter: every book name and abbreviation is written in these. */
export const isLetter = (c: number): boolean => isUpper(c) || isLower(c);

/**
 * A letter of a book name or a word around one: ASCII, or a letter of Latin-1 ("é", "ñ",
 * "Á"), so Spanish names with accents ("Éxodo", "Gálatas") and words
 * ("versículo", "años") are read whole. Tested only after the ASCII test fails, so English
 * text pays one comparison at a word's end.
 */
export const isNameLetter = (c: number): boolean =>
  isLetter(c) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);

/** A capital among the name letters: A–Z and À–Þ ("É" of "Éxodo"). */
export const isNameUpper = (c: number): boolean => isUpper(c) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);

/** A small letter among the name letters: a–z and ß–ÿ ("í" of "Levítico"). */
export const isNameLower = (c: number): boolean => isLower(c) || (c >= 0xdf && c <= 0xff && c !== 0xf7);

const ACCENTS = /[\u0300-\u036f]/g;

/**
 * A word in small letters without its accents, as the name tables key it: "Éxodo" → "exodo",
 * "Gá" → "ga". ASCII words (all of English) come back from `toLowerCase` alone.
 */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return ascii(lower) ? lower : stripAccents(lower);
}

/** Whether `word` is all ASCII: kept small so the engine inlines it on the finder's hot path. */
function ascii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * The small letters of Latin-1 (U+00E0–U+00FF) without their accents, as a Unicode
 * decomposition leaves them: "á" → "a", "ñ" → "n"; "æ", "ð", "ø", "þ" and "÷" have no accent to
 * lose. A unit test checks every one against `normalize('NFD')`.
 */
const LATIN1_SMALL = 'aaaaaaæceeeeiiiiðnooooo÷øuuuuyþy';

/**
 * `word` (in small letters) without its accents. Letters of Latin-1, all Spanish needs, are
 * looked up: a Unicode normalisation costs about a microsecond a word, and the finder folds a
 * word at every Spanish name and every "capítulos después".
 */
function stripAccents(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0xc0) out += word[i];
    else if (c >= 0xe0 && c <= 0xff) out += LATIN1_SMALL[c - 0xe0];
    else return word.normalize('NFD').replace(ACCENTS, '');
  }
  return out;
}

/**
 * Spaces people type or paste between a book and its chapter: space, tab, line breaks,
 * no-break space, the typographic spaces U+2000–U+200A (thin, hair…), narrow no-break
 * space and the medium mathematical space.
 */
export const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  c === 160 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f;

/** Hyphen, U+2010 hyphen, non-breaking hyphen (U+2011), figure dash, en dash, em dash, minus. */
export const isDash = (c: number): boolean => c === 45 || (c >= 0x2010 && c <= 0x2014) || c === 0x2212;

/** Pages render a run of spaces and line breaks as one space; a longer run is layout, not a gap. */
const MAX_SPACE_RUN = 40;

/** The start of the whitespace run that ends at `end` (at most 40 characters back). */
export function spaceRunStart(text: string, end: number): number {
  let j = end;
  while (j > 0 && end - j < MAX_SPACE_RUN && isSpace(text.charCodeAt(j - 1))) j--;
  return j;
}

/**
 * Where a book name may end before a chapter or verse word at `i`: at a comma and spaces just
 * before it ("Romans, chapter 8", "Jude, verse 24"), else at `i`.
 */
export function commaBefore(text: string, i: number): number {
  const j = spaceRunStart(text, i);
  return j < i && text.charCodeAt(j - 1) === 44 ? j - 1 : i;
}

/**
 * Whether the word ending at `w` ends as every English ordinal does: "st", "nd", "rd" or "th"
 * ("first", "second", "third", "eighth", "fifty-third").
 */
export function endsLikeOrdinal(text: string, w: number): boolean {
  const two = ((text.charCodeAt(w - 2) | 32) << 8) | (text.charCodeAt(w - 1) | 32);
  return two === 0x7374 || two === 0x6e64 || two === 0x7264 || two === 0x7468;
}

/** Whether whitespace and then the word "of" and whitespace start at `i` (" of ", "\u00a0of "). */
export function ofAt(text: string, i: number): boolean {
  const o = spaceRunEnd(text, i);
  return (
    o > i && text.charCodeAt(o) === 111 && text.charCodeAt(o + 1) === 102 && isSpace(text.charCodeAt(o + 2))
  );
}

/**
 * Whether "capí" or "capi", in any case, ends at `h`: the start of "capítulo" before its "tulo",
 * tested on character codes, with no string made (it runs at every "título" of a Spanish page).
 */
export function capiBefore(text: string, h: number): boolean {
  const i = text.charCodeAt(h - 1) | 32;
  return (
    (text.charCodeAt(h - 4) | 32) === 99 &&
    (text.charCodeAt(h - 3) | 32) === 97 &&
    (text.charCodeAt(h - 2) | 32) === 112 &&
    (i === 105 || i === 0xed)
  );
}

/** Words that end a range of verses ("25 to 27", "4 al 6") or add one ("9 and 10", "26 y 27"). */
const RANGE_WORDS = ['to', 'through', 'al'];
const LIST_WORDS = ['and', '&', 'y'];

/**
 * The next number of a list of verses, after the number that ends at `i`: after a dash ("25–27"),
 * "to", "through" or "al" it ends a range; after a comma, "and", "&", "y" or ", and" it is
 * another verse ("9 and 10", "20, 21", "26 y 27"). Undefined where no number follows so.
 */
export function listStep(text: string, i: number): { next: number; range: boolean } | undefined {
  const c = text.charCodeAt(i);
  if (isDash(c)) return isDigit(text.charCodeAt(i + 1)) ? { next: i + 1, range: true } : undefined;
  const k = c === 44 ? i + 1 : i;
  const s = spaceRunEnd(text, k);
  let w = s;
  while (w < s + 7 && (isLetter(text.charCodeAt(w)) || text.charCodeAt(w) === 38)) w++;
  if (w === s) return c === 44 && isDigit(text.charCodeAt(s)) ? { next: s, range: false } : undefined;
  const word = text.slice(s, w);
  const range = c !== 44 && RANGE_WORDS.includes(word);
  if (s === k || (!range && !LIST_WORDS.includes(word))) return undefined;
  const d = spaceRunEnd(text, w);
  return d > w && isDigit(text.charCodeAt(d)) ? { next: d, range } : undefined;
}

/** The end of the whitespace run that starts at `start` (at most 40 characters on). */
export function spaceRunEnd(text: string, start: number): number {
  let j = start;
  while (j - start < MAX_SPACE_RUN && isSpace(text.charCodeAt(j))) j++;
  return j;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

/** Whether the code unit at `i` belongs to a word in any script ("é" in "Café 3" does). */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xc0) return isLetter(c) || isDigit(c);
  return NON_ASCII_WORD.test(text[i]!);
}

/** Characters that glue what follows into an address, a path or code: `a@b`, `x/y`, `a_b`, `#tag`. */
const GLUE = '@/\\_-#&=%~+';

/** Marks that Markdown, chat and hashtags put right before a reference: "_Heb 7:25_", "#John 3:16". */
const MARKUP = '#_/~*';

/**
 * Whether the glue character at `g` is markup around a reference rather than part of an address:
 * it stands at the start or after a space or bracket ("(#John 3:16)", "_Heb 7:25_"), not after
 * a word or other glue ("file_Heb", "a/John", "//John").
 */
export function markupBefore(text: string, g: number): boolean {
  if (!MARKUP.includes(text[g]!)) return false;
  // Doubled for bold or strike-through: "__Heb 7:25__", "~~Ps 23~~".
  while (g > 0 && text[g - 1] === text[g]) g--;
  if (g === 0) return true;
  const c = text.charCodeAt(g - 1);
  return isSpace(c) || c === 40 || c === 91 || c === 34 || c === 0x201c || c === 0x2018;
}

/** Whether a match may start at `i`: not inside a word, a number, an e-mail address or a URL. */
export function boundaryBefore(text: string, i: number): boolean {
  if (i === 0) return true;
  if (isWordChar(text, i - 1)) return false;
  const c = text.charCodeAt(i - 1);
  // A hyphen after a number or a space is range punctuation ("Heb 7:25-Rom 8:34"), not "pre-John".
  if (c === 45 && i > 1 && (isDigit(text.charCodeAt(i - 2)) || isSpace(text.charCodeAt(i - 2)))) return true;
  if (c < 128 && GLUE.includes(text[i - 1]!)) return markupBefore(text, i - 1);
  // "example.Heb" and "v2.John" are host names and identifiers, "mailto:Heb" a scheme; "end. Heb" has its space.
  return !((c === 46 || c === 58) && i > 1 && isWordChar(text, i - 2));
}

/** Superscript digits: footnote markers ("Heb 7:25¹"), not part of the number. */
const isSuperscript = (c: number) => c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);

/** Whether a match may end at `i`: the next character does not continue a word, number or address. */
export function boundaryAfter(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = text.charCodeAt(i);
  if (isWordChar(text, i) && !isSuperscript(c)) return false;
  // "Heb7.25@example.org", "John3:16/…", "Ruth 5%"; a full stop ends a sentence unless a word follows.
  if (c === 64 || c === 37) return false;
  // "/Romans 8:28/" and "_Heb 7:25_" close markup; "7:25/2" and "7:25_x" go on.
  if (c === 47 || c === 95) return i + 1 >= text.length || !isWordChar(text, i + 1);
  return !((c === 46 || c === 58) && i + 1 < text.length && isWordChar(text, i + 1));
}
