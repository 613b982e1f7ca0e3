/**
 * The message contract's smaller pieces, as a sender meets them: what each saved-verse and
 * history request passes on and refuses, when the badge is told, the tab messages the
 * content script accepts, and how `send` reports every kind of failure.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historyHandlers, historyValidators } from '@/lib/messaging/history';
import { savedHandlers, savedValidators } from '@/lib/messaging/saved';
import { RequestError, send } from '@/lib/messaging/send';
import { isTabMessage } from '@/lib/messaging/tab';
import { HISTORY_SHOWN } from '@/lib/search/history';

function savedDeps() {
  return {
    saved: {
      state: vi.fn(async () => 'saved' as const),
      toggle: vi.fn(async () => 'unsaved' as const),
      saveMany: vi.fn(async () => ({ added: 1, already: 1 })),
      list: vi.fn(async () => []),
      update: vi.fn(async () => ({}) as never),
      remove: vi.fn(async () => ({ id: 3 }) as never),
      restore: vi.fn(async () => undefined),
      export: vi.fn(async () => 'file'),
      import: vi.fn(async () => ({ added: 1, skipped: 0 })),
    },
    onSavedChanged: vi.fn(),
  };
}

const item = { osis: 'Heb.7.25', translation: 'WEB', note: 'n', tags: ['t'], createdAt: 1, updatedAt: 2 };

describe('saved-verse requests', () => {
  it('pass each request on with its fields, and tell the badge only after a change', async () => {
    const d = savedDeps();
    const h = savedHandlers(d);
    expect(await h.savedState({ osis: 'Heb.7.25', translation: 'KJV' })).toBe('saved');
    expect(d.saved.state).toHaveBeenCalledWith('Heb.7.25', 'KJV');
    expect(await h.listSaved()).toEqual([]);
    await h.updateSaved({ id: 4, note: 'x', tags: ['y'] });
    expect(d.saved.update).toHaveBeenCalledWith(4, { note: 'x', tags: ['y'] });
    expect(await h.exportSaved({ format: 'csv' })).toBe('file');
    expect(d.saved.export).toHaveBeenCalledWith('csv');
    expect(d.onSavedChanged).not.toHaveBeenCalled();

    expect(await h.toggleSaved({ osis: 'Heb.7.25', translation: 'WEB' })).toBe('unsaved');
    expect(d.saved.toggle).toHaveBeenLastCalledWith('Heb.7.25', 'WEB', false);
    await h.toggleSaved({ osis: 'Heb.7.25', translation: 'WEB', discardNote: true });
    expect(d.saved.toggle).toHaveBeenLastCalledWith('Heb.7.25', 'WEB', true);
    expect(await h.removeSaved({ id: 3 })).toEqual({ id: 3 });
    expect(d.saved.remove).toHaveBeenCalledWith(3);
    expect(await h.restoreSaved({ item: item as never })).toBeNull();
    expect(d.saved.restore).toHaveBeenCalledWith(item);
    expect(await h.importSaved({ json: '{}' })).toEqual({ added: 1, skipped: 0 });
    expect(d.saved.import).toHaveBeenCalledWith('{}');
    const two = [
      { osis: 'Heb.7.25', translation: 'WEB' as const },
      { osis: 'John.17', translation: 'KJV' as const },
    ];
    expect(await h.savePassages({ items: two })).toEqual({ added: 1, already: 1 });
    expect(d.saved.saveMany).toHaveBeenCalledWith(two);
    expect(d.onSavedChanged).toHaveBeenCalledTimes(6);
  });

  it.each([
    ['savedState', { osis: 'Heb.7.25', translation: 'WEB', x: 1 }, 'savedState: unexpected field "x"'],
    [
      'toggleSaved',
      { osis: 'Heb.7.25', translation: 'WEB', discardNote: 'yes' },
      'toggleSaved: "discardNote" must be true or false',
    ],
    ['toggleSaved', { osis: 'Heb.7.25', translation: 'WEB', x: 1 }, 'toggleSaved: unexpected field "x"'],
    ['listSaved', { all: true }, 'listSaved: unexpected field "all"'],
    ['updateSaved', { id: 1, note: '', tags: [], x: 1 }, 'updateSaved: unexpected field "x"'],
    [
      'updateSaved',
      { id: 0, note: '', tags: [] },
      'updateSaved: "id" must be a whole number from 1 to 9007199254740991',
    ],
    ['removeSaved', { id: 1.5 }, 'removeSaved: "id" must be a whole number from 1 to 9007199254740991'],
    ['removeSaved', { id: 1, x: 1 }, 'removeSaved: unexpected field "x"'],
    ['restoreSaved', { item, x: 1 }, 'restoreSaved: unexpected field "x"'],
    [
      'restoreSaved',
      { item: { ...item, osis: 'Jude.2.1' } },
      'restoreSaved: item: "osis" is not a valid reference',
    ],
    ['exportSaved', { format: 'pdf' }, 'exportSaved: "format" must be json, markdown or csv'],
    ['exportSaved', { format: 'json', x: 1 }, 'exportSaved: unexpected field "x"'],
    [
      'importSaved',
      { json: '' },
      'importSaved: "json" must be a non-empty string of at most 5242880 characters',
    ],
    ['importSaved', { json: '{}', x: 1 }, 'importSaved: unexpected field "x"'],
    ['savePassages', { items: [] }, 'savePassages: "items" must be an array of 1 to 200 passages'],
    [
      'savePassages',
      { items: Array.from({ length: 201 }, () => ({ osis: 'Heb.7.25', translation: 'WEB' })) },
      'savePassages: "items" must be an array of 1 to 200 passages',
    ],
    ['savePassages', { items: ['Heb.7.25'] }, 'savePassages: items[0]'],
    [
      'savePassages',
      {
        items: [
          { osis: 'Heb.7.25', translation: 'WEB' },
          { osis: 'Heb.7.25', translation: 'NIV' },
        ],
      },
      'savePassages: items[1]: "translation"',
    ],
    [
      'savePassages',
      { items: [{ osis: 'Heb.7.25', translation: 'WEB', note: 'x' }] },
      'savePassages: items[0]: unexpected field "note"',
    ],
    ['savePassages', { items: [{ osis: 'Jude.2.1', translation: 'WEB' }] }, 'Jude'],
  ] as const)('%s refuses %o', (type, raw, message) => {
    const validate = savedValidators[type] as (raw: object) => unknown;
    expect(() => validate(raw)).toThrow(message);
  });

  it('returns only the typed fields', () => {
    expect(savedValidators.toggleSaved({ osis: 'Heb.7.25', translation: 'WEB' })).toEqual({
      osis: 'Heb.7.25',
      translation: 'WEB',
      discardNote: false,
    });
    expect(
      savedValidators.toggleSaved({ osis: 'Heb.7.25', translation: 'WEB', discardNote: true }).discardNote,
    ).toBe(true);
    expect(savedValidators.exportSaved({ format: 'markdown' })).toEqual({ format: 'markdown' });
    expect(savedValidators.listSaved({})).toEqual({});
    expect(savedValidators.importSaved({ json: '{}' })).toEqual({ json: '{}' });
    expect(savedValidators.removeSaved({ id: 7 })).toEqual({ id: 7 });
    expect(savedValidators.savePassages({ items: [{ osis: 'Heb.7.25', translation: 'KJV' }] })).toEqual({
      items: [{ osis: 'Heb.7.25', translation: 'KJV' }],
    });
    expect(savedValidators.updateSaved({ id: 7, note: 'n', tags: ['a'] })).toEqual({
      id: 7,
      note: 'n',
      tags: ['a'],
    });
  });
});

describe('history requests', () => {
  it('pass each request on and answer null where nothing comes back', async () => {
    const d = {
      history: {
        add: vi.fn(async () => undefined),
        recent: vi.fn(async () => []),
        clear: vi.fn(async () => undefined),
      },
      takeLookup: vi.fn(() => 'heb 7:25'),
    };
    const h = historyHandlers(d);
    expect(await h.addHistory({ osis: 'John.17', translation: 'KJV' })).toBeNull();
    expect(d.history.add).toHaveBeenCalledWith('John.17', 'KJV');
    expect(await h.getHistory()).toEqual([]);
    expect(d.history.recent).toHaveBeenCalledWith(HISTORY_SHOWN);
    expect(await h.clearHistory()).toBeNull();
    expect(d.history.clear).toHaveBeenCalledTimes(1);
    expect(await h.takeLookup()).toBe('heb 7:25');
  });

  it.each([
    ['addHistory', { osis: 'John.17', translation: 'WEB', x: 1 }, 'addHistory: unexpected field "x"'],
    ['addHistory', { osis: 'John.99', translation: 'WEB' }, 'John has no chapter 99'],
    ['getHistory', { x: 1 }, 'getHistory: unexpected field "x"'],
    ['clearHistory', { x: 1 }, 'clearHistory: unexpected field "x"'],
    ['takeLookup', { x: 1 }, 'takeLookup: unexpected field "x"'],
  ] as const)('%s refuses %o', (type, raw, message) => {
    const validate = historyValidators[type] as (raw: object) => unknown;
    expect(() => validate(raw)).toThrow(message);
  });

  it('returns only the typed fields', () => {
    expect(historyValidators.addHistory({ osis: 'John.17', translation: 'WEB' })).toEqual({
      osis: 'John.17',
      translation: 'WEB',
    });
    expect(historyValidators.getHistory({})).toEqual({});
    expect(historyValidators.clearHistory({})).toEqual({});
    expect(historyValidators.takeLookup({})).toEqual({});
  });
});

describe('tab messages', () => {
  it.each([
    [{ type: 'intercede:openCard' }, true],
    [{ type: 'intercede:pageStatus' }, true],
    [{ type: 'intercede:moveCard', direction: 1 }, true],
    [{ type: 'intercede:moveCard', direction: -1 }, true],
    [{ type: 'intercede:moveCard', direction: 2 }, false],
    [{ type: 'intercede:moveCard' }, false],
    [{ type: 'intercede:other' }, false],
    [{ type: 'getPassage' }, false],
    [{}, false],
    [null, false],
    ['intercede:openCard', false],
    [undefined, false],
  ])('%o is a tab message: %s', (message, yes) => {
    expect(isTabMessage(message)).toBe(yes);
  });
});

describe('send', () => {
  it('returns the value of an ok reply, sending the fields with the type', async () => {
    const spy = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockResolvedValue({ ok: true, value: 'v' } as never);
    expect(await send('getHistory', {})).toBe('v');
    expect(spy).toHaveBeenCalledWith({ type: 'getHistory' });
  });

  it('throws the background’s code and message', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      ok: false,
      error: { code: 'forbidden', message: 'no' },
    } as never);
    const error = await send('getHistory', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect(error).toMatchObject({ code: 'forbidden', message: 'no', name: 'RequestError' });
  });

  it('says when the background did not answer, or sent no reply', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Receiving end does not exist.'),
    );
    await expect(send('getHistory', {})).rejects.toMatchObject({
      code: 'internal',
      message: 'The background did not answer: Receiving end does not exist.',
    });
    for (const reply of [undefined, null, 'text', { value: 1 }]) {
      vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(reply as never);
      await expect(send('getHistory', {})).rejects.toMatchObject({
        code: 'internal',
        message: 'The background sent no reply',
      });
    }
  });
});
