/**
 * The page's first stage: on every page, look at the text, and load the page code (finder,
 * scanner, card) only when the text may hold a reference — at once or when content added later
 * does. Pages without references pay for this file and a text check; the rest of Intercede
 * never loads there.
 *
 * The settings are read (once) only when the text holds something that could be a reference
 * under some settings: until then no storage call is made and no listener added, since no
 * setting could make such a page worth the page code. It then owns the page's only storage
 * listener (and, once the page code loads, its only runtime-message listener) and hands both
 * on, with the settings it read, to the page code (PageHandoff), so the settings are read once
 * per page and watched once.
 */
import type { TabMessage } from '../messaging/tab';
import { isTabMessage } from '../messaging/tab';
import { IMPORTED_LIST_KEY } from '../bible/imported-list';
import { mayHoldReference } from '../refs/probe';
import { isSiteDisabled, settingsFrom, storageKeys, type Settings } from '../settings/values';
import { blockContainerOf, TEXT_CHANGES } from './blocks';
import { openShadowRootsIn } from './shadow';

/** The settings the page reads at start. */
const PAGE_SETTING_NAMES = [
  'translation',
  'secondTranslation',
  'hoverDelay',
  'theme',
  'textSize',
  'chapterOnly',
  'caseInsensitive',
  'skipCode',
  'excludeSelectors',
  'disabledSites',
] as const;

/**
 * The settings the first stage decides by. The rest are worked out only when the page code loads:
 * the default translation asks the browser's i18n API, which a page without references need not pay for.
 */
const PROBE_SETTING_NAMES = ['caseInsensitive', 'disabledSites'] as const;

/** Their keys in storage (the list of sites is kept in parts): all read in one call. */
const PAGE_KEYS = PAGE_SETTING_NAMES.flatMap(storageKeys);

/** The settings the page follows. */
export type PageStartSettings = Pick<Settings, (typeof PAGE_SETTING_NAMES)[number]>;

/** What the first stage hands the page code it loads. */
export interface PageHandoff {
  /** The settings as read at start, with any change since. */
  settings: PageStartSettings;
  /** Each later change, with only the settings that changed. */
  onSettingsChange(listener: (change: Partial<PageStartSettings>) => void): void;
  /** Messages from the extension to this tab; the listener answers with a promise, or not at all. */
  onTabMessage(listener: (message: TabMessage) => Promise<unknown> | undefined): void;
  /**
   * The translations the reader imported, as stored (lib/bible/imported-list.ts reads it), from
   * `storage.local` while the page code loads; the latest value when a change came in meanwhile.
   */
  imported: Promise<unknown>;
  /** Each later change of the imported translations, with the whole stored value. */
  onImportedChange(listener: (stored: unknown) => void): void;
}

/** Storage changes as the browser reports them. */
type StorageChanges = Record<string, { newValue?: unknown } | undefined>;

/** What the first stage needs from the browser (the entrypoint passes the real APIs). */
export interface ProbeDeps {
  doc: Document;
  hostname: string;
  /** One read of the named settings from `storage.sync` (only where the text may hold a reference). */
  read(names: readonly string[]): Promise<Record<string, unknown>>;
  /** One read of a key of `storage.local` (only where the page code loads). */
  readLocal(key: string): Promise<Record<string, unknown>>;
  /** Adds the storage listener (changes to `storage.sync` and `storage.local`, with the area's name), with the read. */
  onStorageChange(listener: (changes: StorageChanges, area: string) => void): void;
  /** Adds the runtime-message listener (once the page code loads); its return value is the answer. */
  onMessage(listener: (message: unknown) => Promise<unknown> | undefined): void;
  /** Loads the page code, which takes `handoff` (a dynamic import of its module). */
  load(handoff: PageHandoff): Promise<void>;
  /** Runs `callback` when the page is idle. */
  idle(callback: () => void): void;
  /** Whether the extension is still there (false after it is reloaded or removed). */
  alive(): boolean;
}

