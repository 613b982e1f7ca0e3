/**
 * Least privilege: a content script (any sender whose URL is not one of Intercede's own
 * pages) gets only what the card needs. Everything else is refused with `forbidden` before
 * its fields are read, and nothing in the database changes — checked against the real
 * saved-verse service over fake-indexeddb.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Passage } from '@/lib/bible/passage';
import { IntercedeDb } from '@/lib/db/database';
import { SavedService } from '@/lib/db/saved';
import { CONTENT_SCRIPT_REQUESTS, handleMessage, senderKind, type HandlerDeps } from '@/lib/messaging/handle';
import { REQUEST_TYPES } from '@/lib/messaging/validate';
import type { RequestType } from '@/lib/messaging/contract';
import { handlerDeps } from '../support/handler-deps';

const EXT = 'chrome-extension://intercede-id/';
const page = { id: 'intercede-id', url: `${EXT}popup.html` };
/** Content-script senders: a page, a framed page, a URL that only looks like ours, none at all. */
const CONTENT_SENDERS = [
  { id: 'intercede-id', url: 'https://example.org/sermon.html' },
  { id: 'intercede-id', url: 'http://127.0.0.1/frame.html#chrome-extension://intercede-id/' },
  { id: 'intercede-id', url: 'chrome-extension://intercede-id.evil/popup.html' },
  { id: 'intercede-id' },
];

const verses = {
  getPassage: async (osis: string, translation: 'WEB' | 'KJV'): Promise<Passage> => ({
    osis,
    translation,
    label: `label of ${osis}`,
    verses: [{ book: 'Heb', chapter: 7, verse: 25, text: `text of ${osis}` }],
    omitted: [],
    source: 'cache',
  }),
};

/** A well-formed example of every request, so a refusal is never a validation error. */
const VALID: Record<RequestType, object> = {
  getPassage: { osis: 'Heb.7.25', translation: 'WEB' },
  getPassages: { items: [{ osis: 'Heb.7.25', translation: 'WEB' }] },
  getStatus: {},
  clearCache: {},
  openPassage: { osis: 'Heb.7.25', translation: 'WEB' },
  copyPassage: { osis: 'Heb.7.25', translation: 'WEB' },
  copyPassages: { items: [{ osis: 'Heb.7.25', translation: 'WEB' }] },
  getCommentary: { osis: 'Heb.7.25' },
  findTopic: { query: 'intercession' },
  savedState: { osis: 'Heb.7.25', translation: 'WEB' },
  toggleSaved: { osis: 'Heb.7.25', translation: 'WEB' },
  savePassages: { items: [{ osis: 'Gen.1.1', translation: 'WEB' }] },
  listSaved: {},
  updateSaved: { id: 1, note: 'overwritten', tags: ['x'] },
  removeSaved: { id: 1 },
  restoreSaved: {
    item: {
      osis: 'Gen.1.6',
      translation: 'WEB',
      note: 'forged',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
      id: 1,
      label: 'FORGED',
      text: 'FORGED',
    },
  },
  exportSaved: { format: 'json' },
  importSaved: {
    json: JSON.stringify({
      format: 'intercede-saved-verses',
      version: 1,
      items: [{ osis: 'Gen.1.6', translation: 'WEB', note: '', tags: [], createdAt: 1, updatedAt: 1 }],
    }),
  },
  search: { query: 'intercession', translation: 'WEB', offset: 0 },
  getSearchStatus: { translation: 'WEB' },
  addHistory: { osis: 'Heb.7.25', translation: 'WEB' },
  getHistory: {},
  clearHistory: {},
  takeLookup: {},
  listTranslations: {},
  beginImport: {
    meta: { name: 'Forged', abbreviation: 'FORGED', language: 'en', copyright: '' },
    format: 'osis',
    replace: true,
  },
  importBooks: { token: 'token', books: [{ book: 'Obad', chapters: [new Array(21).fill('forged')] }] },
  finishImport: { token: 'token', apart: [], repairs: 0 },
  removeTranslation: { translation: 'u:NBLA' },
};

