/**
 * Intercede on one page: the scan, prefetching and hover intent, started and stopped as a
 * whole, with the settings and translation they follow and the card they open. The content
 * script only wires a PageSession to WXT's context, the settings store and the card's
 * shadow-root UI; everything that decides what happens on the page lives here and is
 * unit-tested with a DOM and fakes.
 */
import type { ImportedName } from '../bible/imported-list';
import { secondShown } from '../bible/parallel';
import { isBundledTranslation, translationLabel, type TranslationId } from '../bible/translations';
import type { PageStatus } from '../messaging/tab';
import { translationCode, type FindOptions, type RefMatch } from '../refs';
import type { SecondTranslation, TextSize, Theme } from '../settings/values';
import { HoverController, type HoverHost, type OpenedBy } from './hover';
import type { PassageStore } from './passage-store';
import { Prefetcher } from './prefetch';
import { ACTIVE_HIGHLIGHT, type FoundRef } from './registry';
import { PageScanner } from './scanner';
import { liveRange, refAtPoint } from './hit-test';
import { firstRefOnScreen, inPageOrder, refAtSelection, refBeside } from './selection';
import { createSkipTest, isValidSelector } from './skip';

/** How long a scan still under way stands aside for a card that opens (ms). */
const CARD_HOLD = 400;

/** The settings the page follows. */
export interface PageSettings {
  theme: Theme;
  textSize: TextSize;
  hoverDelay: number;
  chapterOnly: boolean;
  caseInsensitive: boolean;
  skipCode: boolean;
  /** The user's exclude selectors, one list as stored (see parseExcludeSelectors). */
  excludeSelectors: string;
}

/** The settings whose change means the page is scanned again. */
const RESCAN: readonly (keyof PageSettings)[] = [
  'chapterOnly',
  'caseInsensitive',
  'skipCode',
  'excludeSelectors',
];

/** The open card: which reference, and how it was opened (keyboard opening moves focus in). */
export interface OpenCard {
  ref: FoundRef;
  by: OpenedBy;
  /** The translation it shows: the writer's when named and installed, then the reader's choice. */
  translation: TranslationId;
  /** The translation shown beside it, verse by verse (the reader's second translation), if any. */
  second?: TranslationId;
  /**
   * The translation the writer named after the reference when it is not one Intercede has
   * ("John 3:16 NIV"): the card says so in one line above the reader's translation.
   */
  unavailable?: string;
}

/** What a session needs from the content script. */
export interface PageSessionDeps {
  win: Window & typeof globalThis;
  /** Listeners and timers tied to the script's life (WXT's ctx), so they stop on reload. */
  host: HoverHost & {
    requestIdleCallback(callback: (deadline: IdleDeadline) => void): void;
  };
  /** The finder (lib/refs' findReferences). */
  find(text: string, options: FindOptions): readonly RefMatch[];
  /** Splits the stored exclude selectors into a list, dropping invalid ones. */
  parseExcludeSelectors(text: string, valid: (selector: string) => boolean): string[];
  store: PassageStore;
  /** Draws the card for `open`, or removes it (undefined); the current translation and settings come along. */
  render(open: OpenCard | undefined): void;
  /** Whether an event target is the card's host. */
  isCard(target: EventTarget | null): boolean;
  /** Hears that a scan pass settled, so the page's references may have changed (the side panel). */
  onSettled?(): void;
}

/** One page's Intercede: start, stop, settings, the card. */
export class PageSession {
  private scanner: PageScanner | undefined;
  private prefetcher: Prefetcher | undefined;
  private hover: HoverController | undefined;
  private opened: OpenCard | undefined;
  private siteOff = false;
  /** What had focus when the card opened, to go back to when it closes with focus inside. */
  private focusBefore: Element | undefined;
  /** The translations the reader imported (lib/bible/imported-list.ts), and their abbreviations. */
  private importedNames: readonly ImportedName[] = [];
  private codes: ReadonlySet<string> = new Set();

  constructor(
    private readonly deps: PageSessionDeps,
    private current: PageSettings,
    private currentTranslation: TranslationId,
    private secondSetting: SecondTranslation = 'none',
  ) {}

  /** The settings in force. */
  get settings(): Readonly<PageSettings> {
    return this.current;
  }

  /** The translation cards open in. */
  get translation(): TranslationId {
    return this.currentTranslation;
  }

  /** The translations cards open in now: the reader's, and the second beside it when there is one. */
  get translations(): TranslationId[] {
    const second = secondShown(this.currentTranslation, this.secondSetting);
    return second ? [this.currentTranslation, second] : [this.currentTranslation];
  }

  /**
   * The translation a card for `ref` opens in: the one the writer named after the
   * reference ("Rom 8:28 (KJV)") when it is installed, else the reader's.
   */
  translationFor(ref: FoundRef): TranslationId {
    return this.namedTranslation(ref.translation) ?? this.currentTranslation;
  }

