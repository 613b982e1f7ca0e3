/**
 * The message handler's dependencies for tests that run it against the real saved-verse service:
 * every other dependency a spy with a neutral answer, each replaceable.
 */
import { vi } from 'vitest';
import type { Passage } from '@/lib/bible/passage';
import type { SavedService } from '@/lib/db/saved';
import type { HandlerDeps } from '@/lib/messaging/handle';

export function handlerDeps(
  fields: {
    extensionId: string;
    extensionUrl: string;
    saved: SavedService;
    getPassage: (osis: string, translation: 'WEB' | 'KJV') => Promise<Passage>;
  } & Partial<HandlerDeps>,
): HandlerDeps {
  const { getPassage, ...rest } = fields;
  return {
    getPassage: vi.fn(getPassage),
    unkept: {
      getPassage: vi.fn(getPassage),
      copyPassage: vi.fn(async () => undefined),
      copyPassages: vi.fn(async () => undefined),
    },
    getStatus: vi.fn(async () => ({ startedAt: 1, cachedBooks: { WEB: 0, KJV: 0, RV1909: 0 } })),
    openPassage: vi.fn(async () => undefined),
    copyPassage: vi.fn(async () => undefined),
    copyPassages: vi.fn(async () => undefined),
    getCommentary: vi.fn(async () => ({ notes: [], topics: [] })),
    findTopic: vi.fn(async () => null),
    onSavedChanged: vi.fn(),
    search: { search: vi.fn(), status: vi.fn() },
    history: { add: vi.fn(async () => undefined), recent: vi.fn(async () => []), clear: vi.fn() },
    takeLookup: vi.fn(() => null),
    clearCache: vi.fn(async () => undefined),
    translations: {
      list: vi.fn(async () => []),
      begin: vi.fn(async () => 'token'),
      addBooks: vi.fn(),
      finish: vi.fn(),
      remove: vi.fn(async () => undefined),
    },
    ...rest,
  };
}
