import { describe, expect, it } from 'vitest';
import type { SavedVerse } from '@/lib/saved/format';
import {
  SNAPSHOT_KEY,
  SNAPSHOT_MAX_CHARS,
  keepSnapshot,
  readSnapshot,
  type SessionArea,
} from '@/lib/saved/snapshot';

function area(): SessionArea & { items: Record<string, unknown> } {
  const items: Record<string, unknown> = {};
  return {
    items,
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (more) => void Object.assign(items, more),
    remove: async (key) => void delete items[key],
  };
}

const verse = (id: number, text = 'placeholder'): SavedVerse => ({
  id,
  osis: 'Heb.7.25',
  translation: 'WEB',
  label: 'Hebrews 7:25',
  text,
  note: 'n',
  tags: ['t'],
  createdAt: 1,
  updatedAt: 2,
});

describe('the saved list’s copy in session storage', () => {
  it('reads back what was kept', async () => {
    const a = area();
    expect(await readSnapshot(a)).toBeUndefined();
    await keepSnapshot(a, [verse(1), verse(2)]);
    expect(await readSnapshot(a)).toEqual([verse(1), verse(2)]);
    await keepSnapshot(a, []);
    expect(await readSnapshot(a)).toEqual([]);
  });

  it('keeps a copy of exactly the longest length, and none one character past it', async () => {
    const a = area();
    const bare = JSON.stringify([verse(1, '')]).length;
    await keepSnapshot(a, [verse(1, 'x'.repeat(SNAPSHOT_MAX_CHARS - bare))]);
    expect(await readSnapshot(a)).toHaveLength(1);
    await keepSnapshot(a, [verse(1, 'x'.repeat(SNAPSHOT_MAX_CHARS - bare + 1))]);
    expect(a.items).toEqual({});
  });

  it.each(['id', 'osis', 'translation', 'label', 'text', 'note', 'tags', 'createdAt', 'updatedAt'])(
    'reads no list where an item has no %s, or one of the wrong kind',
    async (field) => {
      const a = area();
      const { [field as keyof SavedVerse]: _, ...without } = verse(1);
      a.items[SNAPSHOT_KEY] = JSON.stringify([verse(2), without]);
      expect(await readSnapshot(a)).toBeUndefined();
      a.items[SNAPSHOT_KEY] = JSON.stringify([{ ...verse(2), [field]: field === 'tags' ? 'a b' : {} }]);
      expect(await readSnapshot(a)).toBeUndefined();
    },
  );

  it('keeps no copy of a list too long to be worth reading first', async () => {
    const a = area();
    await keepSnapshot(a, [verse(1)]);
    await keepSnapshot(a, [verse(1, 'x'.repeat(SNAPSHOT_MAX_CHARS))]);
    expect(a.items).toEqual({});
    expect(await readSnapshot(a)).toBeUndefined();
  });

  it('reads nothing from a missing area or a copy that is not a saved list', async () => {
    expect(await readSnapshot(undefined)).toBeUndefined();
    const a = area();
    for (const bad of [
      '{',
      '{}',
      JSON.stringify([{ ...verse(1), id: '1' }]),
      JSON.stringify([{ ...verse(1), tags: [3] }]),
      JSON.stringify([{ ...verse(1), note: null }]),
      JSON.stringify([null]),
      42,
    ]) {
      a.items[SNAPSHOT_KEY] = bad;
      expect(await readSnapshot(a)).toBeUndefined();
    }
    const failing: SessionArea = { ...a, get: async () => Promise.reject(new Error('no session storage')) };
    expect(await readSnapshot(failing)).toBeUndefined();
  });
});
