/**
 * The popup: one search box that opens a passage by reference (with its notes and the
 * translation switch) or searches the whole translation for words, recent lookups under the
 * empty box, and the saved verses below.
 */
import { passageLabel } from '../labels';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { secondShown } from '@/lib/bible/parallel';
import type { TranslationId } from '@/lib/bible/translations';
import type { SavedVerse } from '@/lib/saved/format';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { SearchHit } from '@/lib/search/results';
import { findReferences, formatReference } from '@/lib/refs';
import { parseQuery, type ReferenceFinder } from '@/lib/search/query';
import { searchEveryTranslation, secondTranslation, type SecondTranslation } from '@/lib/settings';
import { PassageView } from './passage-view';
import { RecentLookups } from './recent-lookups';
import { SavedList } from './saved-list';
import { SiteToggle } from './site-toggle';
import { TopicResult, useNamedTopic } from './topic-result';
import { hitId, RESULTS_ID, useWordSearch, WordResults } from './word-results';

/** A passage that stays on screen this long counts as looked up (ms); passing keystrokes do not. */
export const LOOKUP_DWELL = 1500;

/** The popup's root. `initialQuery` comes from `popup.html?q=…` (the card's Open button, the context menu). */
export function PopupApp({
  initialQuery = '',
  initialTranslation = 'WEB',
  initialSecond = 'none',
  savedFirst,
  savedInitial,
  find = findReferences,
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
  const [active, setActive] = useState(-1);
  const [savedVersion, setSavedVersion] = useState(0);
  /** The words query a result was opened from, for "Back to results". */
  const [back, setBack] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const parsed = useMemo(() => parseQuery(query, find), [query, find]);
  const osis = parsed.kind === 'reference' ? parsed.osis : undefined;
  const words = parsed.kind === 'words' ? query : undefined;
  const [every, setEvery] = useState(true);
  /** The words query searched as typed ("search instead for …"); any other query is corrected. */
  const [literal, setLiteral] = useState<string>();
  const search = useWordSearch(words, translation, every, words !== undefined && words === literal);
  const hits = search.state.status === 'ready' ? search.state.hits : [];
  const topic = useNamedTopic(words);

  // Before the first paint, not after it: the box is ready for typing as soon as it shows.
  useLayoutEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(-1), [words, translation, every, literal]);
  useEffect(() => {
    searchEveryTranslation.getValue().then(setEvery, () => undefined);
  }, []);
  const changeEvery = (value: boolean) => {
    setEvery(value);
    void searchEveryTranslation.setValue(value);
  };
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
  useEffect(() => {
    if (!osis) return;
    const timer = setTimeout(() => record(osis, translation), LOOKUP_DWELL);
    return () => clearTimeout(timer);
  }, [osis, translation]);

  const open = (ref: string, t = translation) => {
    setTranslation(t);
    setQuery(formatReference(ref));
    record(ref, t);
    input.current?.focus();
  };
  const openHit = (hit: SearchHit) => {
    setBack(query);
    open(hit.osis);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[Math.max(active, 0)];
      if (words !== undefined && hit) openHit(hit);
      else if (osis) record(osis, translation);
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && hits.length > 0) {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.min(hits.length - 1, Math.max(0, a + step)));
    }
  };

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
          aria-expanded={hits.length > 0 ? 'true' : 'false'}
          aria-controls={RESULTS_ID}
          aria-activedescendant={active >= 0 && active < hits.length ? hitId(active) : undefined}
          placeholder={t('searchPlaceholder')}
          autocomplete="off"
          spellcheck={false}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
      </form>

      {parsed.kind === 'empty' && (
        <>
          <p class="muted hint">{t('searchHint')}</p>
          <RecentLookups onOpen={open} />
        </>
      )}

      {osis && (
        <section class="result" aria-live="polite" aria-label={passageLabel(osis)}>
          {back !== undefined && (
            <button type="button" class="link back" onClick={() => (setQuery(back), setBack(undefined))}>
              {t('searchBack', back.trim())}
            </button>
          )}
          <PassageView
            osis={osis}
            translation={translation}
            second={secondShown(translation, secondSetting)}
            onTranslation={setTranslation}
            onOpenReference={(ref) => open(ref)}
            onSavedChange={() => setSavedVersion((v) => v + 1)}
          />
        </section>
      )}

      {words !== undefined && topic && (
        <TopicResult
          key={`${topic.kind}:${topic.name}`}
          topic={topic}
          onOpen={(ref) => {
            setBack(query);
            open(ref);
          }}
        />
      )}

      {words !== undefined && (
        <WordResults
          state={search.state}
          active={active}
          query={words}
          translation={translation}
          every={every}
          onTranslation={setTranslation}
          onEvery={changeEvery}
          onLiteral={() => {
            setLiteral(words);
            input.current?.focus();
          }}
          onOpen={openHit}
          onActive={setActive}
          onMore={() => void search.loadMore()}
        />
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
