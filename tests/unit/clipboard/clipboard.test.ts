// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { answerOffscreenCopy } from '@/lib/clipboard/offscreen-copy';
import { OFFSCREEN_COPY } from '@/lib/clipboard/protocol';
import { OFFSCREEN_PATH, writeClipboard, type OffscreenApi } from '@/lib/clipboard/write-clipboard';

function offscreen(exists = false): OffscreenApi & { created: number } {
  let has = exists;
  const api = {
    created: 0,
    hasDocument: vi.fn(async () => has),
    createDocument: vi.fn(async (options: { url: string; reasons: string[] }) => {
      expect(options).toMatchObject({ url: OFFSCREEN_PATH, reasons: ['CLIPBOARD'] });
      await Promise.resolve();
      if (has) throw new Error('Only a single offscreen document may be created');
      has = true;
      api.created++;
    }),
  };
  return api;
}

describe('writeClipboard', () => {
  it('in Chrome, opens one offscreen document however many copies race, and sends it the text', async () => {
    const api = offscreen();
    const sendMessage = vi.fn(async (_message: unknown) => true);
    await Promise.all([
      writeClipboard('one', { offscreen: api, sendMessage }),
      writeClipboard('two', { offscreen: api, sendMessage }),
    ]);
    expect(api.created).toBe(1);
    expect(sendMessage.mock.calls.map(([m]) => m)).toEqual([
      { type: OFFSCREEN_COPY, text: 'one' },
      { type: OFFSCREEN_COPY, text: 'two' },
    ]);
  });

  it('says so when the offscreen document could not copy', async () => {
    await expect(
      writeClipboard('x', { offscreen: offscreen(true), sendMessage: async () => false }),
    ).rejects.toThrow(/did not allow/);
  });

  it('in Firefox, writes from the background page itself', async () => {
    const writeText = vi.fn(async () => undefined);
    const sendMessage = vi.fn();
    await writeClipboard('text', { sendMessage, clipboard: { writeText } });
    expect(writeText).toHaveBeenCalledWith('text');
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('refuses clearly where there is no clipboard at all', async () => {
    await expect(writeClipboard('x', { sendMessage: vi.fn() })).rejects.toThrow(/no clipboard/);
  });
});

describe('the offscreen document', () => {
  const self = { id: 'ext', extensionUrl: 'chrome-extension://ext/', doc: document };
  const background = { id: 'ext', url: 'chrome-extension://ext/background.js' };

  it('copies what the background sends, from a textarea it removes again', async () => {
    const exec = vi.fn((_command: string) => {
      expect(document.querySelector('textarea')!.value).toBe('“text” — John 3:16 (WEB)');
      return true;
    });
    document.execCommand = exec as unknown as typeof document.execCommand;
    const reply = answerOffscreenCopy(
      { type: OFFSCREEN_COPY, text: '“text” — John 3:16 (WEB)' },
      background,
      self,
    );
    expect(await reply).toBe(true);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(document.querySelector('textarea')).toBeNull();
  });

  it.each([
    ['a content script', { id: 'ext', url: 'https://example.org/' }],
    ['another extension', { id: 'other', url: 'chrome-extension://ext/background.js' }],
  ])('ignores a copy request from %s', (_, sender) => {
    document.execCommand = vi.fn() as unknown as typeof document.execCommand;
    expect(answerOffscreenCopy({ type: OFFSCREEN_COPY, text: 'evil' }, sender, self)).toBeUndefined();
    expect(document.execCommand).not.toHaveBeenCalled();
  });

  it('leaves every other message unanswered, so the background answers it', () => {
    expect(answerOffscreenCopy({ type: 'getPassage', osis: 'John.3.16' }, background, self)).toBeUndefined();
    expect(answerOffscreenCopy({ type: OFFSCREEN_COPY, text: 3 }, background, self)).toBeUndefined();
  });
});
