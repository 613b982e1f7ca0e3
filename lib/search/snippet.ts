/**
 * The text a search result shows: the verse (cut around its first match when it is long)
 * with the ranges of the words that matched, which the popup wraps in <mark> elements as
 * text nodes (never innerHTML, so verse text can never become markup).
 */
import { tokenize, type Language } from './tokenize';

/** A verse's text with the `[start, end)` ranges of its matched words. */
export interface Snippet {
  text: string;
  marks: [number, number][];
}

/** Longer verses are cut to about this many characters around their first match. */
const SNIPPET_LENGTH = 240;

/** How much text stays before the first match when a verse is cut. */
const LEAD = 60;

/** Marks the words of `text` whose term is one of `terms`, cutting long verses to `max` characters. */
export function makeSnippet(
  text: string,
  terms: ReadonlySet<string>,
  max = SNIPPET_LENGTH,
  language: Language = 'en',
): Snippet {
  const marks = tokenize(text, language)
    .filter((t) => terms.has(t.term))
    .map((t): [number, number] => [t.start, t.end]);
  if (text.length <= max) return { text, marks };
  const first = marks[0]?.[0] ?? 0;
  let from = Math.max(0, Math.min(first - LEAD, text.length - max));
  if (from > 0) from = wordStartAfter(text, from);
  let to = Math.min(text.length, from + max);
  if (to < text.length) to = wordEndBefore(text, to);
  const head = from > 0 ? '…' : '';
  const tail = to < text.length ? '…' : '';
  const shift = head.length - from;
  return {
    text: head + text.slice(from, to) + tail,
    marks: marks
      .filter(([s, e]) => s >= from && e <= to)
      .map(([s, e]): [number, number] => [s + shift, e + shift]),
  };
}

function wordStartAfter(text: string, i: number): number {
  const space = text.indexOf(' ', i);
  return space < 0 ? i : space + 1;
}

function wordEndBefore(text: string, i: number): number {
  const space = text.lastIndexOf(' ', i);
  return space <= 0 ? i : space;
}

/** Splits a snippet into plain and marked pieces, in order, for rendering as text nodes. */
export function snippetParts(snippet: Snippet): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [s, e] of snippet.marks) {
    if (s < at || e > snippet.text.length) continue;
    if (s > at) parts.push({ text: snippet.text.slice(at, s), marked: false });
    parts.push({ text: snippet.text.slice(s, e), marked: true });
    at = e;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), marked: false });
  return parts;
}

/** The longest quotation a "matched in …" note carries (characters). */
const QUOTE_LENGTH = 80;

/**
 * The words of `text` that matched, for a note saying where they matched ("an advocate with
 * the Father"): the longest run of matched words in a row, with the word before it, cut at
 * a word's end after `max` characters. Undefined when nothing in `text` matched.
 */
export function matchedQuote(
  text: string,
  terms: ReadonlySet<string>,
  max = QUOTE_LENGTH,
  language: Language = 'en',
): string | undefined {
  const tokens = tokenize(text, language);
  let best: [number, number] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (!terms.has(tokens[i]!.term)) continue;
    let j = i;
    while (j + 1 < tokens.length && terms.has(tokens[j + 1]!.term)) j++;
    if (!best || j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  if (!best) return undefined;
  const from = tokens[Math.max(0, best[0] - 1)]!.start;
  let to = best[0];
  while (to < best[1] && tokens[to + 1]!.end - from <= max) to++;
  return text.slice(from, tokens[to]!.end);
}