/** The first stage on one page. */
export class PageProbe {
  /** What the first stage decides by, once read. */
  private looking: Pick<Settings, (typeof PROBE_SETTING_NAMES)[number]> | undefined;
  /** The page's settings, worked out when the page code loads. */
  private settings: PageStartSettings | undefined;
  /** What storage holds under PAGE_KEYS, kept up to date, to join a setting kept in parts. */
  private stored: Record<string, unknown> = {};
  private observer: MutationObserver | undefined;
  private pending = new Set<Node>();
  /** The open shadow roots met, watched like the page (a subtree observer stops at them). */
  private readonly shadows = new Set<ShadowRoot>();
  private idleAsked = false;
  /** The settings' read, once started. */
  private reading: Promise<void> | undefined;
  private loading: Promise<void> | undefined;
  private readonly settingsListeners: ((change: Partial<PageStartSettings>) => void)[] = [];
  private messageListener: ((message: TabMessage) => Promise<unknown> | undefined) | undefined;
  /** The imported translations as stored, once read or changed (the page code checks them). */
  private imported: { stored: unknown } | undefined;
  private readonly importedListeners: ((stored: unknown) => void)[] = [];

  constructor(private readonly deps: ProbeDeps) {}

  /** Whether the page code has been asked for. */
  get loaded(): boolean {
    return this.loading !== undefined;
  }

  /**
   * Looks at the page; where its text may hold a reference under any settings (small-letter
   * names included), reads the settings and decides by them. Otherwise watches what is added.
   */
  async start(): Promise<void> {
    const root = this.deps.doc.documentElement;
    if (root && !this.mayHold(root, true)) {
      this.watch(root);
      return;
    }
    await this.readSettings();
    this.look();
  }

  /** Reads the settings (once) and listens for their changes from then on. */
  private readSettings(): Promise<void> {
    this.reading ??= (async () => {
      const { deps } = this;
      deps.onStorageChange((changes, area) => this.onStorageChange(changes, area));
      this.stored = { ...(await deps.read(PAGE_KEYS)), ...this.stored };
      this.looking = settingsFrom(PROBE_SETTING_NAMES, this.stored);
    })();
    return this.reading;
  }

  /** Looks at the whole page by the settings read, then watches what is added to it (unless the site is off). */
  private look(): void {
    const settings = this.looking;
    if (!settings || this.loading) return;
    if (isSiteDisabled(this.deps.hostname, settings.disabledSites)) {
      this.unobserve();
      return;
    }
    const root = this.deps.doc.documentElement;
    if (!root) return;
    if (this.mayHold(root, settings.caseInsensitive)) {
      this.loadPage();
      return;
    }
    this.watch(root);
  }

  /** Watches the page, and the open shadow roots met in it, for text added or changed. */
  private watch(root: Element): void {
    if (this.observer) return;
    const win = this.deps.doc.defaultView!;
    this.observer = new win.MutationObserver((records) => this.onMutations(records));
    this.observer.observe(root, TEXT_CHANGES);
    for (const shadow of this.shadows) this.observer.observe(shadow, TEXT_CHANGES);
  }