let db: IntercedeDb;
let n = 0;
let d: HandlerDeps;
beforeEach(async () => {
  db = new IntercedeDb(`privilege-${n++}`);
  const saved = new SavedService(db, verses, () => 5_000);
  const first = await saved.save('Heb.7.25', 'WEB');
  await saved.update(first.id!, { note: 'my private note', tags: ['private'] });
  d = handlerDeps({ extensionId: 'intercede-id', extensionUrl: EXT, saved, getPassage: verses.getPassage });
});
afterEach(async () => {
  await db.delete();
});

const snapshot = async () => JSON.stringify(await db.saved.toArray());

describe('what a content script may ask for', () => {
  it('has a valid example of every request type', () => {
    expect(Object.keys(VALID).sort()).toEqual([...REQUEST_TYPES].sort());
  });

  it('allows exactly the card’s requests', () => {
    expect([...CONTENT_SCRIPT_REQUESTS].sort()).toEqual(
      [
        'copyPassage',
        'getCommentary',
        'getPassage',
        'getPassages',
        'savedState',
        'openPassage',
        'toggleSaved',
      ].sort(),
    );
  });

  const privileged = REQUEST_TYPES.filter((t) => !CONTENT_SCRIPT_REQUESTS.has(t));
  it.each(privileged.flatMap((type) => CONTENT_SENDERS.map((sender) => [type, sender] as const)))(
    'refuses %s from %o, and nothing changes',
    async (type, sender) => {
      const before = await snapshot();
      for (const message of [
        { type, ...VALID[type] },
        { type }, // malformed: still forbidden, not a validation error that names fields
        { type, ...VALID[type], extra: 1 },
      ]) {
        const reply = await handleMessage(message, sender, d);
        expect(reply).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
      }
      expect(await snapshot()).toBe(before);
      for (const fn of [d.getStatus, d.clearCache, d.search.search, d.search.status, d.history.add]) {
        expect(fn).not.toHaveBeenCalled();
      }
      expect(d.history.clear).not.toHaveBeenCalled();
      expect(d.takeLookup).not.toHaveBeenCalled();
      expect(d.onSavedChanged).not.toHaveBeenCalled();
      for (const fn of Object.values(d.translations)) expect(fn).not.toHaveBeenCalled();
    },
  );

  it.each(privileged)('answers %s for an extension page', async (type) => {
    d.search.search = vi.fn(async () => ({ status: 'building', done: 0, total: 1 }) as never);
    d.search.status = vi.fn(async () => ({ state: 'absent' }) as never);
    const reply = await handleMessage({ type, ...VALID[type] }, page, d);
    expect(reply).toMatchObject({ ok: true });
  });

  it.each([...CONTENT_SCRIPT_REQUESTS])('answers %s for a content script', async (type) => {
    const reply = await handleMessage({ type, ...VALID[type] }, CONTENT_SENDERS[0]!, d);
    expect(reply).toMatchObject({ ok: true });
  });

  it('refuses another extension whatever its URL', async () => {
    const reply = await handleMessage(
      { type: 'getPassage', ...VALID.getPassage },
      { id: 'other', url: `${EXT}x` },
      d,
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('classifies by the URL the browser reports', () => {
    expect(senderKind(page, EXT)).toBe('extension-page');
    expect(senderKind({ url: `${EXT}options.html?x=1` }, EXT)).toBe('extension-page');
    for (const sender of CONTENT_SENDERS) expect(senderKind(sender, EXT)).toBe('content-script');
  });
});

describe('restore and import from an extension page', () => {
  it('restore never overwrites an id in use, and takes its label and text from the packs', async () => {
    const before = await db.saved.toArray();
    const reply = await handleMessage({ type: 'restoreSaved', ...VALID.restoreSaved }, page, d);
    expect(reply).toEqual({ ok: true, value: null });
    const after = await db.saved.toArray();
    expect(after).toHaveLength(2);
    expect(after.find((x) => x.id === before[0]!.id)).toEqual(before[0]);
    const restored = after.find((x) => x.osis === 'Gen.1.6')!;
    expect(restored.id).not.toBe(before[0]!.id);
    expect(restored).toMatchObject({ label: 'label of Gen.1.6', text: 'text of Gen.1.6', note: 'forged' });
  });
});
