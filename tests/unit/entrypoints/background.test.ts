/**
 * The background entrypoint, as WXT's testing example tests one: run its main() against the
 * fake browser and fire the browser's events. What it wires: the message handler (and who
 * may ask what), the context menus on install, the keyboard command, the toolbar badge.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { IntercedeDb } from '@/lib/db/database';
import { SavedService } from '@/lib/db/saved';
import { badgeCount } from '@/lib/settings';
import { readSnapshot } from '@/lib/saved/snapshot';
import { IMPORTED_LIST_KEY } from '@/lib/bible/imported-list';

/** Minimal stand-ins for the APIs the fake browser leaves unimplemented. */
function fakeMenusAndCommands() {
  const created: { id: string; title: string; contexts: string[] }[] = [];
  const clicked: ((info: { menuItemId: string; selectionText?: string }, tab?: object) => void)[] = [];
  const shown: ((info: { selectionText?: string }, tab?: object) => void)[] = [];
  const updates: [string, { visible: boolean }][] = [];
  let refreshed = 0;
  const commands: ((command: string) => void | Promise<void>)[] = [];
  Object.assign(fakeBrowser, {
    // Firefox's contextMenus (an alias of menus): onShown, update and refresh are there too.
    contextMenus: {
      create: (item: (typeof created)[number]) => void created.push(item),
      removeAll: async () => void (created.length = 0),
      onClicked: { addListener: (l: (typeof clicked)[number]) => void clicked.push(l) },
      onShown: { addListener: (l: (typeof shown)[number]) => void shown.push(l) },
      update: async (id: string, changes: { visible: boolean }) => void updates.push([id, changes]),
      refresh: async () => void refreshed++,
    },
    commands: { onCommand: { addListener: (l: (typeof commands)[number]) => void commands.push(l) } },
    // With only the contextMenus permission, Firefox has no `menus` either.
    menus: undefined,
  });
  return { created, clicked, shown, updates, commands, refreshes: () => refreshed };
}

const PAGE = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
const CONTENT = { id: fakeBrowser.runtime.id, url: 'https://example.org/sermon', tab: { id: 4 } };

const ORIGINAL = {
  contextMenus: fakeBrowser.contextMenus,
  commands: fakeBrowser.commands,
  menus: (fakeBrowser as { menus?: unknown }).menus,
};
let fakes: ReturnType<typeof fakeMenusAndCommands>;
// The setup file's fakeBrowser.reset() expects the fake's own objects back.
afterEach(() => {
  Object.assign(fakeBrowser, ORIGINAL);
});

/** What the background answers a message from `sender`. */
async function ask(message: object, sender: object): Promise<{ ok: boolean; error?: { code: string } }> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return replies.find(Boolean) as unknown as { ok: boolean; error?: { code: string } };
}

