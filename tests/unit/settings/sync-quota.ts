/**
 * storage.sync as the browsers enforce it: an item (key and JSON value, UTF-8 bytes) over
 * 8,192 bytes, or all items over 102,400, and the whole write is refused, as Chrome refuses it.
 * WXT's fake browser stores anything; this wraps its `set`.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const PER_ITEM = 8192;
const TOTAL = 102_400;

const bytes = (key: string, value: unknown) => new TextEncoder().encode(key + JSON.stringify(value)).length;

/** Makes the fake `storage.sync.set` refuse what the real one refuses; returns the refusals seen. */
export function enforceSyncQuota(): { refused: string[] } {
  const refused: string[] = [];
  const sync = fakeBrowser.storage.sync;
  const set = sync.set.bind(sync);
  vi.spyOn(sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      if (bytes(key, value) > PER_ITEM) {
        refused.push(key);
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
    }
    const all = { ...(await sync.get(null)), ...items };
    if (Object.entries(all).reduce((sum, [key, value]) => sum + bytes(key, value), 0) > TOTAL) {
      refused.push('*');
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    await set(items);
  });
  return { refused };
}

/** `count` host names of ordinary length, as a reader's list of disabled sites grows. */
export function siteList(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `forum-${i}.news-example-${i % 37}.org`);
}
