import './style.css';
import { render } from 'preact';
import { formatReference, findReferences } from '@/lib/refs';
import type { TranslationId } from '@/lib/bible/translations';
import { CardHost } from '@/components/card-host';
import cardCss from '@/components/verse-card/verse-card.css?inline';
import { send } from '@/lib/messaging/send';
import { isTabMessage, type PageStatus } from '@/lib/messaging/tab';
import { liveRange } from '@/lib/page/hit-test';
import { HoverController, type OpenedBy } from '@/lib/page/hover';
import { PassageStore } from '@/lib/page/passage-store';
import { Prefetcher } from '@/lib/page/prefetch';
import { ACTIVE_HIGHLIGHT, type FoundRef } from '@/lib/page/registry';
import { PageScanner } from '@/lib/page/scanner';
import { createSkipTest, isValidSelector } from '@/lib/page/skip';
import { guardUntrusted } from '@/lib/page/guard-untrusted';
import { resolveTheme } from '@/lib/page/theme';
import { firstRefOnScreen, refAtSelection } from '@/lib/page/selection';
import * as settings from '@/lib/settings';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',

  async main(ctx) {
    // Everything the page needs to start, in one storage call.
    const {
      translation: savedTranslation,
      disabledSites,
      ...page
    } = await settings.readSettings({
      ...PAGE_SETTINGS,
      translation: settings.translation,
      disabledSites: settings.disabledSites,
    });
    let current: PageSettings = page;
    let translation = savedTranslation;
    const store = new PassageStore({
      getPassage: (query) => send('getPassage', query),
      getPassages: (items) => send('getPassages', { items }),
    });
    let scanner: PageScanner | undefined;
    let prefetcher: Prefetcher | undefined;
    let hover: HoverController | undefined;
    let open: { ref: FoundRef; by: OpenedBy } | undefined;
    // After an extension reload this script is orphaned; reading ctx.isInvalid notices that
    // and fires onInvalidated, so every callback checks it before doing anything.
    const alive = () => !ctx.isInvalid;

    // The card's host is made the first time a card opens: most pages never need it.
    let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
    let making: Promise<unknown> | undefined;
    const makeUi = () =>
      (making ??= createShadowRootUi(ctx, {
        name: 'intercede-card',
        // Closed: the page cannot read the card (its passage, whether it is saved) or reach
        // its buttons; the guard stops any synthetic event that still gets in.
        mode: 'closed',
        position: 'inline',
        anchor: 'html',
        append: 'last',
        onMount(container, shadow) {
          guardUntrusted(shadow, ctx.signal);
          const style = document.createElement('style');
          style.textContent = cardCss;
          container.append(style);
          const root = document.createElement('div');
          container.append(root);
          return root;
        },
        onRemove(root) {
          if (root) render(null, root);
        },
      }).then((made) => (ui = made)));
    const mountRoot = (made: ShadowRootContentScriptUi<HTMLElement>) => {
      if (!made.mounted) made.mount();
      return made.mounted as HTMLElement;
    };

    function renderCard() {
      if (!open) {
        if (ui?.mounted) render(null, ui.mounted);
        return;
      }
      if (!ui) {
        void makeUi().then(() => alive() && renderCard());
        return;
      }
      const { ref, by } = open;
      render(
        <CardHost
          key={ref.osis}
          osis={ref.osis}
          label={formatReference(ref.osis)}
          anchor={() => liveRange(document, ref).getBoundingClientRect()}
          openedBy={by}
          translation={translation}
          onTranslationChange={(t: TranslationId) => void settings.translation.setValue(t)}
          theme={resolveTheme(current.theme, window)}
          store={store}
          loadCommentary={(osis) => send('getCommentary', { osis })}
          savedState={(osis, t) => send('savedState', { osis, translation: t })}
          toggleSaved={(osis, t, discardNote) => send('toggleSaved', { osis, translation: t, discardNote })}
          onCopy={async (osis, t) => void (await send('copyPassage', { osis, translation: t }))}
          onOpen={() => void send('openPassage', { osis: ref.osis, translation })}
          onOpenReference={(osis) => void send('openPassage', { osis, translation })}
          onClose={() => hover?.closeNow()}
        />,
        mountRoot(ui),
      );
    }

    function start() {
      const skip = createSkipTest({
        skipCode: current.skipCode,
        excludeSelectors: settings.parseExcludeSelectors(current.excludeSelectors, (s) => isValidSelector(s)),
      });
      scanner = new PageScanner(window, {
        root: document.documentElement,
        find: (text) =>
          findReferences(text, {
            caseInsensitive: current.caseInsensitive,
            chapterOnly: current.chapterOnly,
          }),
        skip,
        schedule: (cb) => ctx.requestIdleCallback((deadline) => alive() && cb(deadline), { timeout: 500 }),
        setTimeout: (cb, ms) => void ctx.setTimeout(() => alive() && cb(), ms),
        onFound: (refs) => prefetcher?.watch(refs),
      });
      prefetcher = new Prefetcher({
        win: window,
        registry: scanner.registry,
        fetch: (list) => void store.prefetch(list, translation),
      });
      hover = new HoverController({
        doc: document,
        registry: scanner.registry,
        host: {
          addEventListener: (target, type, handler, options) =>
            ctx.addEventListener(
              target as Window,
              type as 'click',
              (event) => alive() && handler(event),
              options,
            ),
          setTimeout: (handler, ms) => ctx.setTimeout(handler, ms),
          clearTimeout: (id) => clearTimeout(id),
          requestAnimationFrame: (handler) => ctx.requestAnimationFrame(handler),
        },
        delay: () => current.hoverDelay,
        isCard: (target) => ui !== undefined && target === ui.shadowHost,
        open: (ref, by) => {
          scanner?.hold(CARD_HOLD);
          open = { ref, by };
          renderCard();
        },
        close: () => {
          open = undefined;
          renderCard();
        },
        onHoverChange: (ref) => {
          setActiveHighlight(ref);
          if (!ref) return;
          // The passage is asked for as the pointer arrives, so the hover delay hides the
          // round trip, and a scan still under way stands aside until the card has it.
          scanner?.hold(current.hoverDelay + CARD_HOLD);
          if (!store.has(ref.osis, translation)) void store.get(ref.osis, translation).catch(() => undefined);
        },
      });
      scanner.start();
      hover.start();
    }

    function stop() {
      hover?.closeNow();
      scanner?.stop();
      prefetcher?.stop();
      scanner = undefined;
      prefetcher = undefined;
      hover = undefined;
    }

    function setActiveHighlight(ref: FoundRef | undefined) {
      if (!CSS.highlights || typeof Highlight !== 'function') return;
      if (ref) CSS.highlights.set(ACTIVE_HIGHLIGHT, new Highlight(ref.range));
      else CSS.highlights.delete(ACTIVE_HIGHLIGHT);
    }

    let siteOff = settings.isSiteDisabled(location.hostname, disabledSites);
    if (!siteOff) start();

    // Settings apply to open tabs without a reload; a change carries its new value.
    const restart = (change: Partial<PageSettings>) => {
      current = { ...current, ...change };
      if (siteOff) return;
      stop();
      start();
    };
    const unwatch = [
      settings.chapterOnly.watch((chapterOnly) => restart({ chapterOnly })),
      settings.caseInsensitive.watch((caseInsensitive) => restart({ caseInsensitive })),
      settings.skipCode.watch((skipCode) => restart({ skipCode })),
      settings.excludeSelectors.watch((excludeSelectors) => restart({ excludeSelectors })),
      settings.hoverDelay.watch((hoverDelay) => (current = { ...current, hoverDelay })),
      settings.theme.watch((theme) => {
        current = { ...current, theme };
        renderCard();
      }),
      settings.translation.watch((value) => {
        translation = value;
        prefetcher?.reset();
        renderCard();
      }),
      settings.disabledSites.watch((sites) => {
        const off = settings.isSiteDisabled(location.hostname, sites ?? []);
        if (off === siteOff) return;
        siteOff = off;
        if (off) stop();
        else start();
      }),
    ];

    const onMessage = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id || !isTabMessage(message)) return;
      if (message.type === 'intercede:pageStatus') {
        // Only the top frame answers, so the popup hears of the page the reader sees.
        if (window !== window.top) return;
        const status: PageStatus = { refs: scanner?.registry.size ?? 0, capped: scanner?.capped ?? false };
        return Promise.resolve(status);
      }
      if (!scanner || !hover) return;
      const ref = refAtSelection(document, scanner.registry) ?? firstRefOnScreen(document, scanner.registry);
      if (ref) hover.openNow(ref, 'keyboard');
    };
    browser.runtime.onMessage.addListener(onMessage);

    // An extension reload or update invalidates this script: stop quietly.
    ctx.onInvalidated(() => {
      // Page-side cleanup first: extension APIs may already throw in an orphaned script.
      stop();
      ui?.remove();
      for (const fn of [...unwatch, () => browser.runtime.onMessage.removeListener(onMessage)]) {
        try {
          fn();
        } catch {
          // The extension context is gone; its listeners went with it.
        }
      }
    });
  },
});

/** How long a scan still under way stands aside for a card that opens (ms). */
const CARD_HOLD = 400;

/** The settings the page code reads. */
const PAGE_SETTINGS = {
  theme: settings.theme,
  hoverDelay: settings.hoverDelay,
  chapterOnly: settings.chapterOnly,
  caseInsensitive: settings.caseInsensitive,
  skipCode: settings.skipCode,
  excludeSelectors: settings.excludeSelectors,
};
type PageSettings = Awaited<ReturnType<typeof settings.readSettings<typeof PAGE_SETTINGS>>>;
