/** Copying a passage: the background writes the clipboard, where no page's `copy` listener can reach. */
import { parseOsis } from '../bible/osis';
import type { TranslationId } from '../bible/translations';
import { expectKeys, expectOsis, expectSecond, expectTranslation, type Fields } from './fields';

/** Clipboard requests. */
export interface ClipboardContract {
  /**
   * Puts the passage on the clipboard as the card shows it (`“text” — Label (WEB)`). The
   * background makes the text itself, so the clipboard can only ever receive Bible text.
   * With `second` (the card shows two translations), both, one line each.
   */
  copyPassage: {
    request: { osis: string; translation: TranslationId; second?: TranslationId };
    response: null;
  };
}

/** What the background provides. */
export interface ClipboardDeps {
  copyPassage(osis: string, translation: TranslationId, second?: TranslationId): Promise<void>;
}

/** Validators: raw fields in, typed request fields out. */
export const clipboardValidators = {
  copyPassage: (raw: Fields) => {
    expectKeys(raw, ['osis', 'translation', 'second'], 'copyPassage');
    const osis = expectOsis(raw, 'osis', 'copyPassage');
    parseOsis(osis);
    const translation = expectTranslation(raw, 'translation', 'copyPassage');
    const second = expectSecond(raw, translation, 'copyPassage');
    return second ? { osis, translation, second } : { osis, translation };
  },
};

/** Handlers over the background's deps. */
export function clipboardHandlers(deps: ClipboardDeps) {
  return {
    copyPassage: async ({
      osis,
      translation,
      second,
    }: {
      osis: string;
      translation: TranslationId;
      second?: TranslationId;
    }) => {
      await (second ? deps.copyPassage(osis, translation, second) : deps.copyPassage(osis, translation));
      return null;
    },
  };
}
