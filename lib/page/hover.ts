/**
 * Hover intent over found references: the card opens after the pointer rests on one for
 * the hover delay, stays open while the pointer is on the reference or the card, and
 * closes a moment after it leaves both, or on Escape. A tap opens at once on touch screens.
 */
import { refAtPoint } from './hit-test';
import type { FoundRef, RefRegistry } from './registry';

/** How the card was opened; keyboard opening moves focus into it. */
export type OpenedBy = 'hover' | 'tap' | 'keyboard';

/** Timers and listeners registered through WXT's content-script context, so they stop on reload. */
export interface HoverHost {
  addEventListener(
    target: EventTarget,
    type: string,
    handler: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  requestAnimationFrame(handler: () => void): number;
}

/** What the hover controller drives. */
export interface HoverOptions {
  doc: Document;
  registry: RefRegistry;
  host: HoverHost;
  /** The hover delay in ms (read on every hover, so a settings change applies at once). */
  delay(): number;
  /** Whether an event target is our card (its shadow host). */
  isCard(target: EventTarget | null): boolean;
  open(ref: FoundRef, by: OpenedBy): void;
  close(): void;
  /** Called when the pointer enters or leaves a reference (for the hover underline). */
  onHoverChange?(ref: FoundRef | undefined): void;
  /** The reference at a viewport point; refAtPoint over the registry unless a test supplies one. */
  hitTest?(x: number, y: number): FoundRef | undefined;
  /** A clock in ms (performance.now by default). */
  now?(): number;
  /**
   * Whether an event came from the reader's own input. `event.isTrusted` unless a unit test
   * (whose DOM cannot make trusted events) supplies another rule: a page's synthetic
   * `dispatchEvent` must never open, keep or close a card.
   */
  isTrusted?(event: Event): boolean;
}

/** The time the card stays after the pointer leaves it and its reference. */
export const CLOSE_DELAY = 300;

/** Tracks the pointer and opens and closes the card. */
export class HoverController {
  private hovered: FoundRef | undefined;
  private openRef: FoundRef | undefined;
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private frame = false;
  private last = { x: 0, y: 0, target: null as EventTarget | null, at: 0 };

  private readonly hitTest: (x: number, y: number) => FoundRef | undefined;
  private readonly now: () => number;
  private readonly trusted: (event: Event) => boolean;

  constructor(private readonly options: HoverOptions) {
    this.hitTest = options.hitTest ?? ((x, y) => refAtPoint(options.doc, options.registry, x, y));
    this.now = options.now ?? (() => performance.now());
    this.trusted = options.isTrusted ?? ((event) => event.isTrusted);
  }

  /** Starts listening on the document. */
  start(): void {
    const { doc, host } = this.options;
    const on = <E extends Event>(
      type: string,
      handler: (event: E) => void,
      options: AddEventListenerOptions,
    ) => host.addEventListener(doc, type, (event) => this.trusted(event) && handler(event as E), options);
    on<PointerEvent>('pointermove', (e) => this.onPointerMove(e), { passive: true, capture: true });
    on<PointerEvent>('pointerdown', (e) => this.onPointerDown(e), { passive: true, capture: true });
    on<KeyboardEvent>('keydown', (e) => this.onKeyDown(e), { capture: true });
  }

  /** The reference whose card is open. */
  get current(): FoundRef | undefined {
    return this.openRef;
  }

  /** Opens a card now (keyboard command, or the host's own logic). */
  openNow(ref: FoundRef, by: OpenedBy): void {
    this.cancel('open');
    this.cancel('close');
    this.openRef = ref;
    this.options.open(ref, by);
  }

  /** Closes the card now. */
  closeNow(): void {
    this.cancel('open');
    this.cancel('close');
    if (!this.openRef) return;
    this.openRef = undefined;
    this.options.close();
  }

  private onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch') return;
    this.last = { x: event.clientX, y: event.clientY, target: event.target, at: this.now() };
    if (this.frame) return;
    this.frame = true;
    this.options.host.requestAnimationFrame(() => {
      this.frame = false;
      this.update();
    });
  }

  private update(): void {
    const { x, y, target } = this.last;
    const onCard = this.options.isCard(target);
    const ref = onCard ? undefined : this.hitTest(x, y);
    if (ref !== this.hovered) {
      this.hovered = ref;
      this.options.onHoverChange?.(ref);
      this.cancel('open');
      if (ref && ref !== this.openRef) {
        // The delay runs from the pointer event, not from the frame that handled it.
        const wait = Math.max(0, this.options.delay() - (this.now() - this.last.at));
        this.openTimer = this.options.host.setTimeout(() => this.openNow(ref, 'hover'), wait);
      }
    }
    if (!this.openRef) return;
    if (onCard || ref === this.openRef) this.cancel('close');
    else if (this.closeTimer === undefined) {
      this.closeTimer = this.options.host.setTimeout(() => this.closeNow(), CLOSE_DELAY);
    }
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.options.isCard(event.target)) return;
    if (event.pointerType === 'touch' || event.pointerType === 'pen') {
      const ref = this.hitTest(event.clientX, event.clientY);
      if (ref) {
        this.openNow(ref, 'tap');
        return;
      }
    }
    // A press anywhere else dismisses the card.
    if (this.openRef && this.hitTest(event.clientX, event.clientY) !== this.openRef) {
      this.closeNow();
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.openRef) this.closeNow();
  }

  private cancel(which: 'open' | 'close'): void {
    const id = which === 'open' ? this.openTimer : this.closeTimer;
    if (id !== undefined) this.options.host.clearTimeout(id);
    if (which === 'open') this.openTimer = undefined;
    else this.closeTimer = undefined;
  }
}
