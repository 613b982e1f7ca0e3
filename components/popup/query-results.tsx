/**
 * What the popup shows for a query: the passage a reference opens (with its notes and the
 * translation switch), or the verses and Nave's topic that words find. With the reference
 * finder it reads queries with, this is the popup's second chunk, loaded once something is
 * typed (lazy-results.ts): an open with an empty box, the usual one, runs none of it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { TranslationId } from '@/lib/bible/translations';
import { t } from '@/lib/i18n';
import { findReferences } from '@/lib/refs';
import type { SearchHit } from '@/lib/search/results';
import { parseQuery, type ReferenceFinder } from '@/lib/search/query';
import { searchEveryTranslation } from '@/lib/settings';
import { passageLabel } from '../labels';
import { CLOSED, hitId, type ComboboxState } from './combobox';
import { PassageView } from './passage-view';
import { TopicResult, useNamedTopic } from './topic-result';
import { useWordSearch, WordResults } from './word-results';

/** A passage that stays on screen this long counts as looked up (ms); passing keystrokes do not. */
const LOOKUP_DWELL = 1500;

interface QueryResultsProps {
  /** The search box's text (not blank). */
  query: string;
  translation: TranslationId;
  /** The translation shown beside it, if any. */
  second: TranslationId | undefined;
  onTranslation(translation: TranslationId): void;
  /** Open a passage: the search box takes its label. */
  onOpen(osis: string): void;
  /** Put text in the search box ("Back to results"). */
  onQuery(query: string): void;
  /** The words query a result was opened from, for "Back to results". */
  back: string | undefined;
  onBack(query: string | undefined): void;
  /** Record a lookup in the recent list. */
  onRecord(osis: string, translation: TranslationId): void;
  onSavedChange(): void;
  /** Give the search box its focus back. */
  onFocus(): void;
  /** Where the search box's key handler is set: Enter opens, the arrows move through results. */
  keys: RefObject<((e: KeyboardEvent) => void) | undefined>;
  /** Tells the search box what to say of the results (aria-expanded, aria-activedescendant). */
  onCombobox(state: ComboboxState): void;
  /** What to show when the query holds nothing to search (only punctuation). */
  empty: ComponentChildren;
  /** The reference finder; a parameter so tests can pin it. */
  find?: ReferenceFinder;
}

/** The results of the popup's query. */
export function QueryResults({
  query,
  translation,
  second,
  onTranslation,
  onOpen,
  onQuery,
  back,
  onBack,
  onRecord,
  onSavedChange,
  onFocus,
  keys,
  onCombobox,
  empty,
  find = findReferences,
}: QueryResultsProps) {
  const parsed = useMemo(() => parseQuery(query, find), [query, find]);
  const osis = parsed.kind === 'reference' ? parsed.osis : undefined;
  const words = parsed.kind === 'words' ? query : undefined;
  const [active, setActive] = useState(-1);
  const [every, setEvery] = useState(true);
  /** The words query searched as typed ("search instead for …"); any other query is corrected. */
  const [literal, setLiteral] = useState<string>();
  const search = useWordSearch(words, translation, every, words !== undefined && words === literal);
  const hits = search.state.status === 'ready' ? search.state.hits : [];
  const topic = useNamedTopic(words);

  useEffect(() => setActive(-1), [words, translation, every, literal]);
  useEffect(() => {
    searchEveryTranslation.getValue().then(setEvery, () => undefined);
  }, []);
  const changeEvery = (value: boolean) => {
    setEvery(value);
    void searchEveryTranslation.setValue(value);
  };

  useEffect(() => {
    if (!osis) return;
    const timer = setTimeout(() => onRecord(osis, translation), LOOKUP_DWELL);
    return () => clearTimeout(timer);
  }, [osis, translation]);

  /** Opens a passage found by words; "Back to results" returns to them. */
  const openFound = (osis: string) => {
    onBack(query);
    onOpen(osis);
  };
  const openHit = (hit: SearchHit) => openFound(hit.osis);

  keys.current = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[Math.max(active, 0)];
      if (words !== undefined && hit) openHit(hit);
      else if (osis) onRecord(osis, translation);
    } else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && hits.length > 0) {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.min(hits.length - 1, Math.max(0, a + step)));
    }
  };
  useEffect(
    () => () => {
      keys.current = undefined;
    },
    [],
  );

  const expanded = hits.length > 0;
  const activeId = active >= 0 && active < hits.length ? hitId(active) : undefined;
  // Before paint, so the search box and the list never disagree on screen.
  useLayoutEffect(() => onCombobox({ expanded, activeId }), [expanded, activeId]);
  useLayoutEffect(() => () => onCombobox(CLOSED), []);

  return (
    <>
      {parsed.kind === 'empty' && empty}

      {osis && (
        <section class="result" aria-live="polite" aria-label={passageLabel(osis)}>
          {back !== undefined && (
            <button type="button" class="link back" onClick={() => (onQuery(back), onBack(undefined))}>
              {t('searchBack', back.trim())}
            </button>
          )}
          <PassageView
            osis={osis}
            translation={translation}
            second={second}
            onTranslation={onTranslation}
            onOpenReference={onOpen}
            onSavedChange={onSavedChange}
          />
        </section>
      )}

      {words !== undefined && topic && (
        <TopicResult key={`${topic.kind}:${topic.name}`} topic={topic} onOpen={openFound} />
      )}

      {words !== undefined && (
        <WordResults
          state={search.state}
          active={active}
          query={words}
          translation={translation}
          every={every}
          onTranslation={onTranslation}
          onEvery={changeEvery}
          onLiteral={() => {
            setLiteral(words);
            onFocus();
          }}
          onOpen={openHit}
          onActive={setActive}
          onMore={() => void search.loadMore()}
        />
      )}
    </>
  );
}
