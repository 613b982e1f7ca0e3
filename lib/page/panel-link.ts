/**
 * The page's end of the side panel's line (lib/messaging/refs-port.ts): sends the panels that
 * follow this tab the page's references in page order, again when the scan changes them (at
 * most every LIST_PAUSE ms, and only when the list differs), and shows the one a panel picks.
 */
import {
  MAX_LISTED,
  REFS_PORT,
  isShowRefMessage,
  type ListedRef,
  type PageRefsMessage,
} from '../messaging/refs-port';
import type { TranslationId } from '../bible/translation-ids';
import type { FoundRef } from './registry';

/** The least time between two lists sent to a panel while the page keeps changing (ms). */
export const LIST_PAUSE = 250;

/** A `runtime.Port` as the link uses it. */
export interface PanelPort {
  name: string;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** What the link needs from the page session and the content script. */
export interface PanelLinkDeps {
  /** Every reference the page holds, in page order. */
  refs(): readonly FoundRef[];
  /** Whether the page had more references than the scan keeps. */
  capped(): boolean;
  title(): string;
  /** Scrolls to `ref` and opens its card. */
  show(ref: FoundRef): void;
  /**
   * The installed translation a code the writer named stands for (PageSession.namedTranslation:
   * "KJV", or "LSG" for one the reader imported as `u:LSG`), or undefined when there is none.
   */
  translationOf(code: string): TranslationId | undefined;
  setTimeout(handler: () => void, ms: number): unknown;
}

/** The lines open to side panels, and the ids the page gave its references. */
export class PanelLink {
  /**
   * The open lines, each with what the last list sent on it held (title, capped, ids), so a
   * line is sent nothing when nothing changed for it. Per line: a panel's own connection can
   * arrive after the page announced itself, and the two must not share what was sent.
   */
  private readonly ports = new Map<PanelPort, string>();
  private readonly ids = new WeakMap<FoundRef, number>();
  private nextId = 0;
  private waiting = false;

  constructor(private readonly deps: PanelLinkDeps) {}

  /** Whether a panel is listening. */
  get open(): boolean {
    return this.ports.size > 0;
  }

  /** Takes a port a panel opened (or the page opened to announce itself); others are left alone. */
  attach(port: PanelPort): boolean {
    if (port.name !== REFS_PORT) return false;
    this.ports.set(port, '');
    port.onDisconnect.addListener(() => this.ports.delete(port));
    port.onMessage.addListener((message) => {
      if (!isShowRefMessage(message)) return;
      const ref = this.find(message.id);
      if (ref) this.deps.show(ref);
    });
    this.post([port], this.message());
    return true;
  }

  /** The page's references changed (a scan pass settled): the panels hear of it shortly. */
  changed(): void {
    if (this.ports.size === 0 || this.waiting) return;
    this.waiting = true;
    this.deps.setTimeout(() => {
      this.waiting = false;
      if (this.ports.size === 0) return;
      const message = this.message();
      const signature = this.signature(message);
      this.post(
        [...this.ports].filter(([, sent]) => sent !== signature).map(([port]) => port),
        message,
      );
    }, LIST_PAUSE);
  }

  /** Closes every line (the extension reloaded, or the site was turned off). */
  close(): void {
    for (const port of this.ports.keys()) port.disconnect();
    this.ports.clear();
  }

  private message(): PageRefsMessage {
    const refs: ListedRef[] = this.deps
      .refs()
      .slice(0, MAX_LISTED)
      .map((ref) => {
        const listed: ListedRef = { id: this.idOf(ref), osis: ref.osis, text: ref.text };
        const named = ref.translation === undefined ? undefined : this.deps.translationOf(ref.translation);
        if (named) listed.translation = named;
        return listed;
      });
    return { type: 'refs', title: this.deps.title(), refs, capped: this.deps.capped() };
  }

  private post(ports: PanelPort[], message: PageRefsMessage): void {
    const signature = this.signature(message);
    for (const port of ports) {
      try {
        port.postMessage(message);
        this.ports.set(port, signature);
      } catch {
        // The panel went away between its last message and this one.
        this.ports.delete(port);
      }
    }
  }

  private signature(message: PageRefsMessage): string {
    return `${message.title}\n${message.capped}\n${message.refs.map((r) => r.id).join(',')}`;
  }

  private idOf(ref: FoundRef): number {
    let id = this.ids.get(ref);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(ref, id);
    }
    return id;
  }

  private find(id: number): FoundRef | undefined {
    for (const ref of this.deps.refs()) if (this.ids.get(ref) === id) return ref;
    return undefined;
  }
}