describe('the background entrypoint', () => {
  beforeEach(() => {
    fakes = fakeMenusAndCommands();
    background.main();
  });

  it('answers Intercede’s own pages, and refuses a content script what only they may ask', async () => {
    expect(await ask({ type: 'listSaved' }, PAGE)).toEqual({ ok: true, value: [] });
    expect(await ask({ type: 'listSaved' }, CONTENT)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await ask({ type: 'listSaved' }, { id: 'another-extension', url: PAGE.url })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await ask({ type: 'nonsense' }, PAGE)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it('creates the two selection menu items every time it starts (Firefox forgets them on restart)', async () => {
    await vi.waitFor(() => expect(fakes.created).toHaveLength(2));
    expect(fakes.created.map((m) => [m.id, m.contexts])).toEqual([
      ['lookup', ['selection']],
      ['save', ['selection']],
    ]);
  });

  it('shows "Save to my verses" only for a selection naming a passage, outside private windows', async () => {
    await vi.waitFor(() => expect(fakes.created).toHaveLength(2));
    const show = async (selectionText: string | undefined, tab: object = { incognito: false }) => {
      fakes.updates.length = 0;
      for (const listener of fakes.shown) listener({ selectionText }, tab);
      await vi.waitFor(() => expect(fakes.updates).toHaveLength(1));
      return fakes.updates[0]![1].visible;
    };
    expect(await show('see Heb 7:25 here')).toBe(true);
    expect(await show('make intercession')).toBe(false);
    expect(await show('see Heb 7:25 here', { incognito: true })).toBe(false);
    // Firefox leaves the selection out without host permission for the page: the item stays.
    expect(await show(undefined)).toBe(true);
    await vi.waitFor(() => expect(fakes.refreshes()).toBe(4));
    expect(fakes.updates[0]![0]).toBe('save');
  });

  it('saves from the menu in a normal window, and never in a private one', async () => {
    const save = vi.spyOn(SavedService.prototype, 'save').mockResolvedValue(undefined as never);
    const opened = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const click = (tab: object) => {
      for (const listener of fakes.clicked) listener({ menuItemId: 'save', selectionText: 'Heb 7:25' }, tab);
    };
    click({ id: 1, incognito: true });
    // It looks the passage up instead (in a tab, as the fake browser has no toolbar popup).
    await vi.waitFor(() =>
      expect(opened).toHaveBeenCalledWith({ url: expect.stringContaining('q=Hebrews+7%3A25') as string }),
    );
    expect(save).not.toHaveBeenCalled();
    click({ id: 1, incognito: false });
    await vi.waitFor(() => expect(save).toHaveBeenCalledWith('Heb.7.25', 'WEB'));
    expect(opened).toHaveBeenCalledTimes(1);
  });

  it('sends the keyboard command to the active tab’s content script', async () => {
    const tab = { id: 9 };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ ...tab, index: 0 } as never]);
    const sent: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (id: number, message: unknown) => {
      sent.push([id, message]);
    }) as never);
    for (const listener of fakes.commands) await listener('open-card');
    expect(sent).toEqual([[tab.id, { type: 'intercede:openCard' }]]);
    sent.length = 0;
    for (const listener of fakes.commands) await listener('next-reference');
    for (const listener of fakes.commands) await listener('previous-reference');
    expect(sent).toEqual([
      [tab.id, { type: 'intercede:moveCard', direction: 1 }],
      [tab.id, { type: 'intercede:moveCard', direction: -1 }],
    ]);
    sent.length = 0;
    for (const listener of fakes.commands) await listener('something-else');
    expect(sent).toEqual([]);
  });

  it('opens the first-run page once, when installed, and not on an update', async () => {
    const opened = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.runtime.onInstalled.trigger({
      reason: 'update',
      previousVersion: '0.1.0',
      temporary: false,
    });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    expect(opened).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(opened).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
  });

  it('shows the saved count on the toolbar when the setting is on, and nothing when it is off', async () => {
    const db = new IntercedeDb();
    await db.saved.clear();
    await db.saved.add({
      osis: 'Heb.7.25',
      translation: 'WEB',
      label: 'Hebrews 7:25',
      text: 'text',
      note: '',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await badgeCount.setValue(true);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    await badgeCount.setValue(false);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    await db.saved.clear();
    db.close();
  });

  it('keeps a copy of the saved list in session storage for the popup, from the browser’s start and after each change', async () => {
    const db = new IntercedeDb();
    await db.saved.clear();
    const item = {
      osis: 'Heb.7.25',
      translation: 'WEB' as const,
      label: 'Hebrews 7:25',
      text: 'text',
      note: '',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    };
    await db.saved.add(item);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await readSnapshot(fakeBrowser.storage.session)).toHaveLength(1));
    const [kept] = (await readSnapshot(fakeBrowser.storage.session))!;
    expect(await ask({ type: 'removeSaved', id: kept!.id }, PAGE)).toMatchObject({ ok: true });
    await vi.waitFor(async () => expect(await readSnapshot(fakeBrowser.storage.session)).toEqual([]));
    db.close();
  });
});

describe('the imported translations’ names in local storage (read by pages)', () => {
  beforeEach(() => {
    fakes = fakeMenusAndCommands();
    background.main();
  });

  const kept = async () => (await fakeBrowser.storage.local.get(IMPORTED_LIST_KEY))[IMPORTED_LIST_KEY];

  it('are kept from the browser’s start, after an import and after a removal', async () => {
    const db = new IntercedeDb();
    await db.importedTranslations.clear();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await kept()).toEqual([]));

    const meta = { name: 'Louis Segond', abbreviation: 'LSG', language: 'fr', copyright: 'Domaine public' };
    const begun = (await ask(
      { type: 'beginImport', meta, format: 'osis', replace: false },
      PAGE,
    )) as unknown as {
      value: { token: string };
    };
    const token = begun.value.token;
    const obadiah = { book: 'Obad', chapters: [Array.from({ length: 21 }, (_, i) => `verset ${i + 1}`)] };
    expect(await ask({ type: 'importBooks', token, books: [obadiah] }, PAGE)).toMatchObject({ ok: true });
    expect(await ask({ type: 'finishImport', token, apart: [], repairs: 0 }, PAGE)).toMatchObject({
      ok: true,
    });
    await vi.waitFor(async () =>
      expect(await kept()).toEqual([{ id: 'u:LSG', name: 'Louis Segond', language: 'fr' }]),
    );

    expect(await ask({ type: 'removeTranslation', translation: 'u:LSG' }, PAGE)).toMatchObject({ ok: true });
    await vi.waitFor(async () => expect(await kept()).toEqual([]));
    db.close();
  });
});

describe('on Firefox for Android (no menus, no commands)', () => {
  beforeEach(() => {
    fakeMenusAndCommands();
    Object.assign(fakeBrowser, { contextMenus: undefined, commands: undefined, menus: undefined });
  });

  it('starts cleanly and answers requests', async () => {
    const errors: unknown[] = [];
    const onRejection = (error: unknown) => void errors.push(error);
    process.on('unhandledRejection', onRejection);
    try {
      expect(() => background.main()).not.toThrow();
      expect(await ask({ type: 'listSaved' }, PAGE)).toEqual({ ok: true, value: [] });
      expect(await ask({ type: 'getHistory' }, PAGE)).toMatchObject({ ok: true });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(errors).toEqual([]);
    } finally {
      process.off('unhandledRejection', onRejection);
    }
  });
});
