/**
 * The references found on a page, kept as StaticRanges (they cost the page nothing when
 * it mutates), painted with the CSS Custom Highlight API near the viewport (paint.ts), and
 * indexed by their block container: hit-testing a caret position climbs to its block and
 * looks through the few references found there.
 */
import { blockContainerOf, nodeIndexAt, type TextBlock } from './blocks';
import { HighlightPainter } from './paint';

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
  private painter: HighlightPainter | undefined;
  private count = 0;

  constructor(private readonly win: Window & typeof globalThis) {
    if (win.CSS?.highlights && typeof win.Highlight === 'function') {
      this.painter = new HighlightPainter(win, (container) => this.refsIn(container));
    }
  }

  /** How many references are underlined now (those near the viewport), or undefined without the Highlight API. */
  get painted(): number | undefined {
    return this.painter?.painted;
  }

  /** How many references are registered. */
  get size(): number {
    return this.count;
  }

  /** Finds the references in a block and registers them, replacing none (call removeWithin first). */
  addBlock(block: TextBlock, find: Finder): FoundRef[] {
    return this.addMatches(block, find(block.text));
  }

  /** Registers matches found in a block's text (at most `limit` of them). */
  addMatches(block: TextBlock, found: readonly Match[], limit = Infinity): FoundRef[] {
    const matches = found.length > limit ? found.slice(0, Math.max(0, limit)) : found;
    if (matches.length === 0) return [];
    const { nodes, starts, container } = block;
    const refs: FoundRef[] = [];
    for (const match of matches) {
      // Most blocks are one text node; the search for the nodes is for the rest.
      const first = nodes.length === 1 ? 0 : nodeIndexAt(block, match.start, false);
      const last = nodes.length === 1 ? 0 : nodeIndexAt(block, match.end, true);
      const range = new this.win.StaticRange({
        startContainer: nodes[first]!,
        startOffset: match.start - starts[first]!,
        endContainer: nodes[last]!,
        endOffset: match.end - starts[last]!,
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
    }
    const existing = this.byContainer.get(container);
    if (existing) for (const ref of refs) existing.push(ref);
    else this.byContainer.set(container, refs);
    this.count += refs.length;
    this.painter?.added(container, refs);
    return refs;
  }

  /** Drops every reference whose container is `root` or inside it, or has left the document. */
  removeWithin(root: Node | null): void {
    for (const [container, refs] of this.byContainer) {
      if ((root && (container === root || root.contains(container))) || !container.isConnected) {
        this.dropContainer(container, refs);
      }
    }
  }

  /** Drops references whose text left the document (nodes removed or replaced). */
  sweep(): void {
    for (const [container, refs] of this.byContainer) {
      if (!container.isConnected || refs.some((r) => !r.range.startContainer.isConnected)) {
        this.dropContainer(container, refs);
      }
    }
  }

  private dropContainer(container: Element, refs: FoundRef[]): void {
    this.count -= refs.length;
    this.byContainer.delete(container);
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
    for (const [container, refs] of this.byContainer) this.dropContainer(container, refs);
    this.painter?.clear();
    this.win.CSS?.highlights?.delete(ACTIVE_HIGHLIGHT);
  }
}
