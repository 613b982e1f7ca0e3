/**
 * Prefetching: the passages of references in or near the viewport are asked for
 * in batches, so their cards normally open with the text already in memory. What is near comes
 * from the painter's IntersectionObserver (paint.ts), so scrolling costs us nothing and the page
 * pays for one observer, not two.
 */
import type { FoundRef } from './registry';

/** What the prefetcher needs from its host. */
export interface PrefetchOptions {
  /** Whether a scan pass is under way: what comes near meanwhile waits until it settles. */
  busy(): boolean;
  /** The references near the viewport now. */
  nearRefs(): readonly FoundRef[];
  /** Asks for these passages (deduplication and batching happen there). */
  fetch(osisList: string[]): void;
}

/** Asks for the passages of references as they come near the screen. */
export class Prefetcher {
  private pending: string[] = [];
  private stopped = false;

  constructor(private readonly options: PrefetchOptions) {}

  /** References came near the viewport: asked for now, or when the scan under way settles. */
  near(refs: readonly FoundRef[]): void {
    if (this.stopped) return;
    for (const ref of refs) this.pending.push(ref.osis);
    if (!this.options.busy()) this.flush();
  }

  /** The scan settled: what waited is asked for. */
  settled(): void {
    this.flush();
  }

  /** Asks again for every reference near the screen (after a translation change). */
  reset(): void {
    if (this.stopped) return;
    this.pending = this.options.nearRefs().map((ref) => ref.osis);
    if (!this.options.busy()) this.flush();
  }

  /** Asks for nothing more. */
  stop(): void {
    this.stopped = true;
    this.pending = [];
  }

  private flush(): void {
    if (this.stopped || this.pending.length === 0) return;
    const wanted = this.pending;
    this.pending = [];
    this.options.fetch(wanted);
  }
}
