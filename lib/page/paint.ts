/**
 * The underlines: which references are in the page's Highlight. Only those in or near the
 * viewport are; the rest stay in the registry (hit-testing never reads the
 * Highlight) and join as their blocks come near. Chromium revalidates every range of a
 * registered Highlight after any change to the page, so 10,000 ranges on a 1 MB page cost its
 * main thread hundreds of milliseconds of paint for each change; a few screens' worth cost it
 * almost nothing. An IntersectionObserver does the watching, so scrolling costs no script.
 * The same observer tells the prefetcher which references came near (one observer, not two:
 * each costs the page's main thread an intersection check of every block after each change).
 */
import type { FoundRef } from './registry';

/** The name of our highlight in `CSS.highlights` (styled by public/page.css). */
export const HIGHLIGHT = 'intercede-ref';

/**
 * How far beyond the viewport references are underlined already: a quarter of a screen above and
 * below. The observer adds a block the frame it comes this near, and a smooth scroll (a wheel
 * notch, Page Down, most touch flings) moves the page less than that per frame, so text scrolls in
 * already underlined; only a jump (a link to an anchor, the scroll bar dragged) can show it bare
 * for a frame. Further costs every change of a live page paint: with a whole screen above and
 * below, a text update every 100 ms on the 1 MB page cost 2.0× the CPU of no extension, with a
 * quarter 1.8× (README, "bench:page-cost").
 */
const NEAR = '25% 0px';

/** Keeps the Highlight to the references near the viewport. */
export class HighlightPainter {
  private readonly highlight: Highlight;
  private readonly observer: IntersectionObserver | undefined;
  /** The blocks near the viewport (every block with references, without an observer). */
  private readonly near = new Set<Element>();

  /**
   * Registers our Highlight on `win`. `refsIn` gives a block's references as the registry holds
   * them; `onNear` hears of references as they are painted (come near, or are found near).
   * Without IntersectionObserver every reference is painted.
   */
  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly refsIn: (container: Element) => readonly FoundRef[],
    private readonly onNear: (refs: readonly FoundRef[]) => void = () => undefined,
  ) {
    this.highlight = new win.Highlight();
    win.CSS.highlights.set(HIGHLIGHT, this.highlight);
    if (typeof win.IntersectionObserver === 'function') {
      this.observer = new win.IntersectionObserver((entries) => this.onIntersect(entries), {
        rootMargin: NEAR,
      });
    }
  }

  /** How many references are painted now. */
  get painted(): number {
    return this.highlight.size;
  }

  /** The references near the viewport now, block by block. */
  nearRefs(): FoundRef[] {
    return [...this.near].flatMap((container) => this.refsIn(container));
  }

  /** New references in `container`: painted now if it is near the viewport, else once it comes near. */
  added(container: Element, refs: readonly FoundRef[]): void {
    if (!this.observer) this.near.add(container);
    if (this.near.has(container)) {
      for (const ref of refs) this.highlight.add(ref.range);
      this.onNear(refs);
    }
    // Observing a block already observed does nothing; a new one reports whether it is near.
    this.observer?.observe(container);
  }

  /**
   * The references of `container` are dropped. A block still in the page stays watched (a block
   * read again after a change gets its new references painted at once, without a frame bare).
   */
  dropped(container: Element, refs: readonly FoundRef[]): void {
    for (const ref of refs) this.highlight.delete(ref.range);
    if (!container.isConnected) {
      this.observer?.unobserve(container);
      this.near.delete(container);
    }
  }

  /** Paints nothing more and removes our Highlight from the page. */
  clear(): void {
    this.observer?.disconnect();
    this.near.clear();
    this.highlight.clear();
    if (this.win.CSS.highlights.get(HIGHLIGHT) === this.highlight) this.win.CSS.highlights.delete(HIGHLIGHT);
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const container = entry.target;
      if (entry.isIntersecting === this.near.has(container)) continue;
      const refs = this.refsIn(container);
      if (entry.isIntersecting) {
        this.near.add(container);
        for (const ref of refs) this.highlight.add(ref.range);
        if (refs.length > 0) this.onNear(refs);
      } else {
        this.near.delete(container);
        for (const ref of refs) this.highlight.delete(ref.range);
      }
    }
  }
}
