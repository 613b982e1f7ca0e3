/** Which found reference lies under the pointer, without any element of ours on the page. */
import type { FoundRef, RefRegistry } from './registry';

/** A caret position: the text node and offset nearest a point. */
export interface Caret {
  node: Node;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret at a viewport point, by whichever API the browser has. */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** A live Range over a found reference, for measuring it. */
export function liveRange(doc: Document, ref: FoundRef): Range {
  const range = doc.createRange();
  range.setStart(ref.range.startContainer, ref.range.startOffset);
  range.setEnd(ref.range.endContainer, ref.range.endOffset);
  return range;
}

/**
 * The reference under a viewport point. The caret APIs snap to the nearest text, so the
 * point must also fall inside one of the reference's line boxes.
 */
export function refAtPoint(doc: Document, registry: RefRegistry, x: number, y: number): FoundRef | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const ref = registry.refAt(caret.node, caret.offset);
  if (!ref) return undefined;
  for (const rect of liveRange(doc, ref).getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return ref;
  }
  return undefined;
}
