import { CommentaryService } from '@/lib/db/commentary';
import { IntercedeDb } from '@/lib/db/database';
import { HistoryService } from '@/lib/db/history';
import { ImportedTranslations } from '@/lib/db/imported';
import { SavedService } from '@/lib/db/saved';
import { SearchIndexService } from '@/lib/db/search-index';
import { extensionPacks } from '@/lib/db/pack-source';
import { VerseService } from '@/lib/db/verse-service';
import { copyParallelText, copyText } from '@/lib/bible/copy-text';
import { isBundledTranslation, type TranslationId } from '@/lib/bible/translations';
import { formatOsis } from '@/lib/bible/osis';
import type { Passage } from '@/lib/bible/passage';
import { writeClipboard, type OffscreenApi } from '@/lib/clipboard/write-clipboard';
import { handleMessage, type HandlerDeps } from '@/lib/messaging/handle';
import { labelLanguage } from '@/lib/bible/book-names';
import { interfaceLanguage } from '@/lib/i18n';
import { keepSnapshot, type SessionArea } from '@/lib/saved/snapshot';
import { keepImportedList } from '@/lib/bible/imported-list';
import type { TabMessage } from '@/lib/messaging/tab';
import { badgeCount, copyFormat, secondTranslation, translation as translationSetting } from '@/lib/settings';
import { installSelectionMenu, type MenusApi } from '@/lib/selection-action';

/** The keyboard commands that act on the page, and the message each sends its content script. */
const COMMAND_MESSAGES: Record<string, TabMessage | undefined> = {
  'open-card': { type: 'intercede:openCard' },
  'next-reference': { type: 'intercede:moveCard', direction: 1 },
  'previous-reference': { type: 'intercede:moveCard', direction: -1 },
};

