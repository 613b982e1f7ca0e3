/**
 * Scans a live page for references without touching its DOM: the first pass and every
 * later change run in idle-time chunks under a time budget, so no task grows long and
 * input and scrolling never wait for us.
 */
import { blockContainerOf, isInline, TEXT_CHANGES, walkBlocks, type TextBlock } from './blocks';
import { RefRegistry, type Finder, type FoundRef, type Match } from './registry';
import { composedContains } from './shadow';

/**
 * When custom elements not yet defined when the page was read are looked at again for a shadow
 * root (ms after the first pass settles): a component whose code loads late renders into a
 * shadow tree without any change to the page's own tree for the observer to see.
 */
const LATE_HOST_CHECKS = [500, 2000, 8000] as const;

/** The most undefined custom elements watched for a late shadow root. */
const MAX_LATE_HOSTS = 1000;

/**
 * The most references one page gets underlined. A page with more (a concordance, an index,
 * a hostile page with 800,000) shows the first ones, and the popup says so: past this the
 * browser's painting of the highlights, not our scan, is what the reader would wait for.
 */
export const MAX_PAGE_REFS = 20_000;

/**
 * A block longer than this is read a window at a time, so no single step of the scan runs
 * the finder over megabytes of text; windows overlap by WINDOW_OVERLAP so a reference across
 * a window's edge is read whole, and each window keeps the matches that start inside it.
 */
export const WINDOW = 16 * 1024;
export const WINDOW_OVERLAP = 1024;

/** The matches of `find` in `text` that start within [at, at + WINDOW), with offsets in `text`. */
export function findInWindow(text: string, find: Finder, at: number): Match[] {
  const lo = Math.max(0, at - WINDOW_OVERLAP);
  const hi = Math.min(text.length, at + WINDOW + WINDOW_OVERLAP);
  const out: Match[] = [];
  for (const m of find(text.slice(lo, hi))) {
    const start = m.start + lo;
    if (start >= at && start < at + WINDOW) {
      const match: Match = { start, end: m.end + lo, osis: m.osis };
      if (m.translation) match.translation = m.translation;
      out.push(match);
    }
  }
  return out;
}

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
   * Hears of references as they come near the viewport (lib/page/paint.ts; or are found
   * there), for prefetching (see RefRegistry).
   */
  onNear?: (refs: readonly FoundRef[]) => void;
  /**
   * Called each time a pass settles (nothing left to scan). The prefetcher waits for it: the
   * worker's answers then do not compete with the scan for the CPU on a long page; on an
   * ordinary page the pass takes a few milliseconds.
   */
  onSettled?: () => void;
  now?: () => number;
  /** Runs a callback after `ms`; WXT's `ctx.setTimeout` in the content script. */
  setTimeout?: (callback: () => void, ms: number) => void;
  /** The most references to underline (MAX_PAGE_REFS). */
  maxRefs?: number;
}

