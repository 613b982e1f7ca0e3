/**
 * Word search in the popup: the request/poll cycle (the first search of a translation waits
 * while its index is built), and the ranked results as a listbox the search box drives with
 * the arrow keys. Matched words are <mark> elements around text nodes, never innerHTML.
 */
import { passageLabel } from '../labels';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TranslationId } from '@/lib/bible/translations';
import { t, tParts, tPlural } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { SearchHit, SearchReply } from '@/lib/search/results';
import { snippetParts } from '@/lib/search/snippet';
import { errorText } from '../error-text';
import { hitId, RESULTS_ID } from './combobox';
import { TranslationSwitch } from './translation-switch';

/** How long typing must pause before a search is sent (ms); each search is a few ms, typing is faster. */
export const SEARCH_DEBOUNCE = 60;
/** How often the popup asks again while the index is being built (ms). */
export const BUILD_POLL = 250;

/** What the results area shows. */
export type WordSearchState =
  | { status: 'idle' }
  | { status: 'building'; done: number; total: number }
  | { status: 'error'; message: string }
  | (Extract<SearchReply, { status: 'ready' }> & { more: boolean });

/**
 * Runs the word search for `query` (undefined: none) and pages through it: over every
 * installed translation unless `every` is false, with typos corrected unless `literal`.
 */
export function useWordSearch(
  query: string | undefined,
  translation: TranslationId,
  every = true,
  literal = false,
) {
  const [state, setState] = useState<WordSearchState>({ status: 'idle' });
  const live = useRef(0);

  useEffect(() => {
    const run = ++live.current;
    if (query === undefined) {
      setState({ status: 'idle' });
      return;
    }
    let timer: ReturnType<typeof setTimeout>;
    const ask = () =>
      send('search', { query, translation, offset: 0, every, literal }).then(
        (reply) => {
          if (run !== live.current) return;
          if (reply.status === 'building') {
            setState(reply);
            timer = setTimeout(ask, BUILD_POLL);
          } else setState({ ...reply, more: false });
        },
        (error: unknown) => run === live.current && setState({ status: 'error', message: errorText(error) }),
      );
    timer = setTimeout(ask, SEARCH_DEBOUNCE);
    return () => clearTimeout(timer);
  }, [query, translation, every, literal]);

  const loadMore = async () => {
    if (state.status !== 'ready' || query === undefined) return;
    const run = live.current;
    setState({ ...state, more: true });
    const reply = await send('search', { query, translation, offset: state.hits.length, every, literal });
    if (run !== live.current || reply.status !== 'ready') return;
    setState({ ...reply, offset: 0, hits: [...state.hits, ...reply.hits], more: false });
  };

  return { state, loadMore };
}

function Marked({ hit }: { hit: SearchHit }) {
  return (
    <span class="hit-text">
      {snippetParts(hit).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}
    </span>
  );
}

/** Where a verse's words matched, when that was in another translation than the one shown. */
function Matched({ hit }: { hit: SearchHit }) {
  if (!hit.matched) return null;
  return <span class="hit-note">{t('searchMatchedIn', hit.matched.translation, hit.matched.quote)}</span>;
}

function summary(state: Extract<WordSearchState, { status: 'ready' }>): string {
  const { total, phrases, mode, within } = state;
  if (total === 0) return within ? t('searchNoneWithin', within) : t('searchNone');
  const verses = within ? tPlural(total, 'searchVersesWithin', within) : tPlural(total, 'searchVerses');
  if (mode === 'some') return tPlural(total, 'searchSome', verses);
  if (phrases === 0) return t('searchCount', verses);
  if (phrases === total) return tPlural(total, 'searchAllPhrase', verses);
  return tPlural(phrases, 'searchPhraseFirst', verses);
}

/** The results area: progress while the index is built, then the ranked verses. */
export function WordResults({
  state,
  query,
  active,
  translation,
  every,
  onTranslation,
  onEvery,
  onLiteral,
  onOpen,
  onActive,
  onMore,
}: {
  state: WordSearchState;
  /** The words as typed, for "search instead for …". */
  query: string;
  active: number;
  translation: TranslationId;
  /** Whether every installed translation is searched. */
  every: boolean;
  onTranslation(id: TranslationId): void;
  onEvery(every: boolean): void;
  /** Search the words as typed, without the correction. */
  onLiteral(): void;
  onOpen(hit: SearchHit): void;
  onActive(i: number): void;
  onMore(): void;
}) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    list.current?.querySelector(`#${hitId(active)}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  if (state.status === 'idle') return null;
  if (state.status === 'error') return <p class="muted">{state.message}</p>;
  if (state.status === 'building') {
    return (
      <div class="building" role="status">
        <p>{t('searchBuilding')}</p>
        <progress max={state.total} value={state.done} aria-label={t('searchBuildingProgress')} />
        <p class="muted">{tPlural(state.total, 'searchBuildingBooks', state.done)}</p>
      </div>
    );
  }
  const shown = state.hits.length;
  return (
    <div class="words">
      {state.corrected !== undefined && (
        <p class="correction">
          {tParts(
            'searchCorrected',
            <strong>{state.corrected.trim()}</strong>,
            <button type="button" class="link" onClick={onLiteral}>
              {t('searchInsteadFor', query.trim())}
            </button>,
          )}
        </p>
      )}
      <header class="result-head">
        <p role="status" aria-live="polite" class="muted count">
          {summary(state)}
        </p>
        <label class="every" title={t('searchEveryTitle')}>
          <input
            type="checkbox"
            checked={every}
            onChange={(e) => onEvery((e.target as HTMLInputElement).checked)}
          />{' '}
          {t('searchEvery')}
        </label>
        <TranslationSwitch value={translation} onChange={onTranslation} />
      </header>
      <ul id={RESULTS_ID} ref={list} role="listbox" aria-label={t('searchResultsLabel')} class="hits">
        {state.hits.map((hit, i) => (
          <li
            key={hit.osis}
            id={hitId(i)}
            role="option"
            aria-selected={i === active ? 'true' : 'false'}
            class="hit"
            onClick={() => onOpen(hit)}
            onMouseMove={() => i !== active && onActive(i)}
          >
            <span class="hit-ref">
              {passageLabel(hit.osis)}
              {hit.translation !== translation && ` (${hit.translation})`}
            </span>{' '}
            <Marked hit={hit} />
            <Matched hit={hit} />
          </li>
        ))}
      </ul>
      {shown < state.total && (
        <button type="button" class="more" disabled={state.more} onClick={onMore}>
          {state.more ? t('loading') : t('searchMore', Math.min(50, state.total - shown), shown, state.total)}
        </button>
      )}
    </div>
  );
}
