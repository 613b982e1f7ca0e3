import { formatOsis } from '@/lib/bible/osis';
import { CommentaryService } from '@/lib/db/commentary';
import { IntercedeDb } from '@/lib/db/database';
import { SavedService } from '@/lib/db/saved';
import { extensionPacks } from '@/lib/db/pack-source';
import { VerseService } from '@/lib/db/verse-service';
import { handleMessage, type HandlerDeps } from '@/lib/messaging/handle';
import type { TabMessage } from '@/lib/messaging/tab';
import { badgeCount, translation as translationSetting } from '@/lib/settings';
import { selectionAction } from '@/lib/selection-action';

export default defineBackground(() => {
  const startedAt = Date.now();
  const db = new IntercedeDb();
  const packs = extensionPacks();
  const verses = new VerseService(db, packs);
  const commentary = new CommentaryService(db, packs);
  const saved = new SavedService(db, verses);
  // The toolbar badge counts saved verses when the user wants it (MV3 action, MV2 browserAction).
  const action = browser.action ?? browser.browserAction;
  const updateBadge = async () => {
    const text = (await badgeCount.getValue()) ? String((await saved.count()) || '') : '';
    await action.setBadgeText({ text });
  };
  badgeCount.watch(() => void updateBadge());
  void updateBadge();
  const deps: HandlerDeps = {
    extensionId: browser.runtime.id,
    getPassage: (osis, translation) => verses.getPassage(osis, translation),
    getStatus: async () => ({ startedAt, cachedBooks: await verses.cachedBooks() }),
    getCommentary: (osis) => commentary.getCommentary(osis),
    clearCache: async () => {
      await verses.clear();
      await commentary.clear();
    },
    saved,
    onSavedChanged: () => void updateBadge(),
    openPassage: async (osis, translation) => {
      const query = new URLSearchParams({ q: formatOsis(osis), t: translation });
      await browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?${query}` });
    },
  };
  // Only runtime.onMessage is registered: with no externally_connectable and no
  // onMessageExternal listener, web pages and other extensions cannot reach us, and
  // handleMessage refuses any sender that is not this extension besides.
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender, deps));

  // Context menu on selected text. Menus persist across service-worker restarts, so they are
  // (re)created on install and update only.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'lookup', title: 'Look up in Intercede', contexts: ['selection'] });
    browser.contextMenus.create({ id: 'save', title: 'Save to my verses', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener(async (info) => {
    const action = selectionAction(info.selectionText);
    if (action.kind === 'none') return;
    if (info.menuItemId === 'save' && action.kind === 'passage') {
      await saved.save(action.osis, await translationSetting.getValue());
      await updateBadge();
    }
    const q = action.kind === 'passage' ? formatOsis(action.osis) : action.text;
    await browser.tabs.create({
      url: `${browser.runtime.getURL('/popup.html')}?${new URLSearchParams({ q })}`,
    });
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