export default defineBackground(() => {
  const startedAt = Date.now();
  const db = new IntercedeDb();
  const bundled = extensionPacks();
  const imported = new ImportedTranslations(db);
  const packs = imported.packs(bundled);
  const verses = new VerseService(db, packs);
  const commentary = new CommentaryService(db, bundled);
  const saved = new SavedService(db, verses);
  const search = new SearchIndexService(db, verses, packs, Date.now, () => imported.list());
  /** A passage, named when its translation is imported (its card shows the copyright line). */
  const withAbout = async (passage: Passage): Promise<Passage> => {
    if (isBundledTranslation(passage.translation)) return passage;
    const about = await imported.about(passage.translation);
    return about ? { ...passage, about } : passage;
  };
  /** After an import replaced or removed a translation: its cached verses and index go. */
  const forget = async (id: TranslationId) => {
    await verses.forget(id);
    await search.forget(id);
  };
  /** The imported translations' names, copied where pages read them (lib/bible/imported-list.ts). */
  const importedChanged = () =>
    void (async () => keepImportedList(browser.storage.local, await imported.list()))().catch(
      () => undefined,
    );
  const history = new HistoryService(db);
  // The toolbar badge counts saved verses when the user wants it (MV3 action, MV2 browserAction).
  const action = browser.action ?? browser.browserAction;
  const showCount = async (count: number) => {
    const text = (await badgeCount.getValue()) ? String(count || '') : '';
    await action.setBadgeText({ text });
  };
  const updateBadge = async () => showCount(await saved.count());
  // The popup's first look at "My verses" while a stopped worker starts (lib/saved/snapshot.ts).
  const session = browser.storage.session as SessionArea | undefined;
  /** After a change: one read of the list gives both the badge's count and the popup's copy. */
  const savedChanged = () =>
    void (async () => {
      const items = await saved.list();
      await Promise.all([showCount(items.length), session && keepSnapshot(session, items)]);
    })().catch(() => undefined);
  // The badge outlives the worker: it is set when the browser starts, on install and update,
  // and on every change, not each time the worker wakes (which would count on every wake).
  badgeCount.watch(() => void updateBadge());
  browser.runtime.onStartup.addListener(() => {
    savedChanged();
    importedChanged();
  });
  const popupUrl = (query: URLSearchParams) => `${browser.runtime.getURL('/popup.html')}?${query}`;
  // A context-menu lookup waiting for the popup it opened; stale after a minute.
  let pending: { query: string; at: number } | undefined;
  /** Puts passages on the clipboard as the card shows them (with a second translation when shown), a blank line apart. */
  const copyPassages = async (
    items: { osis: string; translation: TranslationId; second?: TranslationId }[],
    keep: boolean,
  ) => {
    const format = await copyFormat.getValue();
    // The reference as the reader's interface writes it ("Hebreos 7:25" in Spanish).
    const language = labelLanguage(interfaceLanguage());
    const label = (osis: string) => formatOsis(osis, language);
    const texts = await Promise.all(
      items.map(async ({ osis, translation, second }) => {
        const [passage, beside] = await Promise.all([
          verses.getPassage(osis, translation, { keep }),
          second && verses.getPassage(osis, second, { keep }),
        ]);
        return beside
          ? copyParallelText(label(osis), [passage, beside], format)
          : copyText(label(osis), translation, passage, format);
      }),
    );
    const text = texts.join('\n\n');
    await writeClipboard(text, {
      offscreen: (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen,
      sendMessage: (message) => browser.runtime.sendMessage(message),
      clipboard: globalThis.navigator?.clipboard,
    });
  };
  const deps: HandlerDeps = {
    extensionId: browser.runtime.id,
    extensionUrl: browser.runtime.getURL('/'),
    getPassage: async (osis, translation) => withAbout(await verses.getPassage(osis, translation)),
    unkept: {
      getPassage: async (osis, translation) =>
        withAbout(await verses.getPassage(osis, translation, { keep: false })),
      copyPassage: (osis, translation, second) => copyPassages([{ osis, translation, second }], false),
      copyPassages: (items) => copyPassages(items, false),
    },
    getStatus: async () => ({ startedAt, cachedBooks: await verses.cachedBooks() }),
    getCommentary: (osis) => commentary.getCommentary(osis),
    findTopic: (query) => commentary.nave.topicNamed(query),
    clearCache: async () => {
      await verses.clear();
      await commentary.clear();
      await search.clear();
    },
    saved,
    onSavedChanged: savedChanged,
    translations: {
      list: () => imported.list(),
      begin: (start) => imported.begin(start),
      addBooks: (token, books) => imported.addBooks(token, books),
      finish: async (token, apart, repairs) => {
        const done = await imported.finish(token, apart, repairs);
        await forget(done.id);
        importedChanged();
        return done;
      },
      remove: async (id) => {
        await imported.remove(id);
        await forget(id);
        importedChanged();
        // Settings naming it fall back: the first to the reader's default, the second to none.
        if ((await translationSetting.getValue()) === id) {
          await translationSetting.setValue(translationSetting.fallback);
        }
        if ((await secondTranslation.getValue()) === id) await secondTranslation.setValue('none');
      },
    },
    search,
    history,
    takeLookup: () => {
      const taken = pending && Date.now() - pending.at < 60_000 ? pending.query : null;
      pending = undefined;
      return taken;
    },
    copyPassage: (osis, translation, second) => copyPassages([{ osis, translation, second }], true),
    copyPassages: (items) => copyPassages(items, true),
    openPassage: async (osis, translation) => {
      await browser.tabs.create({
        url: popupUrl(new URLSearchParams({ q: formatOsis(osis), t: translation })),
      });
    },
  };
  // Only runtime.onMessage is registered: with no externally_connectable and no
  // onMessageExternal listener, web pages and other extensions cannot reach us, and
  // handleMessage refuses any sender that is not this extension besides.
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, deps));

  browser.runtime.onInstalled.addListener(({ reason }) => {
    savedChanged();
    importedChanged();
    // The first-run page, once: not on updates, nor when the browser itself is updated.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  // Firefox has no `menus` with only the contextMenus permission, and Firefox for Android has
  // neither: the selection menu is made with what exists, or not at all.
  void installSelectionMenu(browser.contextMenus as unknown as MenusApi | undefined, {
    setPending: (query) => (pending = query === undefined ? undefined : { query, at: Date.now() }),
    openPopup: () => action.openPopup(),
    openTab: async (q) => void (await browser.tabs.create({ url: popupUrl(new URLSearchParams({ q })) })),
    save: async (osis) => {
      await saved.save(osis, await translationSetting.getValue());
      savedChanged();
    },
  });

  // Keyboard shortcuts: none on Firefox for Android.
  browser.commands?.onCommand.addListener(async (command) => {
    const message = COMMAND_MESSAGES[command];
    if (!message) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    // A tab without our content script (a browser page) has no receiver; nothing to open there.
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});
