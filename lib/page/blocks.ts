/**
 * Reads a page's text as blocks: runs of text nodes inside one block-level element,
 * joined so that a reference split across inline elements ("Hebrews <em>4:14</em>–16")
 * reads as one string, with a map back from string offsets to DOM positions.
 */

import { composedParentElement } from './shadow';

/** One block of text: consecutive text nodes under the same block-level container. */
export interface TextBlock {
  /** The nearest non-inline ancestor of the nodes. */
  container: Element;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
  text: string;
}

/**
 * Elements whose text flows into their parent's line; everything else starts a new block.
 * By `localName`, which is lower case in HTML and XHTML documents alike (`tagName` is upper
 * case only in HTML).
 */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'q',
  'ruby',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'nobr',
  'big',
  'tt',
  'code',
  'kbd',
  'samp',
]);

/** The changes that alter a page's text, as a MutationObserver is asked to report them. */
export const TEXT_CHANGES: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/** Whether `element` keeps its text on its parent's line. */
export function isInline(element: Element): boolean {
  return INLINE.has(element.localName);
}

/**
 * The block-level element a node's text belongs to. A shadow tree's top, and text there, belong
 * to its host's block.
 */
export function blockContainerOf(node: Node, root: Node): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : composedParentElement(node);
  while (element && isInline(element) && element !== root) element = composedParentElement(element);
  return element;
}

/**
 * The index in `block.nodes` of the node holding `offset` of `block.text`. A boundary
 * between two nodes belongs to the later node, or to the earlier one when `end` is set.
 */
export function nodeIndexAt(block: TextBlock, offset: number, end: boolean): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (!end && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Walks `root` for text blocks, pruning skipped subtrees. It yields blocks one at a time
 * so the caller can stop at a time budget and resume later.
 *
 * An element with an open shadow root is read as the page shows it: its shadow tree first (in
 * its own blocks), then its own children (shown where the shadow tree has a slot for them).
 * `onShadowRoot` hears of each shadow root met, to watch it for changes.
 *
 * The walker has no filter callback: a callback is a call from the DOM back into script for
 * every node, which costs more than the walk itself; skipped subtrees are stepped over here.
 */
export function* walkBlocks(
  root: Node,
  skip: (element: Element) => boolean,
  onShadowRoot?: (shadow: ShadowRoot) => void,
): Generator<TextBlock> {
  // A root that is itself skipped (or inside a skipped element, a host's included) has nothing to scan.
  for (
    let el: Element | null =
      root.nodeType === Node.ELEMENT_NODE ? (root as Element) : composedParentElement(root);
    el;
    el = composedParentElement(el)
  ) {
    if (skip(el)) return;
  }
  // A document or a shadow root has no `shadowRoot` of its own: undefined.
  const own = (root as Partial<Element>).shadowRoot;
  if (own) {
    onShadowRoot?.(own);
    yield* walkBlocks(own, skip, onShadowRoot);
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let current: TextBlock | undefined;
  // Text nodes come in runs under one parent; its block container is looked up once per run.
  let parent: Node | null = null;
  let container: Element = root as Element;
  let node: Node | null = root.nodeType === Node.TEXT_NODE ? root : walker.nextNode();
  while (node) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (skip(element)) {
        // Step over the subtree: the next sibling, else the nearest ancestor's.
        node = walker.nextSibling();
        while (!node && walker.parentNode()) node = walker.nextSibling();
        continue;
      }
      // A <br> or a nested block ends the current line of text.
      if (current && (element.localName === 'br' || !isInline(element))) {
        yield current;
        current = undefined;
      }
      const shadow = element.shadowRoot;
      if (shadow) {
        if (current) {
          yield current;
          current = undefined;
        }
        onShadowRoot?.(shadow);
        yield* walkBlocks(shadow, skip, onShadowRoot);
      }
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    const data = text.data;
    if (data.length > 0) {
      if (text.parentNode !== parent) {
        parent = text.parentNode;
        container = blockContainerOf(text, root) ?? (root as Element);
      }
      if (current && current.container !== container) {
        yield current;
        current = undefined;
      }
      if (!current) current = { container, nodes: [], starts: [], text: '' };
      current.starts.push(current.text.length);
      current.nodes.push(text);
      current.text += data;
    }
    node = walker.nextNode();
  }
  if (current) yield current;
}
