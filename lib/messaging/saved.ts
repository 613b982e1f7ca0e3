/** Saved verses: saving from the card and the popup, the list, edits, export and import. */
import { parseOsis } from '../bible/osis';
import type { TranslationId } from '../bible/translations';
import { MAX_IMPORT_BYTES, MAX_NOTE, MAX_TAGS, type SavedVerse } from '../saved/format';
import {
  BadRequestError,
  expectInteger,
  expectKeys,
  expectObject,
  expectOsis,
  expectString,
  expectTranslation,
  type Fields,
} from './fields';

/** The export formats. */
export type ExportFormat = 'json' | 'markdown' | 'csv';

/** Saved-verse requests. */
export interface SavedContract {
  isSaved: { request: { osis: string; translation: TranslationId }; response: boolean };
  /** Saves or unsaves; replies with the new state. */
  toggleSaved: { request: { osis: string; translation: TranslationId }; response: boolean };
  listSaved: { request: object; response: SavedVerse[] };
  updateSaved: { request: { id: number; note: string; tags: string[] }; response: SavedVerse };
  /** Removes an item and replies with it, for Undo. */
  removeSaved: { request: { id: number }; response: SavedVerse };
  restoreSaved: { request: { item: SavedVerse }; response: null };
  exportSaved: { request: { format: ExportFormat }; response: string };
  importSaved: { request: { json: string }; response: { added: number; skipped: number } };
}

/** What the background provides. */
export interface SavedDeps {
  saved: {
    isSaved(osis: string, translation: TranslationId): Promise<boolean>;
    toggle(osis: string, translation: TranslationId): Promise<boolean>;
    list(): Promise<SavedVerse[]>;
    update(id: number, changes: { note: string; tags: string[] }): Promise<SavedVerse>;
    remove(id: number): Promise<SavedVerse>;
    restore(item: SavedVerse): Promise<void>;
    export(format: ExportFormat): Promise<string>;
    import(json: string): Promise<{ added: number; skipped: number }>;
  };
  /** Called after every change, to refresh the toolbar badge. */
  onSavedChanged(): void;
}

function passage(raw: Fields, where: string) {
  expectKeys(raw, ['osis', 'translation'], where);
  const osis = expectOsis(raw, 'osis', where);
  parseOsis(osis);
  return { osis, translation: expectTranslation(raw, 'translation', where) };
}

function tags(raw: Fields, where: string): string[] {
  const value = raw.tags;
  if (
    !Array.isArray(value) ||
    value.length > MAX_TAGS ||
    !value.every((t) => typeof t === 'string' && t.length <= 50)
  ) {
    throw new BadRequestError(`${where}: "tags" must be a list of at most ${MAX_TAGS} short words`);
  }
  return value as string[];
}

function savedItem(raw: unknown, where: string): SavedVerse {
  const item = expectObject(raw, where);
  const { osis, translation } = passage({ osis: item.osis, translation: item.translation }, where);
  return {
    id: expectInteger(item, 'id', where, 1, Number.MAX_SAFE_INTEGER),
    osis,
    translation,
    label: expectString(item, 'label', where, 500),
    text: expectString(item, 'text', where, 100_000),
    note: expectString(item, 'note', where, MAX_NOTE, true),
    tags: tags(item, where),
    createdAt: expectInteger(item, 'createdAt', where, 0, Number.MAX_SAFE_INTEGER),
    updatedAt: expectInteger(item, 'updatedAt', where, 0, Number.MAX_SAFE_INTEGER),
  };
}

/** Validators: raw fields in, typed request fields out. */
export const savedValidators = {
  isSaved: (raw: Fields) => passage(raw, 'isSaved'),
  toggleSaved: (raw: Fields) => passage(raw, 'toggleSaved'),
  listSaved: (raw: Fields) => {
    expectKeys(raw, [], 'listSaved');
    return {};
  },
  updateSaved: (raw: Fields) => {
    expectKeys(raw, ['id', 'note', 'tags'], 'updateSaved');
    return {
      id: expectInteger(raw, 'id', 'updateSaved', 1, Number.MAX_SAFE_INTEGER),
      note: expectString(raw, 'note', 'updateSaved', MAX_NOTE, true),
      tags: tags(raw, 'updateSaved'),
    };
  },
  removeSaved: (raw: Fields) => {
    expectKeys(raw, ['id'], 'removeSaved');
    return { id: expectInteger(raw, 'id', 'removeSaved', 1, Number.MAX_SAFE_INTEGER) };
  },
  restoreSaved: (raw: Fields) => {
    expectKeys(raw, ['item'], 'restoreSaved');
    return { item: savedItem(raw.item, 'restoreSaved: item') };
  },
  exportSaved: (raw: Fields) => {
    expectKeys(raw, ['format'], 'exportSaved');
    if (raw.format !== 'json' && raw.format !== 'markdown' && raw.format !== 'csv') {
      throw new BadRequestError('exportSaved: "format" must be json, markdown or csv');
    }
    return { format: raw.format as ExportFormat };
  },
  importSaved: (raw: Fields) => {
    expectKeys(raw, ['json'], 'importSaved');
    return { json: expectString(raw, 'json', 'importSaved', MAX_IMPORT_BYTES) };
  },
};

/** Handlers over the background's deps. */
export function savedHandlers(deps: SavedDeps) {
  const changed = <T>(value: T) => {
    deps.onSavedChanged();
    return value;
  };
  return {
    isSaved: ({ osis, translation }: { osis: string; translation: TranslationId }) =>
      deps.saved.isSaved(osis, translation),
    toggleSaved: async ({ osis, translation }: { osis: string; translation: TranslationId }) =>
      changed(await deps.saved.toggle(osis, translation)),
    listSaved: () => deps.saved.list(),
    updateSaved: ({ id, note, tags: t }: { id: number; note: string; tags: string[] }) =>
      deps.saved.update(id, { note, tags: t }),
    removeSaved: async ({ id }: { id: number }) => changed(await deps.saved.remove(id)),
    restoreSaved: async ({ item }: { item: SavedVerse }) => {
      await deps.saved.restore(item);
      return changed(null);
    },
    exportSaved: ({ format }: { format: ExportFormat }) => deps.saved.export(format),
    importSaved: async ({ json }: { json: string }) => changed(await deps.saved.import(json)),
  };
}