  /**
   * The installed translation a code the writer named stands for: a bundled one, or one the
   * reader imported (#12 §5) under that abbreviation or under another spelling of the same
   * common code ("RVR60" imported, "RVR1960" written). The reader's own first and second
   * translations count before the imported list has arrived.
   */
  namedTranslation(code: string | undefined): TranslationId | undefined {
    if (code === undefined) return undefined;
    if (isBundledTranslation(code)) return code;
    if (this.codes.has(code)) return `u:${code}`;
    for (const abbreviation of this.codes)
      if (translationCode(abbreviation) === code) return `u:${abbreviation}`;
    const imported = `u:${code}` as const;
    return imported === this.currentTranslation || imported === this.secondSetting ? imported : undefined;
  }

  /** The translations the reader imported, as the card's switch offers them. */
  get imported(): readonly ImportedName[] {
    return this.importedNames;
  }

  /**
   * Takes the reader's imported translations (at start and after each import or removal). A
   * change of abbreviations scans the page again, since a reference may now end with one
   * ("Jn 3:16 (LSG)"); an open card redraws its switch.
   */
  setImported(list: readonly ImportedName[]): void {
    const codes = new Set(list.map(({ id }) => translationLabel(id)));
    const same = codes.size === this.codes.size && [...codes].every((code) => this.codes.has(code));
    this.importedNames = list;
    this.codes = codes;
    if (!same && this.scanner) {
      this.stop();
      this.start();
    } else {
      this.deps.render(this.opened);
    }
  }

  /** The open card, if any. */
  get open(): OpenCard | undefined {
    return this.opened;
  }

  /** Whether the page is being scanned (not stopped, not a site the reader turned off). */
  get running(): boolean {
    return this.scanner !== undefined;
  }

  /** Starts scanning, prefetching and listening for hovers (once; again after stop). */
  start(): void {
    if (this.scanner || this.siteOff) return;
    const { win, host, store } = this.deps;
    const settings = this.current;
    const skip = createSkipTest({
      skipCode: settings.skipCode,
      excludeSelectors: this.deps.parseExcludeSelectors(settings.excludeSelectors, (s) => isValidSelector(s)),
    });
    const scanner = new PageScanner(win, {
      root: win.document.documentElement,
      find: (text) =>
        this.deps.find(text, {
          caseInsensitive: this.current.caseInsensitive,
          chapterOnly: this.current.chapterOnly,
          translationCodes: this.codes,
        }),
      skip,
      schedule: (cb) => host.requestIdleCallback(cb),
      setTimeout: (cb, ms) => void host.setTimeout(cb, ms),
      onNear: (refs) => prefetcher.near(refs),
      onSettled: () => {
        prefetcher.settled();
        this.deps.onSettled?.();
      },
    });
    const prefetcher = new Prefetcher({
      busy: () => scanner.busy,
      nearRefs: () => scanner.registry.nearRefs(),
      fetch: (list) => void store.prefetch(list, this.translations),
    });
    this.scanner = scanner;
    this.prefetcher = prefetcher;
    this.hover = new HoverController({
      doc: win.document,
      registry: scanner.registry,
      host,
      hitTest: (x, y) =>
        refAtPoint(win.document, scanner.registry, x, y, (shadow) => scanner.noticeShadowRoot(shadow)),
      delay: () => this.current.hoverDelay,
      isCard: (target) => this.deps.isCard(target),
      open: (ref, by) => {
        this.scanner?.hold(CARD_HOLD);
        if (!this.opened) this.focusBefore = win.document.activeElement ?? undefined;
        this.opened = this.openCard(ref, by);
        this.deps.render(this.opened);
      },
      close: () => {
        this.opened = undefined;
        this.returnFocus();
        this.deps.render(undefined);
      },
      onHoverChange: (ref) => {
        this.setActiveHighlight(ref);
        if (!ref) return;
        // The passage is asked for as the pointer arrives, so the hover delay hides the
        // round trip, and a scan still under way stands aside until the card has it.
        this.scanner?.hold(this.current.hoverDelay + CARD_HOLD);
        const wanted = this.translations;
        if (wanted.some((translation) => !store.has(ref.osis, translation))) {
          for (const entry of store.getAll(ref.osis, wanted)) void entry.catch(() => undefined);
        }
      },
    });
    scanner.start();
    this.hover.start();
  }

  /** Closes the card, stops scanning and removes every underline. */
  stop(): void {
    this.hover?.closeNow();
    this.scanner?.stop();
    this.prefetcher?.stop();
    this.scanner = undefined;
    this.prefetcher = undefined;
    this.hover = undefined;
  }

