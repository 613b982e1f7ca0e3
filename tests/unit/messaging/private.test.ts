/**
 * Private windows: a request from one writes nothing — no lookup history, no saved verse, no
 * word index built, no passage cached — while reading works as anywhere. Checked against the
 * real saved-verse and history services over fake-indexeddb. The browser marks a content
 * script's tab as incognito; the popup marks its own requests (it has no tab).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Passage } from '@/lib/bible/passage';
import { IntercedeDb } from '@/lib/db/database';
import { HistoryService } from '@/lib/db/history';
import { SavedService } from '@/lib/db/saved';
import { handleMessage, type HandlerDeps } from '@/lib/messaging/handle';
import { PRIVATE_SAVE_MESSAGE } from '@/lib/messaging/private';
import { handlerDeps } from '../support/handler-deps';

const EXT = 'moz-extension://intercede-uuid/';
const ID = '{63f8aadb-5e02-4d35-bffa-b2dbee539fe9}';
const popup = { id: ID, url: `${EXT}popup.html` };
const normalTab = { id: ID, url: 'https://example.org/sermon', tab: { id: 3, incognito: false } };
const privateTab = { id: ID, url: 'https://example.org/sermon', tab: { id: 4, incognito: true } };
/** Firefox reports the tab of an extension page opened in a private window. */
const privateOptionsTab = { id: ID, url: `${EXT}options.html`, tab: { id: 5, incognito: true } };

const passage = async (osis: string, translation: 'WEB' | 'KJV'): Promise<Passage> => ({
  osis,
  translation,
  label: `label of ${osis}`,
  verses: [{ book: 'Heb', chapter: 7, verse: 25, text: `text of ${osis}` }],
  omitted: [],
  source: 'pack',
});

let db: IntercedeDb;
let n = 0;
let d: HandlerDeps;
let history: HistoryService;
beforeEach(async () => {
  db = new IntercedeDb(`private-${n++}`);
  const saved = new SavedService(db, { getPassage: passage }, () => 5_000);
  const first = await saved.save('Heb.7.25', 'WEB');
  await saved.update(first.id!, { note: 'a note', tags: [] });
  history = new HistoryService(db);
  d = handlerDeps({
    extensionId: ID,
    extensionUrl: EXT,
    saved,
    getPassage: passage,
    search: {
      search: vi.fn(async () => ({ status: 'building', done: 0, total: 132 }) as never),
      status: vi.fn(async () => ({ state: 'absent' }) as never),
    },
    history,
  });
});
afterEach(async () => {
  await db.delete();
});

const savedRows = async () => JSON.stringify(await db.saved.toArray());
const ask = (message: object, sender: object) => handleMessage(message, sender, d);
const refusedAsPrivate = { ok: false, error: { code: 'private', message: expect.any(String) } };

