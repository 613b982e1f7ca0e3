/** Saved verses: saving from the card and the popup, the list, edits, export and import. */
import type { TranslationId } from '../bible/translations';
import { MAX_IMPORT_BYTES, type ExportFormat, type SavedState, type SavedVerse } from '../saved/format';
import { parseSavedEdit, parseSavedInput, type SavedInput } from '../saved/schema';
import { BadRequestError } from '../errors';
import { MAX_BATCH } from './passages';
import {
  expectInteger,
  expectItems,
  expectKeys,
  expectPassage,
  expectSecond,
  expectString,
  type Fields,
} from './fields';

/** Saved-verse requests. */
export interface SavedContract {
  /** Whether the passage is saved, and with the reader's note or tags. */
  savedState: { request: { osis: string; translation: TranslationId }; response: SavedState };
  /**
   * Saves or unsaves; replies with the new state. A verse with a note or tags is removed
   * only with `discardNote: true` (the reader confirmed); without it, it stays 'annotated'.
   * `second`, when the passage is shown in two translations, is saved with it.
   */
  toggleSaved: {
    request: { osis: string; translation: TranslationId; discardNote?: boolean; second?: TranslationId };
    response: SavedState;
  };
  /**
   * Saves each passage not saved yet (the side panel's "Save all"); replies with how many were
   * added and how many were already saved. Nothing saved is changed or removed.
   */
  savePassages: {
    request: { items: { osis: string; translation: TranslationId }[] };
    response: { added: number; already: number };
  };
  listSaved: { request: object; response: SavedVerse[] };
  updateSaved: { request: { id: number; note: string; tags: string[] }; response: SavedVerse };
  /** Removes an item and replies with it, for Undo. */
  removeSaved: { request: { id: number }; response: SavedVerse };
  /**
   * Puts a removed item back (Undo). Its label and text are made again from the packs and it
   * gets a new id, so a restore never overwrites another saved verse.
   */
  restoreSaved: { request: { item: SavedInput }; response: null };
  exportSaved: { request: { format: ExportFormat }; response: string };
  importSaved: { request: { json: string }; response: { added: number; skipped: number } };
}

/** What the background provides. */
export interface SavedDeps {
  saved: {
    state(osis: string, translation: TranslationId): Promise<SavedState>;
    toggle(
      osis: string,
      translation: TranslationId,
      discardNote: boolean,
      second?: TranslationId,
    ): Promise<SavedState>;
    saveMany(
      items: { osis: string; translation: TranslationId }[],
    ): Promise<{ added: number; already: number }>;
    list(): Promise<SavedVerse[]>;
    update(id: number, changes: { note: string; tags: string[] }): Promise<SavedVerse>;
    remove(id: number): Promise<SavedVerse>;
    restore(item: SavedInput): Promise<void>;
    export(format: ExportFormat): Promise<string>;
    import(json: string): Promise<{ added: number; skipped: number }>;
  };
  /** Called after every change, to refresh the toolbar badge. */
  onSavedChanged(): void;
}

/** Validators: raw fields in, typed request fields out. */
export const savedValidators = {
  savedState: (raw: Fields) => expectPassage(raw, 'savedState'),
  toggleSaved: (raw: Fields) => {
    const { discardNote, second: _second, ...rest } = raw;
    if (discardNote !== undefined && typeof discardNote !== 'boolean') {
      throw new BadRequestError('toggleSaved: "discardNote" must be true or false');
    }
    const query = expectPassage(rest, 'toggleSaved');
    const second = expectSecond(raw, query.translation, 'toggleSaved');
    return { ...query, discardNote: discardNote === true, ...(second ? { second } : {}) };
  },
  savePassages: (raw: Fields) => ({ items: expectItems(raw, MAX_BATCH, 'savePassages', expectPassage) }),
  listSaved: (raw: Fields) => {
    expectKeys(raw, [], 'listSaved');
    return {};
  },
  updateSaved: (raw: Fields) => {
    expectKeys(raw, ['id', 'note', 'tags'], 'updateSaved');
    const id = expectInteger(raw, 'id', 'updateSaved', 1, Number.MAX_SAFE_INTEGER);
    const edit = parseSavedEdit(
      { note: raw.note, tags: raw.tags },
      'updateSaved',
      (message) => new BadRequestError(message),
    );
    return { id, ...edit };
  },
  removeSaved: (raw: Fields) => {
    expectKeys(raw, ['id'], 'removeSaved');
    return { id: expectInteger(raw, 'id', 'removeSaved', 1, Number.MAX_SAFE_INTEGER) };
  },
  restoreSaved: (raw: Fields) => {
    expectKeys(raw, ['item'], 'restoreSaved');
    return {
      item: parseSavedInput(raw.item, 'restoreSaved: item', (message) => new BadRequestError(message)),
    };
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
    savedState: ({ osis, translation }: { osis: string; translation: TranslationId }) =>
      deps.saved.state(osis, translation),
    toggleSaved: async ({
      osis,
      translation,
      discardNote = false,
      second,
    }: {
      osis: string;
      translation: TranslationId;
      discardNote?: boolean;
      second?: TranslationId;
    }) =>
      changed(
        await (second
          ? deps.saved.toggle(osis, translation, discardNote, second)
          : deps.saved.toggle(osis, translation, discardNote)),
      ),
    savePassages: async ({ items }: { items: { osis: string; translation: TranslationId }[] }) =>
      changed(await deps.saved.saveMany(items)),
    listSaved: () => deps.saved.list(),
    updateSaved: ({ id, note, tags: t }: { id: number; note: string; tags: string[] }) =>
      deps.saved.update(id, { note, tags: t }),
    removeSaved: async ({ id }: { id: number }) => changed(await deps.saved.remove(id)),
    restoreSaved: async ({ item }: { item: SavedInput }) => {
      await deps.saved.restore(item);
      return changed(null);
    },
    exportSaved: ({ format }: { format: ExportFormat }) => deps.saved.export(format),
    importSaved: async ({ json }: { json: string }) => changed(await deps.saved.import(json)),
  };
}
