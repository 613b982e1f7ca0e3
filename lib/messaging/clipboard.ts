/** Copying a passage: the background writes the clipboard, where no page's `copy` listener can reach. */
import type { TranslationId } from '../bible/translations';
import { expectItems, expectPassage, expectSecond, type Fields } from './fields';
import { MAX_BATCH } from './passages';

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
  /** Puts several passages on the clipboard, each as copyPassage would, a blank line apart (the side panel's "Copy all"). */
  copyPassages: { request: { items: { osis: string; translation: TranslationId }[] }; response: null };
}

/** What the background provides. */
export interface ClipboardDeps {
  copyPassage(osis: string, translation: TranslationId, second?: TranslationId): Promise<void>;
  copyPassages(items: { osis: string; translation: TranslationId }[]): Promise<void>;
}

/** Validators: raw fields in, typed request fields out. */
export const clipboardValidators = {
  copyPassage: (raw: Fields) => {
    const { second: _, ...rest } = raw;
    const one = expectPassage(rest, 'copyPassage');
    const second = expectSecond(raw, one.translation, 'copyPassage');
    return second ? { ...one, second } : one;
  },
  copyPassages: (raw: Fields) => ({ items: expectItems(raw, MAX_BATCH, 'copyPassages', expectPassage) }),
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
    copyPassages: async ({ items }: { items: { osis: string; translation: TranslationId }[] }) => {
      await deps.copyPassages(items);
      return null;
    },
  };
}