describe('a request from a private window', () => {
  it.each([
    ['a content script in a private tab', privateTab, {}],
    ['the popup of a private window (its own mark)', popup, { incognito: true }],
    ['an extension page in a private tab', privateOptionsTab, {}],
  ])('from %s saves nothing, and says why', async (_, sender, mark) => {
    const before = await savedRows();
    for (const fields of [
      { type: 'toggleSaved', osis: 'Rom.8.34', translation: 'WEB' },
      { type: 'toggleSaved', osis: 'Heb.7.25', translation: 'WEB', discardNote: true },
    ]) {
      expect(await ask({ ...fields, ...mark }, sender)).toEqual({
        ok: false,
        error: { code: 'private', message: PRIVATE_SAVE_MESSAGE },
      });
    }
    // Reading is as anywhere.
    expect(await ask({ type: 'savedState', osis: 'Heb.7.25', translation: 'WEB', ...mark }, sender)).toEqual({
      ok: true,
      value: 'annotated',
    });
    expect(await savedRows()).toBe(before);
    expect(d.onSavedChanged).not.toHaveBeenCalled();
  });

  it('refuses every edit of the saved verses from the popup of a private window', async () => {
    const [item] = await db.saved.toArray();
    const before = await savedRows();
    for (const message of [
      { type: 'updateSaved', id: item!.id, note: 'changed', tags: [] },
      { type: 'removeSaved', id: item!.id },
      { type: 'savePassages', items: [{ osis: 'Gen.1.6', translation: 'WEB' }] },
      {
        type: 'restoreSaved',
        item: { osis: 'Gen.1.6', translation: 'WEB', note: '', tags: [], createdAt: 1, updatedAt: 1 },
      },
      {
        type: 'importSaved',
        json: JSON.stringify({
          format: 'intercede-saved-verses',
          version: 1,
          items: [{ osis: 'Gen.1.6', translation: 'WEB', note: '', tags: [], createdAt: 1, updatedAt: 1 }],
        }),
      },
    ]) {
      expect(await ask({ ...message, incognito: true }, popup)).toEqual(refusedAsPrivate);
    }
    expect(await savedRows()).toBe(before);
    // Export only reads.
    expect(await ask({ type: 'exportSaved', format: 'json', incognito: true }, popup)).toMatchObject({
      ok: true,
    });
  });

  it('records no lookup in the history, and still shows the history there is', async () => {
    await history.add('John.17.20', 'WEB');
    expect(
      await ask({ type: 'addHistory', osis: 'Heb.7.25', translation: 'WEB', incognito: true }, popup),
    ).toEqual({
      ok: true,
      value: null,
    });
    const reply = await ask({ type: 'getHistory', incognito: true }, popup);
    expect(reply).toMatchObject({ ok: true, value: [{ osis: 'John.17.20' }] });
    expect(await db.history.count()).toBe(1);
    // The same request from a normal window is recorded.
    await ask({ type: 'addHistory', osis: 'Heb.7.25', translation: 'WEB' }, popup);
    expect(await db.history.count()).toBe(2);
  });

  it('builds no word index, and searches one already built', async () => {
    const search = { type: 'search', query: 'intercession', translation: 'WEB', offset: 0, incognito: true };
    expect(await ask(search, popup)).toEqual(refusedAsPrivate);
    expect(d.search.search).not.toHaveBeenCalled();
    d.search.status = vi.fn(async () => ({ state: 'ready' }) as never);
    expect(await ask(search, popup)).toMatchObject({ ok: true });
    expect(d.search.search).toHaveBeenCalledWith('intercession', 'WEB', 0, { every: true, literal: false });
    // "Every translation" is every one in the reader's language: a Spanish index not built yet
    // does not stop an English search.
    const asked: string[] = [];
    d.search.status = vi.fn(
      async (t: string) => (asked.push(t), { state: t === 'RV1909' ? 'absent' : 'ready' }) as never,
    );
    expect(await ask(search, popup)).toMatchObject({ ok: true });
    expect(asked.sort()).toEqual(['KJV', 'WEB']);
    // An imported English translation is among them, and its missing index is not built here.
    d.translations.list = vi.fn(async () => [{ id: 'u:NET', language: 'en' }]) as never;
    asked.length = 0;
    d.search.status = vi.fn(
      async (t: string) => (asked.push(t), { state: t === 'u:NET' ? 'absent' : 'ready' }) as never,
    );
    expect(await ask(search, popup)).toEqual(refusedAsPrivate);
    expect(asked.sort()).toEqual(['KJV', 'WEB', 'u:NET']);
  });

  it('reads passages without filling the cache, from a private tab or the private popup', async () => {
    await ask({ type: 'getPassage', osis: 'Heb.7.25', translation: 'WEB' }, privateTab);
    await ask({ type: 'getPassages', items: [{ osis: 'Rom.8.34', translation: 'KJV' }] }, privateTab);
    await ask({ type: 'getPassage', osis: 'Heb.7.25', translation: 'WEB', incognito: true }, popup);
    expect(d.unkept.getPassage).toHaveBeenCalledTimes(3);
    expect(d.getPassage).not.toHaveBeenCalled();
    await ask({ type: 'copyPassage', osis: 'Heb.7.25', translation: 'WEB' }, privateTab);
    expect(d.unkept.copyPassage).toHaveBeenCalledWith('Heb.7.25', 'WEB');
    expect(d.copyPassage).not.toHaveBeenCalled();
    const items = [{ osis: 'Heb.7.25', translation: 'WEB' }];
    await ask({ type: 'copyPassages', items, incognito: true }, popup);
    expect(d.unkept.copyPassages).toHaveBeenCalledWith(items);
    expect(d.copyPassages).not.toHaveBeenCalled();
  });
});

describe('a request from a normal window', () => {
  it('saves, records and caches as usual; a content script cannot turn that off or on by its word', async () => {
    expect(await ask({ type: 'toggleSaved', osis: 'Rom.8.34', translation: 'WEB' }, normalTab)).toEqual({
      ok: true,
      value: 'saved',
    });
    // A content script's mark is not taken; its tab decides.
    expect(
      await ask({ type: 'toggleSaved', osis: 'John.17.20', translation: 'WEB', incognito: true }, normalTab),
    ).toEqual({ ok: true, value: 'saved' });
    expect(
      await ask(
        { type: 'toggleSaved', osis: 'John.17.21', translation: 'WEB', incognito: false },
        privateTab,
      ),
    ).toEqual(refusedAsPrivate);
    await ask({ type: 'getPassage', osis: 'Heb.7.25', translation: 'WEB' }, normalTab);
    expect(d.getPassage).toHaveBeenCalledTimes(1);
    expect(await db.saved.count()).toBe(3);
  });
});
