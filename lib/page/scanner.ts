/**
 * Scans a live page for references without touching its DOM: the first pass and every
 * later change run in idle-time chunks under a time budget, so no task grows long and
 * input and scrolling never wait for us.
 */
import { blockContainerOf, isInline, walkBlocks, type TextBlock } from './blocks';
import { RefRegistry, type Finder, type FoundRef } from './registry';

/** Runs a callback when the main thread is idle; WXT's `ctx.requestIdleCallback` in the content script. */
export type IdleScheduler = (callback: (deadline: IdleDeadline) => void) => void;

/** What the scanner needs from its host. */
export interface ScannerOptions {
  root: Element;
  find: Finder;
  skip: (element: Element) => boolean;
  schedule: IdleScheduler;
  /** Milliseconds of work per idle chunk; well under the 50 ms long-task line. */
  budget?: number;
  /**
   * Called when a pass settles (nothing left to scan) with every reference it found, for
   * prefetching. Waiting for the pass keeps the worker's answers from competing with the
   * scan for the CPU on a long page; on an ordinary page the pass takes a few milliseconds.
   */
  onFound?: (refs: FoundRef[]) => void;
  now?: () => number;
  /** Runs a callback after `ms`; WXT's `ctx.setTimeout` in the content script. */
  setTimeout?: (callback: () => void, ms: number) => void;
}

/** Finds references on a page and keeps them current as the page changes. */
export class PageScanner {
  readonly registry: RefRegistry;
  private queue: Node[] = [];
  /** References found by the pass under way, handed to onFound when it settles. */
  private found: FoundRef[] = [];
  private walking: Generator<TextBlock> | undefined;
  private walkingRoot: Node | undefined;
  private scheduled = false;
  private needsSweep = false;
  private observer: MutationObserver | undefined;
  private stopped = false;
  /** Until when the scan stands aside for a card being opened (see hold). */
  private heldUntil = 0;
  private readonly budget: number;
  private readonly now: () => number;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly options: ScannerOptions,
  ) {
    this.registry = new RefRegistry(win);
    this.budget = options.budget ?? 8;
    this.now = options.now ?? (() => win.performance.now());
  }

  /** Starts the first scan and watches for changes. */
  start(): void {
    this.enqueue(this.options.root);
    this.observer = new this.win.MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.options.root, { childList: true, subtree: true, characterData: true });
  }

  /** Stops watching and removes every highlight. */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.queue = [];
    this.found = [];
    this.walking = undefined;
    this.registry.clear();
  }

  /**
   * Stands aside for `ms`: no chunk runs until then. A card opening while a long page is still
   * being scanned gets the main thread, and the CPU the worker needs to answer it, to itself.
   */
  hold(ms: number): void {
    this.heldUntil = Math.max(this.heldUntil, this.now() + ms);
  }

  /** Whether work is waiting (the first scan or changes not yet scanned). */
  get busy(): boolean {
    return this.queue.length > 0 || this.walking !== undefined || this.needsSweep;
  }

  private enqueue(node: Node): void {
    // A root already queued (or being walked) that contains this node covers it.
    if (this.walkingRoot?.contains(node) && this.walkingRoot !== node) return;
    if (this.queue.some((queued) => queued.contains(node))) return;
    this.queue = this.queue.filter((queued) => !node.contains(queued));
    this.queue.push(node);
    this.scheduleWork();
  }

  private scheduleWork(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.options.schedule((deadline) => {
      this.scheduled = false;
      this.work(deadline);
    });
  }

  private work(deadline: IdleDeadline): void {
    if (this.stopped) return;
    const held = this.heldUntil - this.now();
    if (held > 0) {
      const later = this.options.setTimeout ?? ((callback, ms) => this.win.setTimeout(callback, ms));
      this.scheduled = true;
      later(() => {
        this.scheduled = false;
        this.scheduleWork();
      }, held);
      return;
    }
    const until = this.now() + Math.min(this.budget, Math.max(1, deadline.timeRemaining()));
    const found = this.found;
    if (this.needsSweep) {
      this.needsSweep = false;
      this.registry.sweep();
    }
    while (this.now() < until) {
      if (!this.walking) {
        const next = this.queue.shift();
        if (!next) break;
        if (!next.isConnected) continue;
        // Re-scanning a region: its old references go first.
        this.registry.removeWithin(next);
        this.walkingRoot = next;
        this.walking = walkBlocks(next, this.options.skip);
      }
      const step = this.walking.next();
      if (step.done) {
        this.walking = undefined;
        this.walkingRoot = undefined;
        continue;
      }
      for (const ref of this.registry.addBlock(step.value, this.options.find)) found.push(ref);
    }
    if (this.busy) {
      this.scheduleWork();
    } else if (found.length) {
      this.found = [];
      this.options.onFound?.(found);
    }
  }

  private onMutations(records: MutationRecord[]): void {
    const root = this.options.root;
    for (const record of records) {
      const target = record.target;
      if (isOurs(target)) continue;
      if (record.type === 'characterData') {
        const container = blockContainerOf(target, root);
        if (container) this.enqueue(container);
        continue;
      }
      for (const removed of record.removedNodes) {
        // Removed text or inline content changes the text of the block it was in; a removed
        // block only takes its own references with it.
        if (
          removed.nodeType === Node.TEXT_NODE ||
          (removed.nodeType === Node.ELEMENT_NODE && isInline(removed as Element))
        ) {
          const container = blockContainerOf(target, root);
          if (container) this.enqueue(container);
        }
        this.needsSweep = true;
      }
      for (const added of record.addedNodes) {
        if (isOurs(added)) continue;
        // A new block scans alone; new inline content changes the text of its block.
        const region =
          added.nodeType === Node.ELEMENT_NODE && !isInline(added as Element)
            ? added
            : blockContainerOf(target, root);
        if (region) this.enqueue(region);
      }
    }
    if (this.needsSweep) this.scheduleWork();
  }
}

function isOurs(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).localName.startsWith('intercede-');
}
