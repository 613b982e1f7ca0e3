/**
 * The reference finder: finds Bible references in plain text however people write them,
 * validated against the versification. Pure — no DOM, no browser API — so it runs the same
 * in the content script, the popup, the background and Node.
 *
 * Most page text has no digits, and most digits are not chapters, so the finder visits only
 * digit runs and looks back from each for a book name (a map lookup of a few letters) before
 * reading anything forwards. Every step reads a bounded number of characters, so the time is
 * linear in the text whatever it contains.
 */
import { formatOsis } from '../bible/osis';
import type { LabelLanguage } from '../bible/book-names';
import { chaptersInWords, type ForwardMatch } from './forward-forms';
import { forwardMatch, matchAt, type FindOptions, type RefMatch } from './match-at';

export type { FindOptions, RefMatch } from './match-at';
export { translationCode } from './translation';

const NO_CODES: ReadonlySet<string> = new Set();

/**
 * Every reference in `text`, in order, never overlapping. Offsets are UTF-16 code units
 * (`text.slice(start, end) === match.text`), and `osis` follows openbibleinfo's forms:
 * `Heb.4.14-Heb.4.16`, `John.17`, `Matt.5-Matt.7`, `Rev.21.1-Rev.22.5`, `Phlm.1.6`,
 * `Rom.8.1,Rom.8.34,Rom.10.9`.
 */
export function findReferences(text: string, options: FindOptions = {}): RefMatch[] {
  const opts = {
    caseInsensitive: options.caseInsensitive ?? false,
    chapterOnly: options.chapterOnly ?? true,
    translationCodes: options.translationCodes ?? NO_CODES,
  };
  // References written without digits ("the eighth chapter of Romans", "Psalm twenty-three")
  // have none to start from; they are found first (most text has none) and taken in their place.
  const words = chaptersInWords(text, opts.caseInsensitive);
  const out: RefMatch[] = [];
  const digits = /\d+/g;
  let floor = 0;
  let next = 0;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    while (next < words.length && words[next]!.start < m.index)
      floor = take(text, words[next++]!, floor, opts, out);
    // Digits inside such a chapter's match: "the eighth chapter of Romans, verse 26".
    if (m.index < floor) {
      digits.lastIndex = floor;
      continue;
    }
    const match = matchAt(text, m.index, opts, floor);
    if (match) {
      out.push(match);
      floor = digits.lastIndex = match.end;
    }
  }
  while (next < words.length) floor = take(text, words[next++]!, floor, opts, out);
  return out;
}

/**
 * Adds a reference written without digits to `out` unless it starts inside the last match (which
 * ends at `floor`) or is a chapter alone where those are not read; returns the new floor.
 */
function take(text: string, word: ForwardMatch, floor: number, opts: FindOptions, out: RefMatch[]): number {
  const match = word.start >= floor ? forwardMatch(text, word, opts) : undefined;
  if (!match) return floor;
  out.push(match);
  return match.end;
}

/**
 * A display label for an OSIS id, which findReferences reads back to the same id: full book
 * names and en dashes — "Hebrews 4:14–16", "1 John 2:1", "Romans 8:1, 34; 10:9" — in English,
 * or in Spanish ("Hebreos 4:14–16", "1 Juan 2:1").
 * @throws OsisError for an id that is malformed or names a verse that does not exist.
 */
export function formatReference(osis: string, language: LabelLanguage = 'en'): string {
  return formatOsis(osis, language);
}
