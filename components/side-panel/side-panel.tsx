/**
 * "References on this page": the side panel (Chrome's side panel, Firefox's sidebar) lists the
 * references of the page in the tab it follows, in page order or by book, with the first words
 * of each passage. Selecting one scrolls the page to it and opens its card; a filter narrows
 * the list, and Save all / Copy all act on what it shows.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Passage } from '@/lib/bible/passage';
import { translationLabel, type TranslationId } from '@/lib/bible/translations';
import { t, tPlural } from '@/lib/i18n';
import type { Reply } from '@/lib/messaging/contract';
import { MAX_BATCH } from '@/lib/messaging/contract';
import type { PageRefsMessage } from '@/lib/messaging/refs-port';
import { errorText } from '../error-text';
import { bookName, passageLabel } from '../labels';
import { PageLine, type LineBrowser, type LineState } from './page-line';
import {
  distinctPassages,
  filterItems,
  groupByBook,
  toItems,
  type ListOrder,
  type PanelItem,
} from './ref-groups';
import { firstVerseOsis, snippetOf } from './snippet';

/** The two arrangements, with their names. */
const ORDERS: readonly ListOrder[] = ['page', 'book'];

/** How many lines the list draws at first, and how many more each "Show more" adds. */
export const SHOWN_STEP = 300;

/** What the panel asks of the background. */
export interface PanelRequests {
  getPassages(items: { osis: string; translation: TranslationId }[]): Promise<Reply<Passage>[]>;
  savePassages(
    items: { osis: string; translation: TranslationId }[],
  ): Promise<{ added: number; already: number }>;
  copyPassages(items: { osis: string; translation: TranslationId }[]): Promise<null>;
}

