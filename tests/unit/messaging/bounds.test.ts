import { describe, expect, it, vi } from 'vitest';
import { parseOsis } from '@/lib/bible/osis';
import type { Passage } from '@/lib/bible/passage';
import { MAX_PASSAGE_VERSES } from '@/lib/bible/limit';
import { MAX_BATCH_VERSES } from '@/lib/messaging/passages';
import { passagesHandlers, passagesValidators } from '@/lib/messaging/passages';

function deps() {
  return {
    getPassage: vi.fn(async (osis: string, translation: 'WEB' | 'KJV'): Promise<Passage> => {
      parseOsis(osis);
      return { osis, translation, label: osis, verses: [], omitted: [], source: 'cache' };
    }),
    getStatus: vi.fn(),
    clearCache: vi.fn(),
  };
}

describe('bounded passages', () => {
  it('answers the whole Bible a page at a time, and says where the page sits', async () => {
    const d = deps();
    const h = passagesHandlers(d);
    const first = await h.getPassage({ osis: 'Gen.1-Rev.22', translation: 'WEB' });
    expect(d.getPassage).toHaveBeenCalledWith('Gen.1.1-Gen.10.15', 'WEB');
    expect(first).toMatchObject({
      osis: 'Gen.1-Rev.22',
      label: 'Genesis 1–Revelation 22',
      page: { from: 0, count: MAX_PASSAGE_VERSES, total: 31_104 },
    });
    const last = await h.getPassage({ osis: 'Gen.1-Rev.22', translation: 'WEB', from: 31_102 });
    expect(last.page).toEqual({ from: 31_102, count: 2, total: 31_104 });
    expect(d.getPassage).toHaveBeenLastCalledWith('Rev.22.20-Rev.22.21', 'WEB');
  });

  it('passes a passage that fits through untouched', async () => {
    const d = deps();
    const reply = await passagesHandlers(d).getPassage({ osis: 'Ps.119', translation: 'KJV' });
    expect(d.getPassage).toHaveBeenCalledWith('Ps.119', 'KJV');
    expect(reply.page).toBeUndefined();
  });

  it('refuses a page past the end as a bad request', async () => {
    await expect(
      passagesHandlers(deps()).getPassage({ osis: 'Heb.7.25', translation: 'WEB', from: 1 }),
    ).rejects.toMatchObject({ name: 'BadRequestError' });
  });

  it('answers a batch up to its verse budget; the rest fail alone with too-large', async () => {
    const d = deps();
    // Eight whole-Bible ranges ask for 250 verses each (2,000), the ninth goes over.
    const items = Array.from({ length: 9 }, () => ({ osis: 'Gen.1-Rev.22', translation: 'WEB' as const }));
    const replies = await passagesHandlers(d).getPassages({ items });
    expect(replies.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([...Array(8).fill('ok'), 'too-large']);
    expect(MAX_BATCH_VERSES).toBe(8 * MAX_PASSAGE_VERSES);
    expect(d.getPassage).toHaveBeenCalledTimes(8);
  });

  it.each([
    [{ osis: 'Heb.7.25', translation: 'WEB', from: -1 }, /"from" must be a whole number from 0/],
    [{ osis: 'Heb.7.25', translation: 'WEB', from: 1.5 }, /"from"/],
    [{ osis: 'Heb.7.25', translation: 'WEB', from: '3' }, /"from"/],
  ])('validates "from": %o', (raw, message) => {
    expect(() => passagesValidators.getPassage(raw)).toThrow(message);
  });
});
