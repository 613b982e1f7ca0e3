/**
 * The names of the translations the reader imported, copied by the background into
 * `storage.local` whenever the list changes, so a page's code knows them without waking the
 * service worker: the card's switch offers them, and a reference naming one ("Jn 3:16 (LSG)")
 * opens in it. Only the page code (pages with references) reads the copy, beside the settings;
 * pages without references never do. Their text stays in IndexedDB, behind the background.
 */
import { isTranslationId, type ImportedTranslationId } from './translation-ids';

/** The key of the copy in `storage.local`. */
export const IMPORTED_LIST_KEY = 'importedTranslations';

/** An imported translation as the page shows it in the card's switch. */
export interface ImportedName {
  id: ImportedTranslationId;
  name: string;
  /** BCP 47 language of its text; empty when unknown. */
  language: string;
}

/** The parts of a `storage.local` area the copy uses. */
export interface LocalArea {
  set(items: Record<string, unknown>): Promise<void>;
}

/** Keeps `list` as the copy (only the fields the page shows). */
export async function keepImportedList(
  area: LocalArea,
  list: readonly { id: string; name: string; language: string; imported: boolean }[],
): Promise<void> {
  const names = list.flatMap(({ id, name, language, imported }) =>
    imported && isImportedId(id) ? [{ id, name, language }] : [],
  );
  await area.set({ [IMPORTED_LIST_KEY]: names });
}

const isImportedId = (id: unknown): id is ImportedTranslationId => isTranslationId(id) && id.startsWith('u:');

/**
 * The copy as read from storage: every well-formed entry, in order, each id once; anything else
 * (a missing key, another shape) reads as no imported translation.
 */
export function importedListFrom(raw: unknown): ImportedName[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: ImportedName[] = [];
  for (const entry of raw as unknown[]) {
    const { id, name, language } = (entry ?? {}) as Partial<Record<keyof ImportedName, unknown>>;
    if (!isImportedId(id) || seen.has(id) || typeof name !== 'string' || typeof language !== 'string')
      continue;
    seen.add(id);
    out.push({ id, name, language });
  }
  return out;
}
