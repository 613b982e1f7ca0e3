import { CommentaryService } from '@/lib/db/commentary';
import { IntercedeDb } from '@/lib/db/database';
import { HistoryService } from '@/lib/db/history';
import { SavedService } from '@/lib/db/saved';
import { SearchIndexService } from '@/lib/db/search-index';
import { extensionPacks } from '@/lib/db/pack-source';
import { VerseService } from '@/lib/db/verse-service';
import { copyText } from '@/lib/bible/copy-text';
import { formatOsis } from '@/lib/bible/osis';
import { writeClipboard, type OffscreenApi } from '@/lib/clipboard/write-clipboard';
import { t } from '@/lib/i18n';
import { handleMessage, type HandlerDeps } from '@/lib/messaging/handle';
import type { TabMessage } from '@/lib/messaging/tab';
import { badgeCount, translation as translationSetting } from '@/lib/settings';
import { MENU_ITEMS, onMenuClick, selectionAction } from '@/lib/selection-action';

export default defineBackground(() => {
  const startedAt = Date.now();
  const db = new IntercedeDb();
  const packs = extensionPacks();
  const verses = new VerseService(db, packs);
  const commentary = new CommentaryService(db, packs);
  const saved = new SavedService(db, verses);
  const search = new SearchIndexService(db, verses, packs);
  const history = new HistoryService(db);
  // The toolbar badge counts saved verses when the user wants it (MV3 action, MV2 browserAction).
  const action = browser.action ?? browser.browserAction;
  const updateBadge = async () => {
    const text = (await badgeCount.getValue()) ? String((await saved.count()) || '') : '';
    await action.setBadgeText({ text });
  };
  // The badge outlives the worker: it is set when the browser starts, on install and update,
  // and on every change, not each time the worker wakes (which would count on every wake).
  badgeCount.watch(() => void updateBadge());
  browser.runtime.onStartup.addListener(() => void updateBadge());
  const popupUrl = (query: URLSearchParams) => `${browser.runtime.getURL('/popup.html')}?${query}`;
  // A context-menu lookup waiting for the popup it opened; stale after a minute.
  let pending: { query: string; at: number } | undefined;
  const deps: HandlerDeps = {
    extensionId: browser.runtime.id,
    extensionUrl: browser.runtime.getURL('/'),
    getPassage: (osis, translation) => verses.getPassage(osis, translation),
    getStatus: async () => ({ startedAt, cachedBooks: await verses.cachedBooks() }),
    getCommentary: (osis) => commentary.getCommentary(osis),
    findTopic: (query) => commentary.nave.topicNamed(query),
    clearCache: async () => {
      await verses.clear();
      await commentary.clear();
      await search.clear();
    },
    saved,
    onSavedChanged: () => void updateBadge(),
    search,
    history,
    takeLookup: () => {
      const taken = pending && Date.now() - pending.at < 60_000 ? pending.query : null;
      pending = undefined;
      return taken;
    },
    copyPassage: async (osis, translation) => {
      const passage = await verses.getPassage(osis, translation);
      await writeClipboard(copyText(passage.label, translation, passage), {
        offscreen: (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen,
        sendMessage: (message) => browser.runtime.sendMessage(message),
        clipboard: globalThis.navigator?.clipboard,
      });
    },
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

  // Context menu on selected text, made every time the background starts: Firefox keeps no
  // menus across a browser restart, and removing them first keeps Chrome from refusing
  // duplicate ids when its worker starts again.
  void (async () => {
    await browser.contextMenus.removeAll();
    for (const [id, title] of Object.entries(MENU_ITEMS))
      browser.contextMenus.create({ id, title: t(title), contexts: ['selection'] });
  })();
  browser.runtime.onInstalled.addListener(() => void updateBadge());
  browser.contextMenus.onClicked.addListener((info) =>
    onMenuClick(info.menuItemId, info.selectionText, {
      setPending: (query) => (pending = query === undefined ? undefined : { query, at: Date.now() }),
      openPopup: () => action.openPopup(),
      openTab: async (q) => void (await browser.tabs.create({ url: popupUrl(new URLSearchParams({ q })) })),
      save: async (osis) => {
        await saved.save(osis, await translationSetting.getValue());
        await updateBadge();
      },
    }),
  );
  // Firefox can show "Save to my verses" only when the selection names a passage; Chrome has no
  // onShown. With only the contextMenus permission Firefox has no `menus`, so `contextMenus` it is.
  const menus = browser.contextMenus as unknown as FirefoxMenus;
  menus?.onShown?.addListener((info) => {
    void menus.update('save', { visible: selectionAction(info.selectionText).kind === 'passage' });
    void menus.refresh();
  });

  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'open-card') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    const message: TabMessage = { type: 'intercede:openCard' };
    // A tab without our content script (a browser page) has no receiver; nothing to open there.
    await browser.tabs.sendMessage(tab.id, message).catch(() => undefined);
  });
});

/** The parts of Firefox's `menus` API used above. */
interface FirefoxMenus {
  onShown?: { addListener(listener: (info: { selectionText?: string }) => void): void };
  update(id: string, changes: { visible: boolean }): Promise<void>;
  refresh(): Promise<void>;
}
