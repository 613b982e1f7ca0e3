import { describe, expect, it, vi } from 'vitest';
import { OsisError } from '@/lib/bible/osis';
import type { CommentaryReply } from '@/lib/commentary/views';
import { commentaryValidators } from '@/lib/messaging/commentary';
import { handleMessage, type HandlerDeps } from '@/lib/messaging/handle';
import { BadRequestError } from '@/lib/errors';

const self = { id: 'intercede-id' };

const REPLY: CommentaryReply = {
  notes: [
    {
      id: 'nt-always-lives-to-intercede',
      title: 'He always lives to make intercession',
      passagesLabel: 'Hebrews 7:23–25',
      paragraphs: ['One.', 'Two.'],
      themes: ['christ-intercedes'],
      related: [],
    },
  ],
  topics: [],
};

/** Only getCommentary is under test; the other features' deps are never reached. */
function deps(getCommentary: HandlerDeps['getCommentary'] = async () => REPLY) {
  const d = { extensionId: 'intercede-id', getCommentary: vi.fn(getCommentary) };
  return d as Partial<HandlerDeps> as HandlerDeps & typeof d;
}

describe('the getCommentary validator', () => {
  it.each(['Heb.7.25', 'Heb.7.23-Heb.7.25', 'John.17', 'Rom.8.1,Rom.8.34', 'Rev.21.1-Rev.22.5'])(
    'accepts %s',
    (osis) => {
      expect(commentaryValidators.getCommentary({ type: 'getCommentary', osis })).toEqual({ osis });
    },
  );

  it.each([
    ['no osis', {}, BadRequestError, /"osis" must be a non-empty string/],
    ['a number', { osis: 7 }, BadRequestError, /"osis"/],
    ['an empty string', { osis: '' }, BadRequestError, /"osis"/],
    ['an oversized string', { osis: 'Heb.7.25,'.repeat(300) }, BadRequestError, /at most 2000/],
    [
      'an extra field',
      { osis: 'Heb.7.25', translation: 'WEB' },
      BadRequestError,
      /unexpected field "translation"/,
    ],
    ['a verse that does not exist', { osis: 'Heb.7.99' }, OsisError, /Hebrews 7 has no verse 99/],
    ['a written reference', { osis: 'Hebrews 7:25' }, OsisError, /Malformed/],
    ['a backwards range', { osis: 'Heb.7.25-Heb.7.1' }, OsisError, /backwards/],
  ])('refuses %s', (_, fields, type, message) => {
    const run = () => commentaryValidators.getCommentary({ type: 'getCommentary', ...fields });
    expect(run).toThrow(type);
    expect(run).toThrow(message);
  });
});

describe('handleMessage for getCommentary', () => {
  it('answers with the background’s notes and topics', async () => {
    const d = deps();
    expect(await handleMessage({ type: 'getCommentary', osis: 'Heb.7.25' }, self, d)).toEqual({
      ok: true,
      value: REPLY,
    });
    expect(d.getCommentary).toHaveBeenCalledWith('Heb.7.25');
  });

  it.each([
    [{ type: 'getCommentary' }, 'bad-request'],
    [{ type: 'getCommentary', osis: ['Heb.7.25'] }, 'bad-request'],
    [{ type: 'getCommentary', osis: 'Heb.7.25', extra: true }, 'bad-request'],
    [{ type: 'getCommentary', osis: 'Jude.2.1' }, 'invalid-reference'],
    [{ type: 'getCommentary', osis: 'heb.7.25' }, 'invalid-reference'],
  ])('refuses %j with %s before asking the background', async (message, code) => {
    const d = deps();
    expect(await handleMessage(message, self, d)).toMatchObject({ ok: false, error: { code } });
    expect(d.getCommentary).not.toHaveBeenCalled();
  });

  it('turns the background’s failures into error replies', async () => {
    const damaged = deps(async () => {
      throw new Error('The commentary pack is damaged; reinstall the extension');
    });
    expect(await handleMessage({ type: 'getCommentary', osis: 'Heb.7.25' }, self, damaged)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'The commentary pack is damaged; reinstall the extension' },
    });
  });

  it('refuses a sender that is not this extension', async () => {
    const d = deps();
    expect(
      await handleMessage({ type: 'getCommentary', osis: 'Heb.7.25' }, { id: 'other' }, d),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(d.getCommentary).not.toHaveBeenCalled();
  });
});
