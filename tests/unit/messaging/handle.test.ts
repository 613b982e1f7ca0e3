import { describe, expect, it, vi } from 'vitest';
import { parseOsis } from '@/lib/bible/osis';
import { PassageNotFoundError } from '@/lib/errors';
import type { Passage } from '@/lib/bible/passage';
import { handleMessage, type HandlerDeps } from '@/lib/messaging/handle';
import { MAX_BATCH } from '@/lib/messaging/contract';

const self = { id: 'intercede-id', url: 'chrome-extension://intercede-id/popup.html' };

function deps(): HandlerDeps {
  return {
    extensionId: 'intercede-id',
    extensionUrl: 'chrome-extension://intercede-id/',
    getPassage: vi.fn(async (osis, translation) => {
      parseOsis(osis); // the real validation the verse service applies
      if (osis === '3John.1.15' && translation === 'KJV') {
        throw new PassageNotFoundError('3 John 15 is not in the KJV');
      }
      return { osis, translation, label: osis, verses: [], omitted: [], source: 'cache' } satisfies Passage;
    }),
    unkept: {
      getPassage: vi.fn(async (osis, translation) => ({
        osis,
        translation,
        label: osis,
        verses: [],
        omitted: [],
        source: 'pack' as const,
      })),
      copyPassage: vi.fn(async () => undefined),
      copyPassages: vi.fn(async () => undefined),
    },
    getStatus: async () => ({ startedAt: 1, cachedBooks: { WEB: 0, KJV: 0, RV1909: 0 } }),
    openPassage: vi.fn(async () => undefined),
    copyPassage: vi.fn(async () => undefined),
    copyPassages: vi.fn(async () => undefined),
    getCommentary: vi.fn(async () => ({ notes: [], topics: [] })),
    findTopic: vi.fn(async () => null),
    saved: {
      state: vi.fn(async () => 'unsaved' as const),
      toggle: vi.fn(async () => 'saved' as const),
      saveMany: vi.fn(async () => ({ added: 1, already: 0 })),
      list: vi.fn(async () => []),
      update: vi.fn(),
      remove: vi.fn(),
      restore: vi.fn(),
      export: vi.fn(async () => ''),
      import: vi.fn(async () => ({ added: 0, skipped: 0 })),
    },
    onSavedChanged: vi.fn(),
    search: { search: vi.fn(), status: vi.fn() },
    history: { add: vi.fn(async () => undefined), recent: vi.fn(async () => []), clear: vi.fn() },
    translations: {
      list: vi.fn(async () => []),
      begin: vi.fn(async () => 'token'),
      addBooks: vi.fn(),
      finish: vi.fn(),
      remove: vi.fn(async () => undefined),
    },
    takeLookup: vi.fn(() => null),
    clearCache: vi.fn(async () => undefined),
  };
}

