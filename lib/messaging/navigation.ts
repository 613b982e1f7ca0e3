/** Opening a passage in the extension's own reader (the popup page in a tab). */
import type { TranslationId } from '../bible/translations';
import { parseOsis } from '../bible/osis';
import { expectKeys, expectOsis, expectTranslation, type Fields } from './fields';

/** Navigation requests. */
export interface NavigationContract {
  /** Opens the passage in the reader; replies once the tab is open. */
  openPassage: { request: { osis: string; translation: TranslationId }; response: null };
}

/** What the background provides. */
export interface NavigationDeps {
  openPassage(osis: string, translation: TranslationId): Promise<void>;
}

/** Validators: raw fields in, typed request fields out. */
export const navigationValidators = {
  openPassage: (raw: Fields) => {
    expectKeys(raw, ['osis', 'translation'], 'openPassage');
    const osis = expectOsis(raw, 'osis', 'openPassage');
    parseOsis(osis);
    return { osis, translation: expectTranslation(raw, 'translation', 'openPassage') };
  },
};

/** Handlers over the background's deps. */
export function navigationHandlers(deps: NavigationDeps) {
  return {
    openPassage: async ({ osis, translation }: { osis: string; translation: TranslationId }) => {
      await deps.openPassage(osis, translation);
      return null;
    },
  };
}
