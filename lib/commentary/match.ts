/**
 * Which notes speak to a passage, best first: the note on exactly this passage, then notes
 * whose passages contain it, then notes that overlap it, then notes on the same chapter.
 * Pure: the background narrows the candidates with the `chapters` index, then ranks here.
 */
import { BOOKS } from '../bible/books';
import { canonOrder } from '../bible/order';
import { firstVerse, lastVerse, parseOsis } from '../bible/osis';

/** How a note relates to the asked passage, best first. */
export type MatchKind = 'exact' | 'contains' | 'overlaps' | 'chapter';

/** A note matched to a passage. */
export interface NoteMatch<T> {
  note: T;
  kind: MatchKind;
}

const RANK: Record<MatchKind, number> = { exact: 0, contains: 1, overlaps: 2, chapter: 3 };

/**
 * The verses of an OSIS id as sorted, merged [first, last] canon positions: touching or
 * overlapping spans become one, so `Heb.7.23-Heb.7.25,Heb.7.26` equals `Heb.7.23-Heb.7.26`.
 * @throws OsisError
 */
export function intervals(osis: string): [number, number][] {
  const spans = parseOsis(osis)
    .map((span): [number, number] => [canonOrder(firstVerse(span)), canonOrder(lastVerse(span))])
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = merged[merged.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  return merged;
}

/** The chapters an OSIS id touches, as `${bookIndex}.${chapter}` keys (the `chapters` index). */
export function chapterKeys(osis: string): string[] {
  const keys = new Set<string>();
  for (const span of parseOsis(osis)) {
    const from = firstVerse(span);
    const to = lastVerse(span);
    for (let b = from.book.index; b <= to.book.index; b++) {
      const first = b === from.book.index ? from.chapter : 1;
      const last = b === to.book.index ? to.chapter : BOOKS[b]!.verses.length;
      for (let c = first; c <= last; c++) keys.add(`${b}.${c}`);
    }
  }
  return [...keys];
}

/** The asked passage, prepared once for matching against many notes. */
interface Asked {
  spans: [number, number][];
  chapters: string[];
}

function kindOf(asked: Asked, passages: readonly string[]): MatchKind | undefined {
  const have = intervals(passages.join(','));
  const want = asked.spans;
  if (want.length === have.length && want.every(([a, b], i) => have[i]![0] === a && have[i]![1] === b)) {
    return 'exact';
  }
  if (want.every(([a, b]) => have.some(([s, e]) => s <= a && b <= e))) return 'contains';
  if (want.some(([a, b]) => have.some(([s, e]) => s <= b && a <= e))) return 'overlaps';
  const chapters = new Set(passages.flatMap(chapterKeys));
  return asked.chapters.some((c) => chapters.has(c)) ? 'chapter' : undefined;
}

function prepare(asked: string): Asked {
  return { spans: intervals(asked), chapters: chapterKeys(asked) };
}

/**
 * How a note's passages relate to the asked passage, or undefined when they share no chapter.
 * @throws OsisError for an invalid id.
 */
export function matchKind(asked: string, notePassages: readonly string[]): MatchKind | undefined {
  return kindOf(prepare(asked), notePassages);
}

/** How many verses a note's passages span in all; the narrower note wins a tie. */
export function noteWidth(passages: readonly string[]): number {
  return intervals(passages.join(',')).reduce((sum, [a, b]) => sum + (b - a + 1), 0);
}

/** Whether any match overlaps the passage (a same-chapter match does not). */
export function anyOverlap(matches: readonly NoteMatch<unknown>[]): boolean {
  return matches.some((m) => m.kind !== 'chapter');
}

/**
 * Every note that matches the passage, ranked: exact, contains, overlaps, same chapter;
 * within a kind the note spanning fewer verses first, then by id.
 * @throws OsisError for an invalid `asked`.
 */
export function rankNotes<T extends { id: string; passages: readonly string[] }>(
  asked: string,
  notes: readonly T[],
): NoteMatch<T>[] {
  const prepared = prepare(asked);
  return notes
    .map((note) => ({ note, kind: kindOf(prepared, note.passages), width: noteWidth(note.passages) }))
    .filter((m): m is { note: T; kind: MatchKind; width: number } => m.kind !== undefined)
    .sort(
      (x, y) =>
        RANK[x.kind] - RANK[y.kind] ||
        x.width - y.width ||
        (x.note.id < y.note.id ? -1 : x.note.id > y.note.id ? 1 : 0),
    )
    .map(({ note, kind }) => ({ note, kind }));
}
