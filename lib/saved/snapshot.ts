/**
 * A copy of the saved list in `storage.session`, kept by the background, so the popup can show
 * "My verses" at once while a stopped service worker starts (30 s idle is enough to stop it, and
 * starting it and opening IndexedDB is most of what a reader waits for). The worker's own answer
 * replaces it a moment later. `storage.session` lives in memory (gone when the browser closes) and
 * only the extension's own pages can read it, not content scripts.
 */
import type { SavedVerse } from './format';

/** The key the copy is kept under. */
export const SNAPSHOT_KEY = 'savedList';

/** The largest copy kept (JSON characters): a longer list is left to the worker's answer. */
export const SNAPSHOT_MAX_CHARS = 1_000_000;

/** The parts of a `storage.session` area the copy uses. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Keeps `items` as the copy (or none, when too long to be worth reading first). */
export async function keepSnapshot(area: SessionArea, items: readonly SavedVerse[]): Promise<void> {
  const json = JSON.stringify(items);
  if (json.length > SNAPSHOT_MAX_CHARS) await area.remove(SNAPSHOT_KEY);
  else await area.set({ [SNAPSHOT_KEY]: json });
}

const isItem = (v: unknown): v is SavedVerse => {
  const item = v as Partial<SavedVerse> | null;
  return (
    typeof item === 'object' &&
    item !== null &&
    Number.isSafeInteger(item.id) &&
    typeof item.osis === 'string' &&
    typeof item.translation === 'string' &&
    typeof item.label === 'string' &&
    typeof item.text === 'string' &&
    typeof item.note === 'string' &&
    Array.isArray(item.tags) &&
    item.tags.every((tag) => typeof tag === 'string') &&
    typeof item.createdAt === 'number' &&
    typeof item.updatedAt === 'number'
  );
};

/** The copy, or undefined when there is none, the area is missing, or it does not read as a list. */
export async function readSnapshot(area: SessionArea | undefined): Promise<SavedVerse[] | undefined> {
  try {
    const raw = (await area?.get(SNAPSHOT_KEY))?.[SNAPSHOT_KEY];
    if (typeof raw !== 'string') return undefined;
    const items: unknown = JSON.parse(raw);
    return Array.isArray(items) && items.every(isItem) ? items : undefined;
  } catch {
    return undefined;
  }
}
