/** The popup's recent lookups, and the lookup the context menu leaves for the popup. */
import { parseOsis } from '../bible/osis';
import type { TranslationId } from '../bible/translations';
import { HISTORY_SHOWN, type HistoryEntry } from '../search/history';
import { expectKeys, expectOsis, expectTranslation, type Fields } from './fields';

/** History requests. */
export interface HistoryContract {
  /** Records a lookup (a passage shown in the popup); the newest of one passage replaces older ones. */
  addHistory: { request: { osis: string; translation: TranslationId }; response: null };
  /** The most recent lookups, newest first. */
  getHistory: { request: object; response: HistoryEntry[] };
  clearHistory: { request: object; response: null };
  /** What the context menu asked the popup to look up, handed over once; null when nothing is waiting. */
  takeLookup: { request: object; response: string | null };
}

/** What the background provides. */
export interface HistoryDeps {
  history: {
    add(osis: string, translation: TranslationId): Promise<void>;
    recent(limit: number): Promise<HistoryEntry[]>;
    clear(): Promise<void>;
  };
  /** The query the context menu left for the popup, taken (so it is shown once). */
  takeLookup(): string | null;
}

/** Validators: raw fields in, typed request fields out. */
export const historyValidators = {
  addHistory: (raw: Fields) => {
    expectKeys(raw, ['osis', 'translation'], 'addHistory');
    const osis = expectOsis(raw, 'osis', 'addHistory');
    parseOsis(osis);
    return { osis, translation: expectTranslation(raw, 'translation', 'addHistory') };
  },
  getHistory: (raw: Fields) => {
    expectKeys(raw, [], 'getHistory');
    return {};
  },
  clearHistory: (raw: Fields) => {
    expectKeys(raw, [], 'clearHistory');
    return {};
  },
  takeLookup: (raw: Fields) => {
    expectKeys(raw, [], 'takeLookup');
    return {};
  },
};

/** Handlers over the background's deps. */
export function historyHandlers(deps: HistoryDeps) {
  return {
    addHistory: async ({ osis, translation }: { osis: string; translation: TranslationId }) => {
      await deps.history.add(osis, translation);
      return null;
    },
    getHistory: () => deps.history.recent(HISTORY_SHOWN),
    clearHistory: async () => {
      await deps.history.clear();
      return null;
    },
    takeLookup: async () => deps.takeLookup(),
  };
}
