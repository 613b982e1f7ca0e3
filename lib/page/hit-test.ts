/** Which found reference lies under the pointer, without any element of ours on the page. */
import { blockContainerOf } from './blocks';
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
 *
 * Text inside a shadow tree is out of the caret APIs' reach in Chromium (they answer with the
 * host), so there the element under the point is found shadow root by shadow root and the
 * references of its block are measured. `onShadowRoot` hears of each shadow root passed on the
 * way, so one attached after the page was read is read too.
 */
export function refAtPoint(
  doc: Document,
  registry: RefRegistry,
  x: number,
  y: number,
  onShadowRoot?: (shadow: ShadowRoot) => void,
): FoundRef | undefined {
  const caret = caretAt(doc, x, y);
  if (caret && caret.node.nodeType === Node.TEXT_NODE) {
    const ref = registry.refAt(caret.node, caret.offset);
    return ref && covers(doc, ref, x, y) ? ref : undefined;
  }
  // No text at the point: in Chromium, the point may be over a host's shadow tree.
  return shadowRefAt(doc, registry, x, y, onShadowRoot);
}

/** Whether the point falls inside one of the reference's line boxes. */
function covers(doc: Document, ref: FoundRef, x: number, y: number): boolean {
  for (const rect of liveRange(doc, ref).getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** The reference under the point inside a shadow tree, if the element there is in one. */
function shadowRefAt(
  doc: Document,
  registry: RefRegistry,
  x: number,
  y: number,
  onShadowRoot: ((shadow: ShadowRoot) => void) | undefined,
): FoundRef | undefined {
  let element = doc.elementFromPoint(x, y);
  let inShadow = false;
  for (let shadow = element?.shadowRoot; shadow; shadow = element.shadowRoot) {
    onShadowRoot?.(shadow);
    const inner = shadow.elementFromPoint(x, y);
    if (!inner || inner === element || !shadow.contains(inner)) break;
    element = inner;
    inShadow = true;
  }
  if (!element || !inShadow) return undefined;
  const block = blockContainerOf(element, doc.documentElement);
  return block ? registry.refsIn(block).find((ref) => covers(doc, ref, x, y)) : undefined;
}
