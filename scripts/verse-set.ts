/**
 * The verses an OSIS id covers, written one way whatever its style: "Gen.1", "Gen.1.1-Gen.1.31"
 * and "Gen.1.1-31" all cover the same verses. The comparison scripts use it so that two readers'
 * compaction and combination styles do not count as disagreements.
 */
import { BOOKS, getBook } from '../lib/bible/books';

/** Where each chapter's first verse falls in one count of all verses, by book id. */
const OFFSETS = (() => {
  const map = new Map<string, number[]>();
  let n = 0;
  for (const b of BOOKS) {
    const starts: number[] = [];
    for (const count of b.verses) {
      starts.push(n);
      n += count;
    }
    map.set(b.id, starts);
  }
  return map;
})();

/** The first and last verse of "Book", "Book.C" or "Book.C.V", past-the-end numbers clamped. */
function pointRange(p: string, book?: string): [number, number] | undefined {
  const parts = p.split('.');
  // "Gen.1.1-31": a range end may leave out the book and chapter.
  if (book && /^\d+$/.test(parts[0]!)) parts.unshift(...book.split('.'));
  const [id, c, v] = parts;
  const b = getBook(id ?? '');
  if (!b) return undefined;
  const starts = OFFSETS.get(b.id)!;
  const last = b.verses.length;
  if (c === undefined) return [starts[0]!, starts[last - 1]! + b.verses[last - 1]! - 1];
  const ch = Math.min(Math.max(Number(c), 1), last);
  const base = starts[ch - 1]!;
  const count = b.verses[ch - 1]!;
  if (v === undefined) return [base, base + count - 1];
  const verse = Math.min(Math.max(Number(v), 1), count);
  return [base + verse - 1, base + verse - 1];
}

/** The merged verse intervals an OSIS id covers, as text ("1-31,50-52"), or "unreadable …". */
export function verseSet(osis: string): string {
  const spans: [number, number][] = [];
  for (const part of osis.split(',').filter(Boolean)) {
    const [a, b] = part.split('-');
    const from = pointRange(a!);
    const to = b
      ? pointRange(
          b,
          a!
            .split('.')
            .slice(0, b.split('.').length === 1 ? 2 : 1)
            .join('.'),
        )
      : from;
    if (!from || !to) return `unreadable ${osis}`;
    spans.push([from[0], to[1]]);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1] + 1) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  return merged.map(([x, y]) => `${x}-${y}`).join(',');
}
