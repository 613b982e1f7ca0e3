import { describe, expect, it } from 'vitest';
import { handleMessage } from '@/lib/messaging/handle';
import { IntercedeDb } from '@/lib/db/database';
import { SavedService } from '@/lib/db/saved';
import { handlerDeps } from '../support/handler-deps';

const EXT = 'chrome-extension://intercede-id/';
const options = { id: 'intercede-id', url: `${EXT}options.html` };

function deps() {
  const db = new IntercedeDb('translations-messages');
  return handlerDeps({
    extensionId: 'intercede-id',
    extensionUrl: EXT,
    saved: new SavedService(db, { getPassage: async () => Promise.reject(new Error('unused')) }),
    getPassage: async () => Promise.reject(new Error('unused')),
  });
}

const META = { name: 'Test', abbreviation: 'TB', language: 'pt-BR', copyright: '' };
const obadiah = (text: unknown = 'x') => ({ book: 'Obad', chapters: [new Array(21).fill(text)] });

describe('the import requests', () => {
  it('lists the bundled translations before the imported ones', async () => {
    const d = deps();
    d.translations.list = async () => [
      { id: 'u:TB', name: 'Test', language: 'pt', copyright: '', imported: true, verses: 1 },
    ];
    const reply = await handleMessage({ type: 'listTranslations' }, options, d);
    expect(reply.ok && (reply.value as { id: string }[]).map((t) => t.id)).toEqual([
      'WEB',
      'KJV',
      'RV1909',
      'u:TB',
    ]);
  });

  it.each([
    [
      { type: 'beginImport', meta: { ...META, abbreviation: 'KJV' }, format: 'osis', replace: false },
      /not a bundled/,
    ],
    [
      { type: 'beginImport', meta: { ...META, abbreviation: 'a b' }, format: 'osis', replace: false },
      /letters, digits/,
    ],
    [
      { type: 'beginImport', meta: { ...META, language: 'english!' }, format: 'osis', replace: false },
      /language tag/,
    ],
    [{ type: 'beginImport', meta: META, format: 'pdf', replace: false }, /"format" must be one of/],
    [
      { type: 'importBooks', token: 't', books: [{ book: 'Obad', chapters: [[]] }] },
      /chapter 1 must hold 21 verse slots/,
    ],
    [{ type: 'importBooks', token: 't', books: [{ book: 'Tob', chapters: [] }] }, /OSIS book id/],
    [{ type: 'importBooks', token: 't', books: [obadiah(7)] }, /not text/],
    [{ type: 'removeTranslation', translation: 'WEB' }, /bundled translations cannot be removed/],
  ])('refuses a malformed request: %o', async (message, why) => {
    const d = deps();
    const reply = await handleMessage(message, options, d);
    expect(reply).toEqual({ ok: false, error: { code: 'bad-request', message: expect.stringMatching(why) } });
    for (const fn of Object.values(d.translations)) expect(fn).not.toHaveBeenCalled();
  });

  it('passes a well-formed import through', async () => {
    const d = deps();
    expect(
      await handleMessage({ type: 'beginImport', meta: META, format: 'osis', replace: false }, options, d),
    ).toEqual({ ok: true, value: { token: 'token' } });
    expect(
      await handleMessage({ type: 'importBooks', token: 'token', books: [obadiah()] }, options, d),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(d.translations.addBooks).toHaveBeenCalledWith('token', [obadiah()]);
  });

  it('refuses importing and removing from a private window, and still lists', async () => {
    const d = deps();
    for (const message of [
      { type: 'beginImport', meta: META, format: 'osis', replace: false },
      { type: 'importBooks', token: 'token', books: [obadiah()] },
      { type: 'finishImport', token: 'token', apart: [], repairs: 0 },
      { type: 'removeTranslation', translation: 'u:TB' },
    ]) {
      const reply = await handleMessage({ ...message, incognito: true }, options, d);
      expect(reply).toMatchObject({ ok: false, error: { code: 'private' } });
    }
    expect(await handleMessage({ type: 'listTranslations', incognito: true }, options, d)).toMatchObject({
      ok: true,
    });
    for (const fn of Object.values(d.translations)) {
      if (fn !== d.translations.list) expect(fn).not.toHaveBeenCalled();
    }
  });
});
