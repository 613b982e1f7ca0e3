/**
 * Two translations side by side: which second translation is in force, and a passage in both
 * lined up verse by verse. Translations keep their own versification (a verse one has and the
 * other leaves empty, a chapter one numbers longer), so verses are paired by their number,
 * never by their place in the list: a verse missing on one side shows as absent there and
 * everything after it stays beside its own number.
 */
import { getBook } from './books';
import type { Passage, Verse } from './passage';
import type { TranslationId } from './translations';

/**
 * The translation shown beside `first`, or undefined when there is none: the setting's 'none',
 * or the first translation again (a reader who switches the first to what was second reads it once).
 */
export function secondShown(first: TranslationId, second: TranslationId | 'none'): TranslationId | undefined {
  return second === 'none' || second === first ? undefined : second;
}

/** One verse number of a passage in two translations; a side is undefined where its translation has no such verse. */
export interface ParallelRow {
  /** `Book.chapter.verse`, unique within a passage. */
  id: string;
  chapter: number;
  verse: number;
  first?: Verse;
  second?: Verse;
}

/** Where a verse sits in the canon, to order verses one side has and the other lacks. */
function compare(a: Verse, b: Verse): number {
  const bookA = getBook(a.book)?.index ?? 0;
  const bookB = getBook(b.book)?.index ?? 0;
  return bookA - bookB || a.chapter - b.chapter || a.verse - b.verse;
}

function verseId(v: Verse): string {
  return `${v.book}.${v.chapter}.${v.verse}`;
}

/**
 * The verses of `first` and `second` (the same passage in two translations) paired by verse
 * number, in the passage's order. Equal numbers pair; where they differ, the verse that comes
 * first in the canon stands alone, so a gap on one side never shifts the other.
 */
export function alignVerses(first: Passage, second: Passage): ParallelRow[] {
  const a = first.verses;
  const b = second.verses;
  const rows: ParallelRow[] = [];
  let i = 0;
  let j = 0;
  const row = (v: Verse, sides: Pick<ParallelRow, 'first' | 'second'>): ParallelRow => ({
    id: verseId(v),
    chapter: v.chapter,
    verse: v.verse,
    ...sides,
  });
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x && y && verseId(x) === verseId(y)) {
      rows.push(row(x, { first: x, second: y }));
      i++;
      j++;
    } else if (x && (!y || compare(x, y) < 0)) {
      rows.push(row(x, { first: x }));
      i++;
    } else {
      rows.push(row(y!, { second: y }));
      j++;
    }
  }
  return rows;
}
