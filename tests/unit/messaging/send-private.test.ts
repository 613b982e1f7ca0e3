/**
 * The sending side of private windows: the popup has no tab for the background to look at, so
 * its requests say themselves that they come from a private window.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  // send.ts remembers the answer for the page's life: each test is a new page.
  vi.resetModules();
});

async function sentFrom(window: { incognito: boolean } | undefined, inIncognitoContext = false) {
  Object.assign(fakeBrowser, { extension: { inIncognitoContext } });
  if (window) vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue(window as never);
  else Object.assign(fakeBrowser, { windows: undefined });
  const spy = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockResolvedValue({ ok: true, value: [] } as never);
  const { send } = await import('@/lib/messaging/send');
  await send('getHistory', {});
  await send('listSaved', {});
  return spy.mock.calls.map(([message]) => message);
}

describe('send from a private window', () => {
  const windows = fakeBrowser.windows;
  const extension = (fakeBrowser as { extension?: unknown }).extension;
  beforeEach(() => () => Object.assign(fakeBrowser, { windows, extension }));

  it('marks every request from the popup of a private window', async () => {
    expect(await sentFrom({ incognito: true })).toEqual([
      { type: 'getHistory', incognito: true },
      { type: 'listSaved', incognito: true },
    ]);
  });

  it('marks requests from a page in an incognito context (no windows API there)', async () => {
    expect(await sentFrom(undefined, true)).toEqual([
      { type: 'getHistory', incognito: true },
      { type: 'listSaved', incognito: true },
    ]);
  });

  it('adds nothing from a normal window', async () => {
    expect(await sentFrom({ incognito: false })).toEqual([{ type: 'getHistory' }, { type: 'listSaved' }]);
  });

  it('adds nothing where there is no windows API and no incognito context (a content script)', async () => {
    expect(await sentFrom(undefined)).toEqual([{ type: 'getHistory' }, { type: 'listSaved' }]);
  });
});