/** Finds references on a page and keeps them current as the page changes. */
export class PageScanner {
  readonly registry: RefRegistry;
  private queue: Node[] = [];
  private walking: Generator<TextBlock> | undefined;
  /** A block too long to read in one step, and where its next window starts. */
  private long: { block: TextBlock; at: number } | undefined;
  private full = false;
  private walkingRoot: Node | undefined;
  private scheduled = false;
  private needsSweep = false;
  private observer: MutationObserver | undefined;
  /** The shadow roots the observer watches (a subtree observer stops at a shadow root). */
  private readonly shadows = new WeakSet<ShadowRoot>();
  private stopped = false;
  private firstPassDone = false;
  /** Until when the scan stands aside for a card being opened (see hold). */
  private heldUntil = 0;
  private readonly budget: number;
  private readonly now: () => number;
  private readonly later: (callback: () => void, ms: number) => void;
  private readonly maxRefs: number;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly options: ScannerOptions,
  ) {
    this.registry = new RefRegistry(win, options.onNear);
    this.budget = options.budget ?? 8;
    this.maxRefs = options.maxRefs ?? MAX_PAGE_REFS;
    this.now = options.now ?? (() => win.performance.now());
    this.later = options.setTimeout ?? ((callback, ms) => void win.setTimeout(callback, ms));
  }

  /** Starts the first scan and watches for changes. */
  start(): void {
    this.enqueue(this.options.root);
    this.observer = new this.win.MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this.options.root, TEXT_CHANGES);
  }

  /**
   * A shadow root met on the page (by the scan, or by hit-testing under the pointer): watched for
   * changes from now on, and read with its host if it is new.
   */
  noticeShadowRoot(shadow: ShadowRoot): void {
    if (!this.stopped && this.watch(shadow)) this.enqueue(shadow.host);
  }

  /** Watches `shadow` for changes; false when it was watched already. */
  private watch(shadow: ShadowRoot): boolean {
    if (this.shadows.has(shadow)) return false;
    this.shadows.add(shadow);
    this.observer?.observe(shadow, TEXT_CHANGES);
    return true;
  }

  /**
   * Custom elements still undefined after the first pass may get a shadow root when their code
   * loads; they are looked at again a few times (LATE_HOST_CHECKS), then left to hit-testing.
   */
  private watchLateHosts(): void {
    let waiting = [...this.options.root.ownerDocument.querySelectorAll(':not(:defined)')].slice(
      0,
      MAX_LATE_HOSTS,
    );
    if (waiting.length === 0) return;
    for (const at of LATE_HOST_CHECKS) {
      this.later(() => {
        if (this.stopped) return;
        waiting = waiting.filter((host) => {
          const shadow = host.isConnected ? host.shadowRoot : null;
          if (shadow) this.noticeShadowRoot(shadow);
          return host.isConnected && !shadow;
        });
      }, at);
    }
  }

  /** Stops watching and removes every highlight. */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.queue = [];
    this.walking = undefined;
    this.long = undefined;
    this.registry.clear();
  }

  /**
   * Whether the page had more references than are underlined (MAX_PAGE_REFS): the scan
   * stopped at the bound and the rest of the page is not read.
   */
  get capped(): boolean {
    return this.full;
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
    return this.queue.length > 0 || this.walking !== undefined || this.long !== undefined || this.needsSweep;
  }

  private enqueue(node: Node): void {
    if (this.full) return;
    // A root already queued (or being walked) that contains this node covers it (shadow trees
    // of hosts within it included: the walk reads them).
    if (this.walkingRoot && this.walkingRoot !== node && composedContains(this.walkingRoot, node)) return;
    if (this.queue.some((queued) => composedContains(queued, node))) return;
    this.queue = this.queue.filter((queued) => !composedContains(node, queued));
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
      this.scheduled = true;
      this.later(() => {
        this.scheduled = false;
        this.scheduleWork();
      }, held);
      return;
    }
    const until = this.now() + Math.min(this.budget, Math.max(1, deadline.timeRemaining()));
    if (this.needsSweep) {
      this.needsSweep = false;
      this.registry.sweep();
    }
    while (this.now() < until) {
      if (this.registry.size >= this.maxRefs) {
        // Bounded: nothing more is read; what is underlined stays.
        this.full = true;
        this.registry.endRescan();
        this.queue = [];
        this.walking = undefined;
        this.walkingRoot = undefined;
        this.long = undefined;
        break;
      }
      const room = this.maxRefs - this.registry.size;
      if (this.long) {
        const { block, at } = this.long;
        this.registry.addMatches(block, findInWindow(block.text, this.options.find, at), room);
        this.long = at + WINDOW < block.text.length ? { block, at: at + WINDOW } : undefined;
        continue;
      }
      if (!this.walking) {
        const next = this.queue.shift();
        if (!next) break;
        if (!next.isConnected) continue;
        // Re-scanning a region: its references are set aside, and kept where found again.
        this.registry.beginRescan(next);
        this.walkingRoot = next;
        this.walking = walkBlocks(next, this.options.skip, (shadow) => void this.watch(shadow));
      }
      const step = this.walking.next();
      if (step.done) {
        this.walking = undefined;
        this.walkingRoot = undefined;
        this.registry.endRescan();
        continue;
      }
      if (step.value.text.length > WINDOW) {
        this.long = { block: step.value, at: 0 };
        continue;
      }
      const matches = this.options.find(step.value.text);
      this.registry.addMatches(step.value, matches, room);
    }
    if (this.busy) this.scheduleWork();
    else {
      if (!this.firstPassDone) {
        this.firstPassDone = true;
        this.watchLateHosts();
      }
      this.options.onSettled?.();
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
        // Removed text or inline content changes the text of the block it was in (read again);
        // a removed block only takes its own references with it (swept).
        if (
          removed.nodeType === Node.TEXT_NODE ||
          (removed.nodeType === Node.ELEMENT_NODE && isInline(removed as Element))
        ) {
          const container = blockContainerOf(target, root);
          if (container) this.enqueue(container);
        } else if (removed.nodeType === Node.ELEMENT_NODE) {
          this.needsSweep = true;
        }
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
