/**
 * Prefetching: when a block with references comes within a screen of the viewport, its
 * passages are asked for in one batch, so their cards normally open with the text already
 * in memory. An IntersectionObserver does the watching, so scrolling costs us nothing.
 */
import type { FoundRef, RefRegistry } from './registry';

/** What the prefetcher needs from its host. */
export interface PrefetchOptions {
  win: Window & typeof globalThis;
  registry: RefRegistry;
  /** Asks for these passages (deduplication and batching happen there). */
  fetch(osisList: string[]): void;
}

/** Watches the blocks that hold references and asks for their passages as they near the screen. */
export class Prefetcher {
  private observer: IntersectionObserver;
  private watched = new WeakSet<Element>();

  constructor(private readonly options: PrefetchOptions) {
    this.observer = new options.win.IntersectionObserver((entries) => this.onIntersect(entries), {
      rootMargin: '100% 0px',
    });
  }

  /** Starts watching the blocks of newly found references. */
  watch(refs: readonly FoundRef[]): void {
    for (const ref of refs) {
      if (this.watched.has(ref.container)) continue;
      this.watched.add(ref.container);
      this.observer.observe(ref.container);
    }
  }

  /** Asks again for every block near the screen (after a translation change). */
  reset(): void {
    this.observer.disconnect();
    this.watched = new WeakSet();
    this.watch([...this.options.registry.all()]);
  }

  /** Stops watching. */
  stop(): void {
    this.observer.disconnect();
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    const wanted: string[] = [];
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      // Unwatched again, so a later rescan of this block (new references) is watched anew.
      this.observer.unobserve(entry.target);
      this.watched.delete(entry.target);
      for (const ref of this.options.registry.refsIn(entry.target)) wanted.push(ref.osis);
    }
    if (wanted.length) this.options.fetch(wanted);
  }
}
