import { describe, expect, it, vi } from 'vitest';
import { handleMessage, type HandlerDeps } from '@/lib/messaging/handle';
import { searchValidators } from '@/lib/messaging/search';
import { historyValidators } from '@/lib/messaging/history';
import { HISTORY_SHOWN } from '@/lib/search/history';

const self = { id: 'intercede-id', url: 'chrome-extension://intercede-id/popup.html' };

function deps() {
  return {
    extensionId: 'intercede-id',
    extensionUrl: 'chrome-extension://intercede-id/',
    search: {
      search: vi.fn(async () => ({ status: 'building' as const, done: 1, total: 66 })),
      status: vi.fn(async () => ({ state: 'absent' as const })),
    },
    history: {
      add: vi.fn(async () => undefined),
      recent: vi.fn(async () => [{ osis: 'Heb.7.25', translation: 'WEB' as const, at: 1 }]),
      clear: vi.fn(async () => undefined),
    },
    takeLookup: vi.fn(() => 'make intercession'),
    findTopic: vi.fn(async () => ({ kind: 'topic', name: 'INTERCESSION', sections: [] })),
  } as unknown as HandlerDeps;
}

describe('search requests', () => {
  it('passes a valid search through and replies with its page', async () => {
    const d = deps();
    const reply = await handleMessage(
      { type: 'search', query: 'make intercession', translation: 'KJV', offset: 50 },
      self,
      d,
    );
    expect(reply).toEqual({ ok: true, value: { status: 'building', done: 1, total: 66 } });
    expect(d.search.search).toHaveBeenCalledWith('make intercession', 'KJV', 50, {
      every: true,
      literal: false,
    });
  });

  it('passes the one-translation switch and a literal search on', async () => {
    const d = deps();
    await handleMessage(
      { type: 'search', query: 'intersession', translation: 'WEB', offset: 0, every: false, literal: true },
      self,
      d,
    );
    expect(d.search.search).toHaveBeenCalledWith('intersession', 'WEB', 0, { every: false, literal: true });
  });

  it.each([
    ['a missing query', { translation: 'WEB', offset: 0 }, /"query"/],
    ['an empty query', { query: '', translation: 'WEB', offset: 0 }, /"query"/],
    ['a huge query', { query: 'x'.repeat(501), translation: 'WEB', offset: 0 }, /"query"/],
    ['an unknown translation', { query: 'grace', translation: 'NIV', offset: 0 }, /"translation"/],
    ['a negative offset', { query: 'grace', translation: 'WEB', offset: -1 }, /"offset"/],
    ['a fractional offset', { query: 'grace', translation: 'WEB', offset: 1.5 }, /"offset"/],
    [
      'a switch that is not a boolean',
      { query: 'grace', translation: 'WEB', offset: 0, every: 'no' },
      /"every"/,
    ],
    [
      'a literal flag that is not a boolean',
      { query: 'grace', translation: 'WEB', offset: 0, literal: 1 },
      /"literal"/,
    ],
    [
      'an extra field',
      { query: 'grace', translation: 'WEB', offset: 0, limit: 9 },
      /unexpected field "limit"/,
    ],
  ])('refuses %s', async (_, fields, message) => {
    const d = deps();
    const reply = await handleMessage({ type: 'search', ...fields }, self, d);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    if (!reply.ok) expect(reply.error.message).toMatch(message);
    expect(d.search.search).not.toHaveBeenCalled();
  });

  it('asks for the topic a search names, and refuses a malformed request', async () => {
    const d = deps();
    expect(await handleMessage({ type: 'findTopic', query: 'intercession' }, self, d)).toEqual({
      ok: true,
      value: { kind: 'topic', name: 'INTERCESSION', sections: [] },
    });
    expect(d.findTopic).toHaveBeenCalledWith('intercession');
    for (const bad of [{}, { query: '' }, { query: 'x'.repeat(501) }, { query: 'grace', offset: 0 }]) {
      expect(await handleMessage({ type: 'findTopic', ...bad }, self, d)).toMatchObject({
        ok: false,
        error: { code: 'bad-request' },
      });
    }
    expect(d.findTopic).toHaveBeenCalledTimes(1);
  });

  it('records lookups of valid passages only', async () => {
    const d = deps();
    expect(await handleMessage({ type: 'addHistory', osis: 'John.17', translation: 'WEB' }, self, d)).toEqual(
      {
        ok: true,
        value: null,
      },
    );
    expect(d.history.add).toHaveBeenCalledWith('John.17', 'WEB');
    const bad = await handleMessage({ type: 'addHistory', osis: 'John.99', translation: 'WEB' }, self, d);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-reference' } });
    expect(d.history.add).toHaveBeenCalledTimes(1);
  });

  it('lists the newest lookups, clears them, and hands over a context-menu lookup', async () => {
    const d = deps();
    expect(await handleMessage({ type: 'getHistory' }, self, d)).toMatchObject({ ok: true });
    expect(d.history.recent).toHaveBeenCalledWith(HISTORY_SHOWN);
    expect(await handleMessage({ type: 'clearHistory' }, self, d)).toEqual({ ok: true, value: null });
    expect(await handleMessage({ type: 'takeLookup' }, self, d)).toEqual({
      ok: true,
      value: 'make intercession',
    });
    expect(await handleMessage({ type: 'getSearchStatus', translation: 'WEB' }, self, d)).toEqual({
      ok: true,
      value: { state: 'absent' },
    });
  });

  it('validators return only the typed fields', () => {
    expect(searchValidators.search({ type: 'search', query: 'q', translation: 'WEB', offset: 0 })).toEqual({
      query: 'q',
      translation: 'WEB',
      offset: 0,
      every: true,
      literal: false,
    });
    expect(() => historyValidators.getHistory({ type: 'getHistory', all: true })).toThrow(/unexpected/);
  });
});
