/**
 * Finding a reference for the keyboard commands: at the selection, else the first on screen;
 * the next or previous one in the page's order.
 */
import { liveRange } from './hit-test';
import type { FoundRef, RefRegistry } from './registry';
import { composedBefore } from './shadow';

/** The reference that the selection (or caret) starts in or covers. */
export function refAtSelection(doc: Document, registry: RefRegistry): FoundRef | undefined {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const atStart = registry.refAt(range.startContainer, range.startOffset);
  if (atStart) return atStart;
  if (range.collapsed) return undefined;
  // A selection that spans a whole reference (and more) opens the first one inside it.
  let best: { ref: FoundRef; top: number; left: number } | undefined;
  for (const ref of registry.all()) {
    const r = liveRange(doc, ref);
    if (
      range.compareBoundaryPoints(Range.START_TO_START, r) <= 0 &&
      range.compareBoundaryPoints(Range.END_TO_END, r) >= 0
    ) {
      const rect = r.getBoundingClientRect();
      if (!best || rect.top < best.top || (rect.top === best.top && rect.left < best.left)) {
        best = { ref, top: rect.top, left: rect.left };
      }
    }
  }
  return best?.ref;
}

/** The topmost, then leftmost, reference inside the viewport. */
export function firstRefOnScreen(doc: Document, registry: RefRegistry): FoundRef | undefined {
  const win = doc.defaultView;
  if (!win) return undefined;
  let best: { ref: FoundRef; top: number; left: number } | undefined;
  for (const ref of registry.all()) {
    const rect = liveRange(doc, ref).getBoundingClientRect();
    if (
      rect.width === 0 ||
      rect.bottom < 0 ||
      rect.top > win.innerHeight ||
      rect.right < 0 ||
      rect.left > win.innerWidth
    )
      continue;
    if (!best || rect.top < best.top || (rect.top === best.top && rect.left < best.left)) {
      best = { ref, top: rect.top, left: rect.left };
    }
  }
  return best?.ref;
}

/**
 * `refs` in page order. The registry yields them block by block in the order the scan met
 * them, which is page order but for blocks read again later, so the sort has little to do.
 */
export function inPageOrder(refs: Iterable<FoundRef>): FoundRef[] {
  return [...refs].sort((a, b) => (a === b ? 0 : before(a, b) ? -1 : 1));
}

/** Whether reference `a` starts before `b` in the page (shadow trees at their hosts' places). */
function before(a: FoundRef, b: FoundRef): boolean {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  if (x === y) return a.range.startOffset < b.range.startOffset;
  return composedBefore(x, y);
}

/**
 * The reference after (`direction` 1) or before (-1) `from` in the page's order, for the
 * next/previous commands; without `from`, the first on screen. Undefined past either end.
 */
export function refBeside(
  doc: Document,
  registry: RefRegistry,
  from: FoundRef | undefined,
  direction: 1 | -1,
): FoundRef | undefined {
  if (!from) return firstRefOnScreen(doc, registry);
  let best: FoundRef | undefined;
  for (const ref of registry.all()) {
    if (ref === from) continue;
    const ahead = direction === 1 ? before(from, ref) : before(ref, from);
    if (!ahead) continue;
    if (!best || (direction === 1 ? before(ref, best) : before(best, ref))) best = ref;
  }
  return best;
}
