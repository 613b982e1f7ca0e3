/**
 * Reads a page's text as blocks: runs of text nodes inside one block-level element,
 * joined so that a reference split across inline elements ("Hebrews <em>4:14</em>–16")
 * reads as one string, with a map back from string offsets to DOM positions.
 */

/** One block of text: consecutive text nodes under the same block-level container. */
export interface TextBlock {
  /** The nearest non-inline ancestor of the nodes. */
  container: Element;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
  text: string;
}

/** Elements whose text flows into their parent's line; everything else starts a new block. */
const INLINE = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'LABEL',
  'MARK',
  'Q',
  'RUBY',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'NOBR',
  'BIG',
  'TT',
  'CODE',
  'KBD',
  'SAMP',
]);

/** Whether `element` keeps its text on its parent's line. */
export function isInline(element: Element): boolean {
  return INLINE.has(element.tagName);
}

/** The block-level element a node's text belongs to. */
export function blockContainerOf(node: Node, root: Node): Element | null {
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && isInline(element) && element !== root) element = element.parentElement;
  return element;
}

/** A position in the DOM. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** Maps an offset in `block.text` to a DOM position (a boundary belongs to the later node unless `end`). */
export function pointAt(block: TextBlock, offset: number, end = false): DomPoint {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const start = block.starts[mid]!;
    if (start < offset || (!end && start === offset)) lo = mid;
    else hi = mid - 1;
  }
  return { node: block.nodes[lo]!, offset: offset - block.starts[lo]! };
}

/**
 * Walks `root` for text blocks, pruning skipped subtrees. It yields blocks one at a time
 * so the caller can stop at a time budget and resume later.
 */
export function* walkBlocks(root: Node, skip: (element: Element) => boolean): Generator<TextBlock> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && skip(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  // A root that is itself skipped (or inside a skipped element) has nothing to scan.
  for (
    let el: Element | null = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : root.parentElement;
    el;
    el = el.parentElement
  ) {
    if (skip(el)) return;
  }
  let current: TextBlock | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      // A <br> or a nested block ends the current line of text.
      if (current && (node.nodeName === 'BR' || !isInline(node as Element))) {
        yield current;
        current = undefined;
      }
      continue;
    }
    const text = node as Text;
    const data = text.data;
    if (data.length === 0) continue;
    const container = blockContainerOf(text, root) ?? (root as Element);
    if (current && current.container !== container) {
      yield current;
      current = undefined;
    }
    if (!current) current = { container, nodes: [], starts: [], text: '' };
    current.starts.push(current.text.length);
    current.nodes.push(text);
    current.text += data;
  }
  if (current) yield current;
}
