/**
 * A private (incognito) window leaves nothing behind: requests from one are answered with
 * deps that write nothing. History is not recorded, saving is refused, a word index is used
 * only when one is already built (none is built), and passages are read from the cache or
 * the packs without filling the cache. Reading is as in any window.
 */
import { searchedTranslations } from '../search/results';
import { CodedError } from '../errors';
import type { HandlerDeps } from './handle';

/** Why saving is off in a private window: the background's English detail (the interface says it through lib/i18n). */
export const PRIVATE_SAVE_MESSAGE = 'Saving is off in private windows, which keep nothing after they close';

const refuseSave = (): never => {
  throw new CodedError('private', PRIVATE_SAVE_MESSAGE);
};

const refuseImport = (): never => {
  throw new CodedError('private', 'Translations are not imported or removed from a private window');
};

/** The deps that answer a request from a private window. */
export function privateDeps(deps: HandlerDeps): HandlerDeps {
  // The services are class instances: their methods are taken one by one (a spread copies none).
  const { saved, history, search, translations } = deps;
  return {
    ...deps,
    ...deps.unkept,
    history: {
      add: async () => undefined,
      recent: (limit) => history.recent(limit),
      clear: () => history.clear(),
    },
    saved: {
      state: (osis, translation) => saved.state(osis, translation),
      list: () => saved.list(),
      export: (format) => saved.export(format),
      toggle: refuseSave,
      saveMany: refuseSave,
      update: refuseSave,
      remove: refuseSave,
      restore: refuseSave,
      import: refuseSave,
    },
    // A translation brought in a private window would outlive it: importing and removing are refused.
    translations: {
      list: () => translations.list(),
      begin: refuseImport,
      addBooks: refuseImport,
      finish: refuseImport,
      remove: refuseImport,
    },
    search: {
      status: (translation) => search.status(translation),
      async search(query, translation, offset, options) {
        const ids = searchedTranslations(
          translation,
          options,
          options.every ? await translations.list() : [],
        );
        const states = await Promise.all(ids.map((id) => search.status(id)));
        // Searching would build a missing index and keep it; a build already under way is fine.
        if (states.some((s) => s.state === 'absent')) {
          throw new CodedError(
            'private',
            'Word search in a private window uses only indexes already built: search once in a normal window to build them',
          );
        }
        return search.search(query, translation, offset, options);
      },
    },
  };
}