describe('handleMessage', () => {
  it('answers a valid getPassage', async () => {
    const d = deps();
    const reply = await handleMessage({ type: 'getPassage', osis: 'Heb.7.25', translation: 'WEB' }, self, d);
    expect(reply).toMatchObject({ ok: true, value: { osis: 'Heb.7.25', translation: 'WEB' } });
    expect(d.getPassage).toHaveBeenCalledWith('Heb.7.25', 'WEB');
  });

  it.each([
    ['not an object', 'hello', /must be an object/],
    ['null', null, /must be an object/],
    ['an array', [1], /must be an object/],
    ['no type', { osis: 'Heb.7.25' }, /Unknown request type/],
    ['an unknown type', { type: 'deleteEverything' }, /Unknown request type "deleteEverything"/],
    ['a prototype key as type', { type: 'toString' }, /Unknown request type/],
    ['a missing osis', { type: 'getPassage', translation: 'WEB' }, /"osis"/],
    ['a number osis', { type: 'getPassage', osis: 7, translation: 'WEB' }, /"osis"/],
    [
      'an unknown translation',
      { type: 'getPassage', osis: 'Heb.7.25', translation: 'NIV' },
      /"translation" must be one of WEB, KJV/,
    ],
    [
      'an extra field',
      { type: 'getPassage', osis: 'Heb.7.25', translation: 'WEB', evil: 1 },
      /unexpected field "evil"/,
    ],
    ['items not an array', { type: 'getPassages', items: 'Heb.7.25' }, /"items"/],
    ['an empty batch', { type: 'getPassages', items: [] }, /"items"/],
    [
      'a bad batch item',
      { type: 'getPassages', items: [{ osis: 'Heb.7.25', translation: 'X' }] },
      /items\[0\]/,
    ],
  ])('refuses %s with a bad-request reply', async (_, message, error) => {
    const d = deps();
    const reply = await handleMessage(message, self, d);
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('bad-request');
      expect(reply.error.message).toMatch(error);
    }
    expect(d.getPassage).not.toHaveBeenCalled();
  });

  it('opens a valid passage and refuses an invalid one', async () => {
    const d = deps();
    expect(
      await handleMessage({ type: 'openPassage', osis: 'John.17', translation: 'KJV' }, self, d),
    ).toEqual({
      ok: true,
      value: null,
    });
    expect(d.openPassage).toHaveBeenCalledWith('John.17', 'KJV');
    expect(
      await handleMessage({ type: 'openPassage', osis: 'John.30', translation: 'KJV' }, self, d),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-reference' },
    });
    expect(d.openPassage).toHaveBeenCalledTimes(1);
  });

  it('copies and saves with the second translation shown, and takes one equal to the first as none', async () => {
    const d = deps();
    const ask = (message: object) => handleMessage(message, self, d);
    const heb = { osis: 'Heb.7.25', translation: 'WEB' };
    expect(await ask({ type: 'copyPassage', ...heb, second: 'KJV' })).toEqual({ ok: true, value: null });
    expect(d.copyPassage).toHaveBeenLastCalledWith('Heb.7.25', 'WEB', 'KJV');
    await ask({ type: 'copyPassage', ...heb, second: 'WEB' });
    expect(d.copyPassage).toHaveBeenLastCalledWith('Heb.7.25', 'WEB');
    expect(await ask({ type: 'toggleSaved', ...heb, second: 'RV1909' })).toEqual({
      ok: true,
      value: 'saved',
    });
    expect(d.saved.toggle).toHaveBeenLastCalledWith('Heb.7.25', 'WEB', false, 'RV1909');
    await ask({ type: 'toggleSaved', ...heb, discardNote: true, second: 'WEB' });
    expect(d.saved.toggle).toHaveBeenLastCalledWith('Heb.7.25', 'WEB', true);
    for (const type of ['copyPassage', 'toggleSaved']) {
      expect(await ask({ type, ...heb, second: 'NIV' })).toMatchObject({
        ok: false,
        error: { code: 'bad-request', message: expect.stringMatching(/"second" must be one of WEB, KJV/) },
      });
    }
    expect(d.copyPassage).toHaveBeenCalledTimes(2);
    expect(d.saved.toggle).toHaveBeenCalledTimes(2);
  });

  it('refuses an oversized batch', async () => {
    const items = Array.from({ length: MAX_BATCH + 1 }, () => ({ osis: 'Heb.7.25', translation: 'WEB' }));
    expect(await handleMessage({ type: 'getPassages', items }, self, deps())).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
  });

  it.each(['Jude.2.1', 'Foo.1.1', 'John.3.40', 'heb.7.25', 'Heb.7.25-Heb.7.1', 'Heb.0.1'])(
    'refuses the OSIS id %s itself with invalid-reference, before the verse service is asked',
    async (osis) => {
      const d = deps();
      // A verse service that would answer anything: the refusal must come from the handler.
      d.getPassage = vi.fn(async (o, translation) => ({
        osis: o,
        translation,
        label: o,
        verses: [],
        omitted: [],
        source: 'cache' as const,
      }));
      const reply = await handleMessage({ type: 'getPassage', osis, translation: 'WEB' }, self, d);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-reference' } });
      expect(d.getPassage).not.toHaveBeenCalled();
    },
  );

  it.each(['savedState', 'toggleSaved', 'openPassage', 'copyPassage'])(
    'refuses a verse that does not exist in %s, before anything is done',
    async (type) => {
      const d = deps();
      const reply = await handleMessage({ type, osis: 'Jude.2.1', translation: 'WEB' }, self, d);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-reference' } });
      expect(d.saved.state).not.toHaveBeenCalled();
      expect(d.saved.toggle).not.toHaveBeenCalled();
      expect(d.openPassage).not.toHaveBeenCalled();
      expect(d.copyPassage).not.toHaveBeenCalled();
    },
  );

  it('accepts a batch of exactly MAX_BATCH passages', async () => {
    const items = Array.from({ length: MAX_BATCH }, () => ({ osis: 'Heb.7.25', translation: 'WEB' }));
    const reply = await handleMessage({ type: 'getPassages', items }, self, deps());
    expect(reply.ok).toBe(true);
    expect((reply as { value: unknown[] }).value).toHaveLength(MAX_BATCH);
  });

  it.each([
    ['a tag of 51 characters', { tags: ['x'.repeat(51)] }, /"tags.0"/],
    ['21 tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, /at most 20 tags/],
    ['a note of 10,001 characters', { note: 'x'.repeat(10_001) }, /"note"/],
  ])('refuses an edit with %s', async (_, change, message) => {
    const d = deps();
    const reply = await handleMessage({ type: 'updateSaved', id: 1, note: '', tags: [], ...change }, self, d);
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringMatching(message) },
    });
    expect(d.saved.update).not.toHaveBeenCalled();
  });

  it('says which verse does not exist', async () => {
    const reply = await handleMessage(
      { type: 'getPassage', osis: 'Jude.2.1', translation: 'WEB' },
      self,
      deps(),
    );
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid-reference', message: 'Jude has no chapter 2 ("Jude.2.1")' },
    });
  });

  it('refuses messages from other extensions and from pages', async () => {
    const d = deps();
    const message = { type: 'getPassage', osis: 'Heb.7.25', translation: 'WEB' };
    expect(await handleMessage(message, { id: 'someone-else' }, d)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await handleMessage(message, {}, d)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(d.getPassage).not.toHaveBeenCalled();
  });

  it('answers each batch item on its own', async () => {
    const reply = await handleMessage(
      {
        type: 'getPassages',
        items: [
          { osis: 'Heb.7.25', translation: 'WEB' },
          { osis: 'Foo.1.1', translation: 'WEB' },
          { osis: '3John.1.15', translation: 'KJV' },
        ],
      },
      self,
      deps(),
    );
    expect(reply.ok).toBe(true);
    if (reply.ok) {
      const items = reply.value as { ok: boolean; error?: { code: string } }[];
      expect(items.map((i) => i.ok)).toEqual([true, false, false]);
      expect(items[1]!.error!.code).toBe('invalid-reference');
      expect(items[2]!.error!.code).toBe('not-found');
    }
  });

  it('turns an unexpected failure into an internal error reply', async () => {
    const d = deps();
    d.getPassage = async () => {
      throw new Error('pack damaged');
    };
    const reply = await handleMessage({ type: 'getPassage', osis: 'Heb.7.25', translation: 'WEB' }, self, d);
    expect(reply).toEqual({ ok: false, error: { code: 'internal', message: 'pack damaged' } });
  });

  it('recognises a passage that is not there by its class, not by its name', async () => {
    const d = deps();
    d.getPassage = async () => {
      throw Object.assign(new Error('looks like one'), { name: 'PassageNotFoundError' });
    };
    const reply = await handleMessage({ type: 'getPassage', osis: 'Heb.7.25', translation: 'WEB' }, self, d);
    expect(reply).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('reports a full disk as a quota error', async () => {
    const d = deps();
    d.getPassage = async () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    const reply = await handleMessage({ type: 'getPassage', osis: 'Heb.7.25', translation: 'WEB' }, self, d);
    expect(reply).toMatchObject({ ok: false, error: { code: 'quota' } });
  });
});
