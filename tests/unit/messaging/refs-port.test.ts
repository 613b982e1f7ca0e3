import { describe, expect, it } from 'vitest';
import { MAX_LISTED, isPageRefsMessage, isShowRefMessage } from '@/lib/messaging/refs-port';
import { MAX_PAGE_REFS } from '@/lib/page/scanner';

const ref = { id: 1, osis: 'Heb.7.25', text: 'Heb 7:25' };
const list = { type: 'refs', title: 'T', capped: false, refs: [ref, { ...ref, id: 2, translation: 'KJV' }] };

describe('the side panel’s line', () => {
  it('carries every reference a scan keeps', () => {
    expect(MAX_LISTED).toBe(MAX_PAGE_REFS);
  });

  it('takes a well-formed list from the page and nothing else', () => {
    expect(isPageRefsMessage(list)).toBe(true);
    expect(isPageRefsMessage({ ...list, refs: [] })).toBe(true);
    for (const bad of [
      null,
      'refs',
      { ...list, type: 'show' },
      { ...list, title: 3 },
      { ...list, capped: 'no' },
      { ...list, refs: 'all' },
      { ...list, refs: [{ ...ref, id: 1.5 }] },
      { ...list, refs: [{ ...ref, osis: 7 }] },
      { ...list, refs: [{ ...ref, text: null }] },
      { ...list, refs: [{ ...ref, translation: 5 }] },
      { ...list, refs: [null] },
      { ...list, refs: Array.from({ length: MAX_LISTED + 1 }, () => ref) },
    ]) {
      expect(isPageRefsMessage(bad), JSON.stringify(bad)?.slice(0, 80)).toBe(false);
    }
    expect(isPageRefsMessage({ ...list, refs: Array.from({ length: MAX_LISTED }, () => ref) })).toBe(true);
  });

  it('takes from the panel only a request to show a reference by its id', () => {
    expect(isShowRefMessage({ type: 'show', id: 0 })).toBe(true);
    for (const bad of [
      { type: 'show' },
      { type: 'show', id: -1 },
      { type: 'show', id: 2 ** 60 },
      { type: 'refs', id: 1 },
      null,
    ]) {
      expect(isShowRefMessage(bad)).toBe(false);
    }
  });
});
