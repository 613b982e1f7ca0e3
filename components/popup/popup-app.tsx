/**
 * The popup: one search box that opens a passage by reference (with its notes and the
 * translation switch) or searches the whole translation for words, recent lookups under the
 * empty box, and the saved verses below.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { secondShown } from '@/lib/bible/parallel';
import { formatOsis } from '@/lib/bible/osis';
import type { TranslationId } from '@/lib/bible/translations';
import type { SavedVerse } from '@/lib/saved/format';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { ReferenceFinder } from '@/lib/search/query';
import { secondTranslation, type SecondTranslation } from '@/lib/settings';
import { errorText } from '../error-text';
import { CLOSED, RESULTS_ID, type ComboboxState } from './combobox';
import { useResults } from './lazy-results';
import { RecentLookups } from './recent-lookups';
import { SavedList } from './saved-list';
import { SiteToggle } from './site-toggle';

/** The popup's root. `initialQuery` comes from `popup.html?q=…` (the card's Open button, the context menu). */
export function PopupApp({
  initialQuery = '',
  initialTranslation = 'WEB',
  initialSecond = 'none',
  savedFirst,
  savedInitial,
  find,
}: {
  initialQuery?: string;
  initialTranslation?: TranslationId;
  /** The reader's second translation setting, read before the first render. */
  initialSecond?: SecondTranslation;
  /** The saved list, asked for as the popup began to load (see SavedList). */
  savedFirst?: Promise<SavedVerse[]>;
  /**
   * The saved list already in hand at the first render (see SavedList): the worker's answer, or
   * the background's copy (lib/saved/snapshot.ts) while a stopped worker starts.
   */
  savedInitial?: SavedVerse[];
  /** The reference finder; a parameter so tests can pin it. */
  find?: ReferenceFinder;
}) {
  const [query, setQuery] = useState(initialQuery);
  const [translation, setTranslation] = useState<TranslationId>(initialTranslation);
  const [secondSetting, setSecondSetting] = useState<SecondTranslation>(initialSecond);
  // Changed on the options page while the popup is open (a popup in a tab stays open).
  useEffect(() => secondTranslation.watch(setSecondSetting), []);
  const [savedVersion, setSavedVersion] = useState(0);
  /** The words query a result was opened from, for "Back to results". */
  const [back, setBack] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const typed = query.trim() !== '';
  const results = useResults(typed);
  const Results = results.component;
  const keys = useRef<((e: KeyboardEvent) => void) | undefined>(undefined);
  const [combobox, setCombobox] = useState<ComboboxState>(CLOSED);

  // Before the first paint, not after it: the box is ready for typing as soon as it shows.
  useLayoutEffect(() => input.current?.focus(), []);
  useEffect(() => {
    // "Look up in Intercede" leaves its selection for the popup it opens.
    if (initialQuery) return;
    send('takeLookup', {}).then(
      (q) => q && setQuery(q),
      () => undefined,
    );
  }, []);

  const record = (ref: string, t: TranslationId) =>
    void send('addHistory', { osis: ref, translation: t }).catch(() => undefined);
  const open = (ref: string, t = translation) => {
    setTranslation(t);
    setQuery(formatOsis(ref));
    record(ref, t);
    input.current?.focus();
  };

  const empty = (
    <>
      <p class="muted hint">{t('searchHint')}</p>
      <RecentLookups onOpen={open} />
    </>
  );

  return (
    <main class="popup">
      <SiteToggle />
      <form class="search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="q" class="visually-hidden">
          {t('searchLabel')}
        </label>
        <input
          id="q"
          ref={input}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={combobox.expanded ? 'true' : 'false'}
          aria-controls={RESULTS_ID}
          aria-activedescendant={combobox.activeId}
          placeholder={t('searchPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          onKeyDown={(e) => keys.current?.(e)}
        />
      </form>

      {typed && Results ? (
        <Results
          query={query}
          translation={translation}
          second={secondShown(translation, secondSetting)}
          onTranslation={setTranslation}
          onOpen={(ref) => open(ref)}
          onQuery={setQuery}
          back={back}
          onBack={setBack}
          onRecord={record}
          onSavedChange={() => setSavedVersion((v) => v + 1)}
          onFocus={() => input.current?.focus()}
          keys={keys}
          onCombobox={setCombobox}
          empty={empty}
          find={find}
        />
      ) : typed && results.error ? (
        <p class="muted" role="alert">
          {errorText(results.error)}
        </p>
      ) : (
        // Nothing while the results chunk loads (a few ms after the first key), as before a
        // query's first results come.
        !typed && empty
      )}

      <SavedList
        version={savedVersion}
        first={savedFirst}
        initial={savedInitial}
        onOpen={(ref, t) => open(ref, t)}
      />
    </main>
  );
}
