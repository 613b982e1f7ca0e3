import { render } from 'preact';
import { importedListFrom } from '@/lib/bible/imported-list';
import { findReferences } from '@/lib/refs';
import { passageLabel } from '@/components/labels';
import { CardHost } from '@/components/card-host';
import cardCss from '@/components/verse-card/verse-card.css?inline';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import { REFS_PORT } from '@/lib/messaging/refs-port';
import type { PageStatus } from '@/lib/messaging/tab';
import { guardUntrusted } from '@/lib/page/guard-untrusted';
import { liveRange } from '@/lib/page/hit-test';
import { PageSession, type OpenCard } from '@/lib/page/page-session';
import { takeHandoff } from '@/lib/page/probe-page';
import { PanelLink } from '@/lib/page/panel-link';
import { PassageStore } from '@/lib/page/passage-store';
import { cardTextScale, resolveTheme } from '@/lib/page/theme';
import * as settings from '@/lib/settings';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The page code: the scan, the underlines, hover and the card. The first stage
 * (entrypoints/page-probe.ts) loads this module where a page's text may hold a reference, and
 * hands it the settings it read and its storage and message listeners.
 */
export default defineUnlistedScript(() => {
  const handoff = takeHandoff(globalThis);
  if (!handoff) return;
  const ctx = new ContentScriptContext('intercede-page');
  const { translation, secondTranslation, disabledSites, ...page } = handoff.settings;
  // After an extension reload this script is orphaned; reading ctx.isInvalid notices that
  // and fires onInvalidated, so every callback checks it before doing anything.
  const alive = () => !ctx.isInvalid;
  const store = new PassageStore({
    getPassage: (query) => send('getPassage', query),
    getPassages: (items) => send('getPassages', { items }),
  });

  // The card's host is made the first time a card opens: most pages never need it.
  let ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  /** The browser's default font size (CSS `medium`) in px, measured inside the card's root. */
  let mediumPx = 16;
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
        // Measured where the page's styles cannot reach: the reader's default font size.
        const measure = document.createElement('span');
        measure.style.setProperty('all', 'initial');
        measure.style.setProperty('font-size', 'medium');
        shadow.append(measure);
        mediumPx = parseFloat(getComputedStyle(measure).fontSize);
        measure.remove();
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

  const renderCard = (open: OpenCard | undefined) => {
    if (!open) {
      if (ui?.mounted) render(null, ui.mounted);
      return;
    }
    if (!ui) {
      void makeUi().then(() => alive() && renderCard(session.open));
      return;
    }
    if (!ui.mounted) ui.mount();
    const { ref, by } = open;
    const shown = open.translation;
    render(
      <CardHost
        key={ref.osis}
        osis={ref.osis}
        label={passageLabel(ref.osis)}
        anchor={() => liveRange(document, ref).getBoundingClientRect()}
        openedBy={by}
        unavailable={open.unavailable}
        translation={shown}
        second={open.second}
        onTranslationChange={(next) => void settings.translation.setValue(next)}
        imported={session.imported}
        theme={resolveTheme(session.settings.theme, window)}
        textScale={cardTextScale(session.settings.textSize, mediumPx)}
        store={store}
        loadCommentary={(osis) => send('getCommentary', { osis })}
        savedState={(osis, tr) => send('savedState', { osis, translation: tr })}
        toggleSaved={(osis, tr, discardNote, second) =>
          send('toggleSaved', { osis, translation: tr, discardNote, ...(second ? { second } : {}) })
        }
        saveOff={browser.extension.inIncognitoContext ? t('savingOffPrivate') : undefined}
        onCopy={async (osis, tr, second) =>
          void (await send('copyPassage', { osis, translation: tr, ...(second ? { second } : {}) }))
        }
        onOpen={() => void send('openPassage', { osis: ref.osis, translation: shown })}
        onOpenReference={(osis) => void send('openPassage', { osis, translation: shown })}
        onClose={() => session.closeCard()}
      />,
      ui.mounted as HTMLElement,
    );
  };

  const session = new PageSession(
    {
      win: window,
      host: {
        addEventListener: (target, type, handler, options) =>
          ctx.addEventListener(
            target as Window,
            type as 'click',
            (event) => alive() && handler(event),
            options,
          ),
        setTimeout: (handler, ms) => ctx.setTimeout(() => alive() && handler(), ms),
        clearTimeout: (id) => clearTimeout(id),
        requestAnimationFrame: (handler) => ctx.requestAnimationFrame(handler),
        requestIdleCallback: (cb) =>
          void ctx.requestIdleCallback((deadline) => alive() && cb(deadline), { timeout: 500 }),
      },
      find: findReferences,
      parseExcludeSelectors: settings.parseExcludeSelectors,
      store,
      render: renderCard,
      isCard: (target) => ui !== undefined && target === ui.shadowHost,
      onSettled: () => panels?.changed(),
    },
    page,
    translation,
    secondTranslation,
  );
  // The side panel lists the references of the page the reader sees: the top frame's.
  const panels =
    window === window.top
      ? new PanelLink({
          refs: () => session.refsInOrder(),
          capped: () => session.status().capped,
          title: () => document.title,
          show: (ref) => session.showRef(ref),
          translationOf: (code) => session.namedTranslation(code),
          setTimeout: (handler, ms) => ctx.setTimeout(() => alive() && handler(), ms),
        })
      : undefined;
  if (panels) {
    browser.runtime.onConnect.addListener((port) => void (alive() && panels.attach(port)));
  }
  session.setSiteOff(settings.isSiteDisabled(location.hostname, disabledSites));
  // The imported translations were read while this module loaded; the scan starts once they are
  // known, since a reference may name one ("Jn 3:16 (LSG)").
  handoff.onImportedChange((stored) => alive() && session.setImported(importedListFrom(stored)));
  void handoff.imported.then((stored) => {
    if (!alive()) return;
    session.setImported(importedListFrom(stored));
    session.start();
  });
  // A panel already following this tab hears that the page code is here (no panel: the port
  // closes at once). Read lastError so Chromium does not log the closed port as unchecked.
  const announce = () => {
    const port = browser.runtime.connect({ name: REFS_PORT });
    port.onDisconnect.addListener(() => void browser.runtime.lastError);
    panels?.attach(port);
  };
  if (panels) {
    announce();
    // A page left for another stays in the back-forward cache with its ports open (Firefox):
    // its panels let it go, so they follow the tab's next page, and hear of it again if it comes back.
    ctx.addEventListener(window, 'pagehide', (event) => event.isTrusted && panels.close());
    ctx.addEventListener(window, 'pageshow', (event) => event.isTrusted && event.persisted && announce());
  }

  // Settings apply to open tabs without a reload; a change carries its new values.
  handoff.onSettingsChange(
    ({ translation: nextTranslation, secondTranslation: nextSecond, disabledSites: sites, ...change }) => {
      if (!alive()) return;
      if (Object.keys(change).length > 0) session.apply(change);
      if (nextTranslation) session.setTranslation(nextTranslation);
      if (nextSecond) session.setSecondTranslation(nextSecond);
      if (sites) {
        session.setSiteOff(settings.isSiteDisabled(location.hostname, sites));
        panels?.changed();
      }
    },
  );

  handoff.onTabMessage((message) => {
    if (!alive()) return undefined;
    if (message.type === 'intercede:pageStatus') {
      // Only the top frame answers, so the popup hears of the page the reader sees.
      if (window !== window.top) return undefined;
      const status: PageStatus = session.status();
      return Promise.resolve(status);
    }
    if (message.type === 'intercede:moveCard') session.openBeside(message.direction);
    else session.openFromCommand();
    return undefined;
  });

  // An extension reload or update invalidates this script: stop quietly. The first stage's
  // listeners go with the extension context; `alive()` above keeps them from reaching here.
  ctx.onInvalidated(() => {
    panels?.close();
    session.stop();
    ui?.remove();
  });
});