  /**
   * Applies changed settings: one that changes what is found scans the page again; the
   * hover delay applies to the next hover; the theme redraws an open card.
   */
  apply(change: Partial<PageSettings>): void {
    this.current = { ...this.current, ...change };
    if (RESCAN.some((key) => key in change) && this.scanner) {
      this.stop();
      this.start();
    } else if ('theme' in change || 'textSize' in change) {
      this.deps.render(this.opened);
    }
  }

  /** Cards open in `translation` from now on; what was prefetched in another is asked for again. */
  setTranslation(translation: TranslationId): void {
    this.currentTranslation = translation;
    // The reader switched: the open card follows, whatever the writer named.
    if (this.opened) this.opened = this.withSecond({ ref: this.opened.ref, by: this.opened.by, translation });
    this.prefetcher?.reset();
    this.deps.render(this.opened);
  }

  /** Cards show `second` beside their translation from now on (or nothing beside it: 'none'). */
  setSecondTranslation(second: SecondTranslation): void {
    this.secondSetting = second;
    if (this.opened) this.opened = this.withSecond({ ...this.opened });
    this.prefetcher?.reset();
    this.deps.render(this.opened);
  }

  /** Turns the session off (the reader switched this site off) or back on. */
  setSiteOff(off: boolean): void {
    if (off === this.siteOff) return;
    this.siteOff = off;
    if (off) this.stop();
    else this.start();
  }

  /** The keyboard command: the reference at the selection, else the first on screen. */
  openFromCommand(): void {
    const { scanner, hover } = this;
    if (!scanner || !hover) return;
    const doc = this.deps.win.document;
    const ref = refAtSelection(doc, scanner.registry) ?? firstRefOnScreen(doc, scanner.registry);
    if (ref) hover.openNow(ref, 'keyboard');
  }

  /**
   * The next/previous commands: the card of the reference after (1) or before (-1) the open
   * one, or of the first on screen; scrolled into view, opened with focus (its heading names it
   * to a screen reader). Nothing happens past either end of the page.
   */
  openBeside(direction: 1 | -1): void {
    const { scanner, hover } = this;
    if (!scanner || !hover) return;
    const doc = this.deps.win.document;
    const ref = refBeside(doc, scanner.registry, this.opened?.ref, direction);
    if (ref) this.showRef(ref);
  }

  /**
   * Scrolls `ref` into view when it is off screen and opens its card as the keyboard does
   * (with focus, kept open): the next/previous commands and the side panel's list.
   */
  showRef(ref: FoundRef): void {
    const { hover } = this;
    if (!hover) return;
    const box = liveRange(this.deps.win.document, ref).getBoundingClientRect();
    if (box.bottom < 0 || box.top > this.deps.win.innerHeight) {
      ref.nodes[0]!.parentElement?.scrollIntoView({ block: 'center' });
    }
    hover.openNow(ref, 'keyboard');
  }

  /** Every reference the page holds, in page order (the side panel's list); none while stopped. */
  refsInOrder(): FoundRef[] {
    return this.scanner ? inPageOrder(this.scanner.registry.all()) : [];
  }

  /** Closes the card now (its close button, Escape inside it). */
  closeCard(): void {
    this.hover?.closeNow();
  }

  /** What the popup shows of this page. */
  status(): PageStatus {
    return { refs: this.scanner?.registry.size ?? 0, capped: this.scanner?.capped ?? false };
  }

  private openCard(ref: FoundRef, by: OpenedBy): OpenCard {
    const open: OpenCard = { ref, by, translation: this.translationFor(ref) };
    if (ref.translation !== undefined && !this.namedTranslation(ref.translation))
      open.unavailable = ref.translation;
    return this.withSecond(open);
  }

  /** `open` with the second translation it shows beside its own (none when that is the same). */
  private withSecond(open: OpenCard): OpenCard {
    const second = secondShown(open.translation, this.secondSetting);
    if (second) open.second = second;
    else delete open.second;
    return open;
  }

  /**
   * Focus inside the closing card goes back to where it was before the card opened (Escape,
   * the close button), as after any dialog; focus elsewhere is the reader's and stays put.
   */
  private returnFocus(): void {
    const back = this.focusBefore;
    this.focusBefore = undefined;
    const doc = this.deps.win.document;
    if (!this.deps.isCard(doc.activeElement)) return;
    if (back instanceof this.deps.win.HTMLElement && back.isConnected && !this.deps.isCard(back)) {
      back.focus({ preventScroll: true });
    } else if (doc.activeElement instanceof this.deps.win.HTMLElement) {
      // Nothing to go back to: leave the card, so focus does not vanish with it.
      doc.activeElement.blur();
    }
  }

  private setActiveHighlight(ref: FoundRef | undefined): void {
    const { win } = this.deps;
    if (!win.CSS?.highlights || typeof win.Highlight !== 'function') return;
    if (ref) win.CSS.highlights.set(ACTIVE_HIGHLIGHT, new win.Highlight(ref.range));
    else win.CSS.highlights.delete(ACTIVE_HIGHLIGHT);
  }
}
