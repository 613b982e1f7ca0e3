/**
 * The references found on a page, kept as StaticRanges (they cost the page nothing when
 * it mutates), painted with the CSS Custom Highlight API near the viewport (paint.ts), and
 * indexed by their block container: hit-testing a caret position climbs to its block and
 * looks through the few references found there.
 */
import { blockContainerOf, nodeIndexAt, type TextBlock } from './blocks';
import { HighlightPainter } from './paint';
import { composedContains, isShadowRoot } from './shadow';

/** A reference found on the page. */
export interface FoundRef {
  osis: string;
  /** The text as written on the page. */
  text: string;
  range: StaticRange;
  container: Element;
  /** The text nodes the reference spans, first to last. */
  nodes: Text[];
  /** The translation the writer named after it ("John 3:16 KJV"), if any. */
  translation?: string;
}

/** One match of a finder in a block's text, with UTF-16 offsets. */
export interface Match {
  start: number;
  end: number;
  osis: string;
  /** The translation the writer named after the reference ("John 3:16 KJV"), if any. */
  translation?: string;
}

/** A finder: the text in, matches with UTF-16 offsets out (lib/refs' findReferences). */
export type Finder = (text: string) => readonly Match[];

/** The name of the hovered reference's highlight in `CSS.highlights` (styled by public/page.css). */
export const ACTIVE_HIGHLIGHT = 'intercede-ref-active';

/** Holds every found reference and keeps the page's highlight in step. */
export class RefRegistry {
  private byContainer = new Map<Element, FoundRef[]>();
  private readonly painter: HighlightPainter | undefined;
  private count = 0;
  /** The blocks with references that are inside a shadow tree (see beginRescan). */
  private readonly inShadow = new Set<Element>();
  /** References set aside while their blocks are read again (beginRescan), by block and place. */
  private stale = new Map<Element, Map<string, FoundRef[]>>();

