/**
 * Chapters in Roman numerals, as older books print them and their transcriptions online keep
 * them: "Heb. vii. 25", "Rom. viii. 26, 27", "Ps. cxix. 105", "1 John ii. 1", "Gen. xviii. 23–33".
 * Read only with a verse in digits after the numeral (the finder visits digit runs), and only in
 * the numeral's canonical form, so words such as "mix" or "civil" never read as chapters.
 */
import { isDigit, isNameLetter, isSpace, spaceRunStart } from './chars';

/** The highest chapter of any book (Psalm 150, "cl"). */
const MAX_CHAPTER = 150;

/** The longest numeral up to 150: "cxxxviii" (138). */
const MAX_LENGTH = 8;

const VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** A full stop, comma or colon: what may stand between a numeral and its verse ("vii. 25"). */
const isSeparator = (c: number) => c === 46 || c === 44 || c === 58;

/** i, v, x, l, c in either case. */
function isRomanLetter(c: number): boolean {
  const lower = c | 32;
  return lower === 105 || lower === 118 || lower === 120 || lower === 108 || lower === 99;
}

/** The numeral's parts, largest first, subtractive pairs among them. */
const PARTS: readonly (readonly [number, string])[] = [
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** The canonical numeral of 1–150, in small letters ("cxix"). */
function numeral(n: number): string {
  let out = '';
  for (const [value, letters] of PARTS) {
    for (; n >= value; n -= value) out += letters;
  }
  return out;
}

/**
 * The value of a Roman numeral of 1–150 written in its canonical form, all in small letters or
 * all in capitals ("vii", "CXIX"); undefined for anything else ("iiii", "vx", "Vii", "mix").
 */
export function romanValue(run: string): number | undefined {
  if (run.length === 0 || run.length > MAX_LENGTH) return undefined;
  const lower = run.toLowerCase();
  if (run !== lower && run !== run.toUpperCase()) return undefined;
  let value = 0;
  for (let k = 0; k < lower.length; k++) {
    const v = VALUES[lower[k]!];
    if (v === undefined) return undefined;
    const next = VALUES[lower[k + 1] ?? ''] ?? 0;
    value += v < next ? -v : v;
  }
  return value >= 1 && value <= MAX_CHAPTER && numeral(value) === lower ? value : undefined;
}

/** A chapter in Roman numerals: its value, where the numeral starts, and whether in capitals. */
export interface RomanChapter {
  value: number;
  start: number;
  end: number;
  capitals: boolean;
}

/**
 * The numeral standing just before the verse digits at `p` ("vii. 25", "vii, 25", "vii: 25",
 * "vii 25"): a full stop, comma or colon and spaces between, at least one of them, and a word
 * boundary before it. Nothing before `floor` is read.
 */
export function romanBefore(text: string, p: number, floor: number): RomanChapter | undefined {
  const s = romanRunBefore(text, p, floor);
  if (s === undefined) return undefined;
  const e = romanRunEnd(text, s);
  const run = text.slice(s, e);
  const value = romanValue(run);
  return value === undefined ? undefined : { value, start: s, end: e, capitals: run !== run.toLowerCase() };
}

/**
 * Where a word of the letters i, v, x, l and c starts that stands before the digits at `p` as
 * `romanBefore` reads a numeral, whatever its value: all the first stage (probe.ts) asks.
 */
export function romanRunBefore(text: string, p: number, floor: number): number | undefined {
  let e = spaceRunStart(text, p);
  if (isSeparator(text.charCodeAt(e - 1))) e--;
  if (e === p) return undefined;
  let s = e;
  // Letters of numerals only, so the usual word before a number ("in 2019") stops at once.
  while (s > floor && e - s <= MAX_LENGTH && isRomanLetter(text.charCodeAt(s - 1))) s--;
  return s === e || s <= floor || isNameLetter(text.charCodeAt(s - 1)) ? undefined : s;
}

/** The end of the run of numeral letters at `s`. */
function romanRunEnd(text: string, s: number): number {
  let e = s;
  while (isRomanLetter(text.charCodeAt(e))) e++;
  return e;
}

/**
 * The numeral starting at `i` when verse digits follow it as `romanBefore` reads them: for the
 * parts of a list after the first ("Heb. vii. 25; ix. 24"). Returns where the digits start.
 */
export function romanAt(text: string, i: number): (RomanChapter & { digits: number }) | undefined {
  const e = romanRunEnd(text, i);
  if (e - i > MAX_LENGTH) return undefined;
  let d = e;
  if (isSeparator(text.charCodeAt(d))) d++;
  while (d - e < 4 && isSpace(text.charCodeAt(d))) d++;
  if (d === e || !isDigit(text.charCodeAt(d))) return undefined;
  // Read back as the finder reads a first part; nothing before `i` is looked at but its word boundary.
  const found = romanBefore(text, d, i - 1);
  return found && { ...found, digits: d };
}
