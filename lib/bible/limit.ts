/**
 * Bounds on how much of the Bible one request may carry. "Gen.1-Rev.22" names 31,102
 * verses; a card shows the start of such a passage, and the popup pages through it, so no
 * single answer ever holds more than a page of verses.
 */
import { atCanonOrder, canonOrder } from './order';
import { firstVerse, lastVerse, parseOsis, spansToOsis, type Span } from './osis';

/** The most verses one passage answer carries: a long chapter (Psalm 119 has 176) fits whole. */
export const MAX_PASSAGE_VERSES = 250;

/** How many verse slots the spans name, by the versification table. */
export function countVerses(spans: readonly Span[]): number {
  let total = 0;
  for (const span of spans) total += canonOrder(lastVerse(span)) - canonOrder(firstVerse(span)) + 1;
  return total;
}

/** A window onto a passage: the OSIS id of its verses `from`…`from + max - 1`, and its size. */
export interface PassagePage {
  /** The OSIS id of the page's verses (the whole passage when it fits). */
  osis: string;
  /** Verse slots on this page. */
  count: number;
  /** Verse slots in the whole passage. */
  total: number;
  /** The 0-based position of the page's first verse in the passage. */
  from: number;
  /** Whether the page is the whole passage. */
  whole: boolean;
}

/**
 * The page of `osis` that starts `from` verses in and holds at most `max` verses.
 * @throws OsisError for a malformed id, RangeError when `from` is past the end
 */
export function pageOf(osis: string, from = 0, max = MAX_PASSAGE_VERSES): PassagePage {
  const spans = parseOsis(osis);
  const total = countVerses(spans);
  if (from === 0 && total <= max) return { osis, count: total, total, from, whole: true };
  if (from < 0 || from >= total)
    throw new RangeError(`The passage has ${total} verses; none starts at ${from + 1}`);
  const out: Span[] = [];
  let skip = from;
  let room = max;
  for (const span of spans) {
    if (room === 0) break;
    const start = canonOrder(firstVerse(span));
    const size = canonOrder(lastVerse(span)) - start + 1;
    if (skip >= size) {
      skip -= size;
      continue;
    }
    const first = start + skip;
    const last = Math.min(start + size - 1, first + room - 1);
    room -= last - first + 1;
    skip = 0;
    out.push({ start: atCanonOrder(first), end: atCanonOrder(last) });
  }
  return { osis: spansToOsis(out), count: max - room, total, from, whole: false };
}