  /**
   * `onNear` hears of references as they come near the viewport (lib/page/paint.ts; or are
   * found there), for prefetching; without the Highlight API, of every reference as it is found.
   */
  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly onNear: (refs: readonly FoundRef[]) => void = () => undefined,
  ) {
    if (win.CSS?.highlights && typeof win.Highlight === 'function') {
      this.painter = new HighlightPainter(win, (container) => this.refsIn(container), onNear);
    }
  }

  /** The references in or near the viewport (all of them without the Highlight API). */
  nearRefs(): FoundRef[] {
    return this.painter ? this.painter.nearRefs() : [...this.all()];
  }

  /** How many references are registered. */
  get size(): number {
    return this.count;
  }

  /** Finds the references in a block and registers them (beginRescan first keeps those that did not move). */
  addBlock(block: TextBlock, find: Finder): FoundRef[] {
    return this.addMatches(block, find(block.text));
  }

  /**
   * Registers matches found in a block's text (at most `limit` of them) and returns the new
   * references: one found again where it was before a rescan is kept, not returned.
   */
  addMatches(block: TextBlock, found: readonly Match[], limit = Infinity): FoundRef[] {
    const matches = found.length > limit ? found.slice(0, Math.max(0, limit)) : found;
    if (matches.length === 0) return [];
    const { nodes, starts, container } = block;
    const refs: FoundRef[] = [];
    const fresh: FoundRef[] = [];
    const stale = this.stale.get(container);
    for (const match of matches) {
      // Most blocks are one text node; the search for the nodes is for the rest.
      const first = nodes.length === 1 ? 0 : nodeIndexAt(block, match.start, false);
      const last = nodes.length === 1 ? 0 : nodeIndexAt(block, match.end, true);
      const startOffset = match.start - starts[first]!;
      const endOffset = match.end - starts[last]!;
      const same = stale && takeSame(stale, nodes[first]!, startOffset, nodes[last]!, endOffset, match);
      if (same) {
        refs.push(same);
        continue;
      }
      const range = new this.win.StaticRange({
        startContainer: nodes[first]!,
        startOffset,
        endContainer: nodes[last]!,
        endOffset,
      });
      const ref: FoundRef = {
        osis: match.osis,
        text: block.text.slice(match.start, match.end),
        range,
        container,
        nodes: first === last ? [nodes[first]!] : nodes.slice(first, last + 1),
      };
      if (match.translation) ref.translation = match.translation;
      refs.push(ref);
      fresh.push(ref);
    }
    const existing = this.byContainer.get(container);
    if (existing) for (const ref of refs) existing.push(ref);
    else {
      this.byContainer.set(container, refs);
      if (isShadowRoot(container.getRootNode())) this.inShadow.add(container);
    }
    this.count += refs.length;
    if (fresh.length > 0) {
      if (this.painter) this.painter.added(container, fresh);
      else this.onNear(fresh);
    }
    return fresh;
  }

  /**
   * Starts reading `root` again after a change: its references are set aside, and those found
   * again exactly where they were (same text nodes, same offsets) are kept as they are, so an
   * update elsewhere in a block — a clock ticking, a counter — leaves its underlines, and the
   * page's paint, alone. endRescan drops what was not found again.
   */
  beginRescan(root: Node): void {
    // A paragraph that changed holds few elements: look those up rather than test every block
    // of a long page for being inside it (once per change, 30 times a second on a live page).
    const elements =
      root.nodeType === Node.ELEMENT_NODE ? (root as Element).getElementsByTagName('*') : undefined;
    if (elements && elements.length < this.byContainer.size) {
      this.setAside(root as Element);
      for (const element of elements) this.setAside(element);
      // Blocks inside shadow trees within `root` are not among its elements: the few there are
      // are tested one by one.
      for (const container of this.inShadow) {
        if (composedContains(root, container)) this.setAside(container);
      }
      return;
    }
    for (const container of this.byContainer.keys()) {
      if (composedContains(root, container)) this.setAside(container);
    }
  }

  private setAside(container: Element): void {
    const refs = this.byContainer.get(container);
    if (!refs) return;
    this.byContainer.delete(container);
    this.inShadow.delete(container);
    this.count -= refs.length;
    let stale = this.stale.get(container);
    if (!stale) this.stale.set(container, (stale = new Map()));
    for (const ref of refs) {
      const key = placeKey(ref.range.startOffset, ref.range.endOffset, ref.osis);
      const same = stale.get(key);
      if (same) same.push(ref);
      else stale.set(key, [ref]);
    }
  }

  /** Drops the references set aside by beginRescan that were not found again. */
  endRescan(): void {
    for (const [container, stale] of this.stale) this.painter?.dropped(container, [...stale.values()].flat());
    this.stale.clear();
  }

  /**
   * Drops the references of blocks that left the document. (A block whose text changed is
   * read again instead, which replaces its references: see beginRescan.)
   */
  sweep(): void {
    for (const [container, refs] of this.byContainer) {
      if (!container.isConnected) this.dropContainer(container, refs);
    }
  }

  private dropContainer(container: Element, refs: FoundRef[]): void {
    this.count -= refs.length;
    this.byContainer.delete(container);
    this.inShadow.delete(container);
    this.painter?.dropped(container, refs);
  }

  /** The reference covering a caret position, if any. */
  refAt(node: Node, offset: number): FoundRef | undefined {
    if (node.nodeType !== Node.TEXT_NODE) return undefined;
    const container = blockContainerOf(node, node.ownerDocument!.documentElement);
    const refs = container && this.byContainer.get(container);
    if (!refs) return undefined;
    return refs.find((ref) => {
      if (!ref.nodes.includes(node as Text)) return false;
      const r = ref.range;
      const afterStart = node !== r.startContainer || offset >= r.startOffset;
      const beforeEnd = node !== r.endContainer || offset <= r.endOffset;
      return afterStart && beforeEnd;
    });
  }

  /** The references found in one block container. */
  refsIn(container: Element): readonly FoundRef[] {
    return this.byContainer.get(container) ?? [];
  }

  /** Every registered reference in no particular order. */
  *all(): Generator<FoundRef> {
    for (const refs of this.byContainer.values()) yield* refs;
  }

  /** Removes our highlights from the page (extension reload, site turned off). */
  clear(): void {
    this.endRescan();
    for (const [container, refs] of this.byContainer) this.dropContainer(container, refs);
    this.painter?.clear();
    this.win.CSS?.highlights?.delete(ACTIVE_HIGHLIGHT);
  }
}

/** The key of a reference's place in its block: offsets and meaning (the nodes are compared too). */
const placeKey = (startOffset: number, endOffset: number, osis: string) =>
  `${startOffset} ${endOffset} ${osis}`;

/** Takes out of `stale` the reference at exactly this place with this meaning, if there is one. */
function takeSame(
  stale: Map<string, FoundRef[]>,
  startNode: Text,
  startOffset: number,
  endNode: Text,
  endOffset: number,
  match: Match,
): FoundRef | undefined {
  const candidates = stale.get(placeKey(startOffset, endOffset, match.osis));
  const i =
    candidates?.findIndex(
      ({ range, translation }) =>
        range.startContainer === startNode &&
        range.endContainer === endNode &&
        translation === match.translation,
    ) ?? -1;
  return i < 0 ? undefined : candidates!.splice(i, 1)[0];
}
