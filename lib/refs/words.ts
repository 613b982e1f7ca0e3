/**
 * Words the finder reads around numbers: units that make a number a count, markers that make
 * the next number a verse, and book numbers written as the first word of a numbered name.
 */
import { BOOK_BY_NAME } from './book-names';
import { isDigit, isLetter, spaceRunEnd } from './chars';

/** Words that make a number a count ("Ruth 5 minutes", "Dan 3 points", "and 3 others"). */
export const UNITS = new Set(
  (
    'minutes minute mins min hours hour hrs hr seconds secs sec days day weeks week months month years ' +
    'year yrs points point pts goals runs votes seats stars laps rounds people persons men women kids ' +
    'children guys friends others more times percent km miles mi kg lbs pounds dollars euros items pages ' +
    'games members students players copies feet ft inches cm chapters tickets things ways reasons steps ' +
    'words lessons questions'
  ).split(' '),
);

/** Words that make the next number a verse: "and v. 41", ", vv. 3–5", "verses 26 and 27". */
export const VERSE_MARKERS = new Set(['v', 'vv', 'verse', 'verses', 'ver', 'vs', 'vss']);

/** The ASCII letters from `s`, as written. */
export function letters(text: string, s: number): string {
  let e = s;
  while (isLetter(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

/**
 * Whether the number that ends at `i` is a count or the number of a book rather than a verse
 * or chapter: a unit follows ("3 people", "5 of 7"), or a name that takes a book number
 * ("1 John", "2 Cor"). `loose` (after "Psalm 23. 4", in lists) also takes "of" as a count ("4 of us").
 */
export function countOrBookFollows(text: string, numberStart: number, i: number, loose = false): boolean {
  const s = spaceRunEnd(text, i);
  if (s > i + 2 || s === i) return false;
  const word = letters(text, s).toLowerCase();
  if (!word) return false;
  if (UNITS.has(word)) return true;
  // "Job 3 of 5" is a step; after a sentence's full stop, "4 of us" is a count.
  if (word === 'of' && (loose || isDigit(text.charCodeAt(spaceRunEnd(text, s + 2))))) return true;
  return i - numberStart === 1 && BOOK_BY_NAME.has(text[numberStart] + word);
}