  /**
   * Whether the text in `root` may hold a reference, the text of open shadow roots within it
   * included (sites built from web components); each shadow root met is watched from then on.
   */
  private mayHold(root: Node, caseInsensitive: boolean): boolean {
    if (mayHoldReference(root.textContent ?? '', caseInsensitive)) return true;
    for (const shadow of openShadowRootsIn(root)) {
      // Observing a node again with the same options changes nothing.
      this.shadows.add(shadow);
      this.observer?.observe(shadow, TEXT_CHANGES);
      if (mayHoldReference(shadow.textContent ?? '', caseInsensitive)) return true;
    }
    return false;
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.deps.alive()) {
      this.unobserve();
      return;
    }
    for (const record of records) {
      // The whole block the change is in: a reference may join text already there ("John " + "3:16").
      const block = blockContainerOf(record.target, this.deps.doc.documentElement);
      if (block) this.pending.add(block);
    }
    if (this.idleAsked) return;
    this.idleAsked = true;
    this.deps.idle(() => this.lookAtChanges());
  }

  private lookAtChanges(): void {
    this.idleAsked = false;
    const blocks = [...this.pending];
    this.pending.clear();
    if (this.loading) return;
    const settings = this.looking;
    // Before the settings are read, under any settings.
    const caseInsensitive = settings ? settings.caseInsensitive : true;
    for (const block of blocks) {
      if (block.isConnected && this.mayHold(block, caseInsensitive)) {
        if (settings) this.loadPage();
        // The first text that may hold a reference: the settings decide, over the whole page.
        else void this.readSettings().then(() => this.look());
        return;
      }
    }
  }

  private unobserve(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.pending.clear();
    this.shadows.clear();
  }

  private loadPage(): void {
    this.unobserve();
    // Messages (the popup's question, the keyboard command) concern the page code only: a page
    // without it has nothing to report or open, and listening would cost every page the
    // runtime API's set-up. The popup takes no answer as nothing underlined.
    this.deps.onMessage((message) => this.onMessage(message));
    const settings = settingsFrom(PAGE_SETTING_NAMES, this.stored);
    this.settings = settings;
    // Read while the page code loads, so it costs the page no wait.
    const imported = this.deps.readLocal(IMPORTED_LIST_KEY).then(
      (stored) => (this.imported ??= { stored: stored[IMPORTED_LIST_KEY] }).stored,
      () => (this.imported ??= { stored: undefined }).stored,
    );
    this.loading = this.deps.load({
      settings,
      onSettingsChange: (listener) => void this.settingsListeners.push(listener),
      onTabMessage: (listener) => void (this.messageListener = listener),
      imported,
      onImportedChange: (listener) => void this.importedListeners.push(listener),
    });
  }

  private onStorageChange(changes: StorageChanges, area: string): void {
    if (area === 'local') {
      const change = changes[IMPORTED_LIST_KEY];
      if (!change) return;
      this.imported = { stored: change.newValue };
      for (const listener of this.importedListeners) listener(change.newValue);
      return;
    }
    if (area !== 'sync') return;
    for (const key of PAGE_KEYS) if (changes[key]) this.stored[key] = changes[key].newValue;
    if (!this.looking) return;
    const names = PAGE_SETTING_NAMES.filter((name) => storageKeys(name).some((key) => changes[key]));
    if (names.length === 0) return;
    if (this.settings) {
      const change = settingsFrom(names, this.stored);
      this.settings = { ...this.settings, ...change };
      for (const listener of this.settingsListeners) listener(change);
      return;
    }
    this.looking = settingsFrom(PROBE_SETTING_NAMES, this.stored);
    // Small-letter names or a site turned back on may make this page worth the page code now.
    if (names.includes('caseInsensitive') || names.includes('disabledSites')) this.look();
  }

  private onMessage(message: unknown): Promise<unknown> | undefined {
    if (!isTabMessage(message)) return undefined;
    return this.messageListener?.(message);
  }
}

/** Where the first stage leaves the handoff for the page code, on the content script's own global. */
const HANDOFF_KEY = 'intercedePageHandoff';

/** Leaves `handoff` for the page code about to load (the content script's world, not the page's). */
export function leaveHandoff(scope: object, handoff: PageHandoff): void {
  (scope as Record<string, unknown>)[HANDOFF_KEY] = handoff;
}

/** Takes the handoff the first stage left (once), or undefined when the page code was loaded otherwise. */
export function takeHandoff(scope: object): PageHandoff | undefined {
  const record = scope as Record<string, unknown>;
  const handoff = record[HANDOFF_KEY] as PageHandoff | undefined;
  delete record[HANDOFF_KEY];
  return handoff;
}