/** The panel's root. */
export function SidePanel({
  api,
  pinned,
  translation,
  requests,
  saveOff,
}: {
  api: LineBrowser;
  /** A tab to follow instead of the active one (`sidepanel.html?tab=<id>`). */
  pinned?: number;
  /** The reader's translation, for passages whose writer named none. */
  translation: TranslationId;
  requests: PanelRequests;
  /** Why saving is off (a private window), if it is. */
  saveOff?: string;
}) {
  const [state, setState] = useState<LineState>({ kind: 'waiting' });
  const [order, setOrder] = useState<ListOrder>('page');
  const [filter, setFilter] = useState('');
  const [shown, setShown] = useState(SHOWN_STEP);
  const [snippets, setSnippets] = useState<ReadonlyMap<string, string>>(new Map());
  const [notice, setNotice] = useState<{ text: string; error?: boolean }>();
  const [busy, setBusy] = useState(false);
  const line = useRef<PageLine | undefined>(undefined);
  /** Which occurrence of a by-book line was shown last, so selecting it again goes to the next. */
  const turn = useRef(new Map<string, number>());

  useEffect(() => {
    const made = new PageLine(api, setState, pinned);
    line.current = made;
    void made.start();
    return () => made.stop();
  }, [api, pinned]);

  const message: PageRefsMessage | undefined = state.kind === 'list' ? state.message : undefined;
  const items = useMemo(() => (message ? toItems(message.refs, passageLabel) : []), [message]);
  const snippetKey = (item: PanelItem) => `${firstVerseOsis(item.osis)} ${item.translation ?? translation}`;
  const snippet = (item: PanelItem) => snippets.get(snippetKey(item));
  const kept = useMemo(
    () => filterItems(items, filter, snippet),
    // The snippets take part in filtering only once they have arrived.
    [items, filter, snippets, translation],
  );
  const groups = useMemo(
    () => (order === 'book' ? groupByBook(kept, bookName) : [{ items: kept }]),
    [kept, order],
  );

  // The first words of each passage, asked for in batches of first verses (short answers).
  useEffect(() => {
    const wanted = new Map<string, { osis: string; translation: TranslationId }>();
    for (const item of items) {
      const key = snippetKey(item);
      if (!snippets.has(key) && !wanted.has(key)) {
        wanted.set(key, { osis: firstVerseOsis(item.osis), translation: item.translation ?? translation });
      }
      if (wanted.size === MAX_BATCH) break;
    }
    if (wanted.size === 0) return;
    let live = true;
    const keys = [...wanted.keys()];
    requests
      .getPassages([...wanted.values()])
      .then((replies) => {
        if (!live) return;
        setSnippets((before) => {
          const next = new Map(before);
          // A passage that cannot be read shows no words (the label still does its work).
          // Every key is settled, answered or not, so none is asked for again and again.
          keys.forEach((key, i) => {
            const reply = replies[i];
            next.set(key, reply?.ok ? snippetOf(reply.value) : '');
          });
          return next;
        });
      })
      .catch(() => {
        if (live) setSnippets((before) => new Map([...before, ...keys.map((k) => [k, ''] as const)]));
      });
    return () => {
      live = false;
    };
  }, [items, snippets, translation]);

  useEffect(() => setShown(SHOWN_STEP), [filter, order]);

  const passages = () => distinctPassages(kept, translation);

  const saveAll = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      const all = passages();
      let added = 0;
      let already = 0;
      for (let i = 0; i < all.length; i += MAX_BATCH) {
        const done = await requests.savePassages(all.slice(i, i + MAX_BATCH));
        added += done.added;
        already += done.already;
      }
      setNotice({ text: t('panelSavedAll', added, already) });
    } catch (error) {
      setNotice({ text: errorText(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const copyAll = async () => {
    setBusy(true);
    setNotice(undefined);
    try {
      const all = passages();
      const some = all.slice(0, MAX_BATCH);
      await requests.copyPassages(some);
      setNotice({
        text:
          some.length < all.length
            ? t('panelCopiedSome', some.length, all.length)
            : tPlural(some.length, 'panelCopied'),
      });
    } catch (error) {
      setNotice({ text: errorText(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const select = (item: PanelItem) => {
    const next = (turn.current.get(item.key) ?? -1) + 1;
    const index = next % item.ids.length;
    turn.current.set(item.key, index);
    line.current?.show(item.ids[index]!);
  };

  // Up and down move between the list's lines, as in any list of links.
  const onListKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const list = event.currentTarget as HTMLElement;
    const buttons = [...list.querySelectorAll<HTMLButtonElement>('.panel-ref')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at === -1) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  };

  let budget = shown;
  const total = order === 'book' ? groups.reduce((n, g) => n + g.items.length, 0) : kept.length;

  return (
    <main class="panel">
      <h1 class="panel-title">{t('panelTitle')}</h1>
      {message && message.title && <p class="muted panel-page">{message.title}</p>}
      {state.kind === 'waiting' && (
        <p class="muted" role="status">
          {t('panelWaiting')}
        </p>
      )}
      {state.kind === 'none' && (
        <div role="status">
          <p>{t('panelNone')}</p>
          <p class="muted">{t('panelNoneWhy')}</p>
        </div>
      )}
      {message && message.refs.length === 0 && <p role="status">{t('panelNone')}</p>}
      {message && message.refs.length > 0 && (
        <>
          <div class="panel-tools">
            <label for="panel-filter" class="visually-hidden">
              {t('panelFilter')}
            </label>
            <input
              id="panel-filter"
              type="search"
              placeholder={t('panelFilter')}
              value={filter}
              onInput={(e) => setFilter(e.currentTarget.value)}
            />
            <fieldset class="panel-order">
              <legend class="visually-hidden">{t('panelOrder')}</legend>
              {ORDERS.map((value) => (
                <label key={value}>
                  <input
                    type="radio"
                    name="order"
                    value={value}
                    checked={order === value}
                    onChange={() => setOrder(value)}
                  />{' '}
                  {value === 'page' ? t('panelOrderPage') : t('panelOrderBook')}
                </label>
              ))}
            </fieldset>
            <div class="panel-actions">
              <button
                type="button"
                disabled={busy || kept.length === 0 || saveOff !== undefined}
                onClick={() => void saveAll()}
              >
                {t('panelSaveAll')}
              </button>
              <button type="button" disabled={busy || kept.length === 0} onClick={() => void copyAll()}>
                {t('panelCopyAll')}
              </button>
            </div>
            {saveOff && <p class="muted">{saveOff}</p>}
            <p class="muted panel-count" role="status">
              {filter.trim()
                ? t('panelShown', kept.length, items.length)
                : tPlural(items.length, 'panelCount')}
              {message.capped && ` ${t('panelCapped', items.length)}`}
            </p>
            {notice && (
              <p class={notice.error ? 'error' : 'muted'} role={notice.error ? 'alert' : 'status'}>
                {notice.text}
              </p>
            )}
          </div>
          {kept.length === 0 && <p>{t('panelNoMatch', filter.trim())}</p>}
          <div class="panel-list" onKeyDown={onListKey}>
            {groups.map((group) => {
              if (budget <= 0) return null;
              const list = group.items.slice(0, budget);
              budget -= list.length;
              return (
                <section key={group.heading ?? 'page'} aria-label={group.heading}>
                  {group.heading && <h2 class="panel-book">{group.heading}</h2>}
                  <ul class="panel-refs">
                    {list.map((item) => (
                      <li key={item.key}>
                        <button
                          type="button"
                          class="panel-ref"
                          data-written={item.written}
                          onClick={() => select(item)}
                        >
                          <span class="panel-label">
                            {item.label}
                            {item.translation && ` (${translationLabel(item.translation)})`}
                          </span>
                          {item.ids.length > 1 && (
                            <span class="muted panel-times"> · {tPlural(item.ids.length, 'panelTimes')}</span>
                          )}
                          {snippet(item) && <span class="panel-snippet">{snippet(item)}</span>}
                        </button>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
          {shown < total && (
            <button type="button" class="link panel-more" onClick={() => setShown(shown + SHOWN_STEP)}>
              {t('panelMore', Math.min(SHOWN_STEP, total - shown))}
            </button>
          )}
        </>
      )}
    </main>
  );
}
