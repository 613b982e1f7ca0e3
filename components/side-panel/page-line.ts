/**
 * The side panel's line to the page it lists: it follows the active tab of the panel's window
 * (or one tab, when the panel is opened with `?tab=`), opens a REFS_PORT port to that tab's top
 * frame, takes the port a page opens when its page code starts later, and reports what it
 * hears as a LineState.
 */
import {
  REFS_PORT,
  isPageRefsMessage,
  type PageRefsMessage,
  type ShowRefMessage,
} from '@/lib/messaging/refs-port';

/** What the panel shows of the page. */
export type LineState =
  /** Looking for the tab, or its page is loading. */
  | { kind: 'waiting' }
  /** No page code answers: a page with no reference, a site turned off, or a page Intercede cannot read. */
  | { kind: 'none' }
  | { kind: 'list'; message: PageRefsMessage };

/** A `runtime.Port` as the panel uses it. */
export interface LinePort {
  name: string;
  sender?: { tab?: { id?: number }; frameId?: number };
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface Listened<T extends unknown[]> {
  addListener(listener: (...args: T) => void): void;
  removeListener(listener: (...args: T) => void): void;
}

/** The parts of the extension API the line uses (webextension-polyfill's `browser`). */
export interface LineBrowser {
  tabs: {
    query(query: { active: boolean; windowId: number }): Promise<{ id?: number }[]>;
    connect(tabId: number, info: { name: string; frameId: number }): LinePort;
    onActivated: Listened<[{ tabId: number; windowId: number }]>;
    onUpdated: Listened<[number, { status?: string }]>;
  };
  windows: { getCurrent(): Promise<{ id?: number }> };
  runtime: { onConnect: Listened<[LinePort]>; lastError?: unknown };
}

/** Follows one tab's page for the panel. */
export class PageLine {
  private windowId: number | undefined;
  private tabId: number | undefined;
  private port: LinePort | undefined;
  private stopped = false;

  /** `pinned`: a tab to follow whatever is active (the panel opened in a tab of its own). */
  constructor(
    private readonly api: LineBrowser,
    private readonly onState: (state: LineState) => void,
    private readonly pinned?: number,
  ) {}

  /** Starts following the active tab (or the pinned one). */
  async start(): Promise<void> {
    this.api.tabs.onActivated.addListener(this.activated);
    this.api.tabs.onUpdated.addListener(this.updated);
    this.api.runtime.onConnect.addListener(this.connected);
    if (this.pinned !== undefined) {
      this.follow(this.pinned);
      return;
    }
    this.windowId = (await this.api.windows.getCurrent()).id;
    if (this.windowId === undefined || this.stopped) return;
    const [tab] = await this.api.tabs.query({ active: true, windowId: this.windowId });
    // A tab activated while the query was under way is already followed.
    if (tab?.id !== undefined && this.tabId === undefined && !this.stopped) this.follow(tab.id);
  }

  /** Asks the page to scroll to a reference and open its card. */
  show(id: number): void {
    const message: ShowRefMessage = { type: 'show', id };
    this.port?.postMessage(message);
  }

  /** Stops listening and closes the line. */
  stop(): void {
    this.stopped = true;
    this.api.tabs.onActivated.removeListener(this.activated);
    this.api.tabs.onUpdated.removeListener(this.updated);
    this.api.runtime.onConnect.removeListener(this.connected);
    this.drop();
  }

  private readonly activated = ({ tabId, windowId }: { tabId: number; windowId: number }) => {
    if (this.pinned === undefined && windowId === this.windowId && tabId !== this.tabId) this.follow(tabId);
  };

  private readonly updated = (tabId: number, change: { status?: string }) => {
    if (tabId !== this.tabId) return;
    // A new document: the old page's port closes as it unloads, and the new page's code (if
    // any) announces itself. The port is not dropped here: the new page's announcement can
    // arrive before this event does, and dropping would close it. Once loaded, a page with no
    // port yet is asked.
    if (change.status === 'loading' && !this.port) this.onState({ kind: 'waiting' });
    else if (change.status === 'complete' && !this.port) this.connect(tabId);
  };

  private readonly connected = (port: LinePort) => {
    if (port.name !== REFS_PORT) return;
    const from = port.sender;
    if (from?.tab?.id === undefined || from.tab.id !== this.tabId || (from.frameId ?? 0) !== 0) {
      // Another window's tab, or a frame: not this panel's page.
      port.disconnect();
      return;
    }
    this.adopt(port);
  };

  private follow(tabId: number): void {
    this.drop();
    this.tabId = tabId;
    this.onState({ kind: 'waiting' });
    this.connect(tabId);
  }

  private connect(tabId: number): void {
    let port: LinePort;
    try {
      port = this.api.tabs.connect(tabId, { name: REFS_PORT, frameId: 0 });
    } catch {
      this.onState({ kind: 'none' });
      return;
    }
    this.adopt(port);
  }

  private adopt(port: LinePort): void {
    if (this.port && this.port !== port) this.port.disconnect();
    this.port = port;
    port.onMessage.addListener((message) => {
      if (this.port === port && isPageRefsMessage(message)) this.onState({ kind: 'list', message });
    });
    port.onDisconnect.addListener(() => {
      // Reading lastError tells Chromium the closed port was expected (no page code there).
      void this.api.runtime.lastError;
      if (this.port !== port) return;
      this.port = undefined;
      this.onState({ kind: 'none' });
    });
  }

  private drop(): void {
    const port = this.port;
    this.port = undefined;
    port?.disconnect();
  }
}
