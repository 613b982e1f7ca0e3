/**
 * Which notes speak to a passage, best first: the note on exactly this passage, then notes
 * whose passages contain it, then notes that overlap it, then notes on the same chapter.
 */
import { BOOKS } from '../bible/books';
import { firstVerse, lastVerse, parseOsis, type VersePosition } from '../bible/osis';

/** How a note relates to the asked passage, best first. */
export type MatchKind = 'exact' | 'contains' | 'overlaps' | 'chapter';

const RANK: Record<MatchKind, number> = { exact: 0, contains: 1, overlaps: 2, chapter: 3 };

/** Where each chapter starts in a count of every verse of the canon, built once. */
const CHAPTER_START: number[][] = (() => {
  let n = 0;
  return BOOKS.map((book) =>
    book.verses.map((count) => {
      const start = n;
      n += count;
      return start;
    }),
  );
})();

/** A verse as its position in the whole canon, so widths count verses across chapters. */
function key(v: VersePosition): number {
  return CHAPTER_START[v.book.index]![v.chapter - 1]! + v.verse;
}

/** [first, last] verse keys of each span of an OSIS id. */
export function intervals(osis: string): [number, number][] {
  return parseOsis(osis).map((span) => [key(firstVerse(span)), key(lastVerse(span))]);
}

/** The chapters an OSIS id touches, as `${bookIndex}.${chapter}` keys. */
export function chapterKeys(osis: string): string[] {
  const keys = new Set<string>();
  for (const span of parseOsis(osis)) {
    const from = firstVerse(span);
    const to = lastVerse(span);
    for (let b = from.book.index; b <= to.book.index; b++) {
      const first = b === from.book.index ? from.chapter : 1;
      const last = b === to.book.index ? to.chapter : 150;
      for (let c = first; c <= last; c++) keys.add(`${b}.${c}`);
    }
  }
  return [...keys];
}

/** How a note's passages relate to the asked passage, or undefined when they don't. */
export function matchKind(asked: string, notePassages: readonly string[]): MatchKind | undefined {
  const want = intervals(asked);
  const have = notePassages.flatMap(intervals);
  const sameSet =
    want.length === have.length && want.every(([a, b], i) => have[i]![0] === a && have[i]![1] === b);
  if (sameSet) return 'exact';
  if (want.every(([a, b]) => have.some(([s, e]) => s <= a && b <= e))) return 'contains';
  if (want.some(([a, b]) => have.some(([s, e]) => s <= b && a <= e))) return 'overlaps';
  const chapters = new Set(notePassages.flatMap(chapterKeys));
  if (chapterKeys(asked).some((c) => chapters.has(c))) return 'chapter';
  return undefined;
}

/** Notes ranked for a passage; ties go to the note with the narrower passages, then by id. */
export function rankNotes<T extends { id: string; passages: readonly string[] }>(
  asked: string,
  notes: readonly T[],
): { note: T; kind: MatchKind }[] {
  const width = (n: T) => n.passages.flatMap(intervals).reduce((sum, [a, b]) => sum + (b - a), 0);
  return notes
    .map((note) => ({ note, kind: matchKind(asked, note.passages) }))
    .filter((m): m is { note: T; kind: MatchKind } => m.kind !== undefined)
    .sort(
      (x, y) =>
        RANK[x.kind] - RANK[y.kind] || width(x.note) - width(y.note) || x.note.id.localeCompare(y.note.id),
    );
}
