/** The saved verses in the popup: notes and tags inline, remove with undo, filter, sort, export and
import. */
import { isoTime } from '@/lib/saved/schema';
import { useEffect, useRef, useState } from 'preact/hooks';
import { canonOrder } from '@/lib/bible/order';
import { firstVerse, parseOsis } from '@/lib/bible/osis';
import { aboutTranslation, translationLabel, type TranslationId } from '@/lib/bible/translations';
import { formatDate, t, tPlural } from '@/lib/i18n';
import { send, RequestError } from '@/lib/messaging/send';
import { parseTags, type SavedVerse } from '@/lib/saved/format';
import { useAfterFirstPaint } from '../after-paint';
import { errorText } from '../error-text';
import { passageLabel } from '../labels';

/** Where a saved passage starts in Bible order. */
function canonical(osis: string): number {
  return canonOrder(firstVerse(parseOsis(osis)[0]!));
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The list; `version` changes when something was saved elsewhere in the popup. `first`, when
 * given, is the list asked for as the popup began to load (before its settings were read and
 * its first render), so a stopped worker starts while the popup draws; later loads ask anew.
 */
export function SavedList({
  version,
  onOpen,
  first,
  initial,
}: {
  version: number;
  onOpen(osis: string, t: TranslationId): void;
  first?: Promise<SavedVerse[]>;
  /**
   * The list already in hand when the popup first renders (the worker's answer, else the
   * background's copy), shown in that render: an effect would show it only after a first paint
   * without it, a frame or more later.
   */
  initial?: SavedVerse[];
}) {
  const [items, setItems] = useState<SavedVerse[]>(initial ?? []);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<'date' | 'canonical'>('date');
  const [undo, setUndo] = useState<SavedVerse | undefined>();
  const [status, setStatus] = useState('');
  const early = useRef(first);
  // The dates are written after the first paint (components/after-paint.ts).
  const dated = useAfterFirstPaint();
  const reload = () => {
    const list = early.current ?? send('listSaved', {});
    early.current = undefined;
    return list.then(
      (value) => setItems(value),
      (e: unknown) => setStatus(errorText(e)),
    );
  };

  useEffect(() => void reload(), [version]);

  const words = filter.toLowerCase().trim();
  const shown = items
    .filter(
      (v) =>
        !words ||
        `${v.label} ${passageLabel(v.osis)} ${v.text} ${v.secondText ?? ''} ${v.note} ${v.tags.map((t) => `#${t}`).join(' ')}`
          .toLowerCase()
          .includes(words),
    )
    .sort((a, b) => (sort === 'date' ? b.createdAt - a.createdAt : canonical(a.osis) - canonical(b.osis)));

  const remove = async (item: SavedVerse) => {
    setUndo(await send('removeSaved', { id: item.id! }));
    setStatus(t('savedRemoved', passageLabel(item.osis)));
    await reload();
  };
  const restore = async () => {
    if (!undo) return;
    await send('restoreSaved', { item: undo });
    setUndo(undefined);
    setStatus(t('savedRestored'));
    await reload();
  };
  const save = (item: SavedVerse, note: string, tagText: string) =>
    send('updateSaved', { id: item.id!, note, tags: parseTags(tagText) }).then(() => reload());
  const exportAs = async (format: 'json' | 'markdown' | 'csv') => {
    const text = await send('exportSaved', { format });
    const [ext, type] =
      format === 'json'
        ? ['json', 'application/json']
        : format === 'csv'
          ? ['csv', 'text/csv']
          : ['md', 'text/markdown'];
    download(`intercede-verses.${ext}`, type, text);
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const { added, skipped } = await send('importSaved', { json: await file.text() });
      setStatus(`${tPlural(added, 'savedImported')} ${tPlural(skipped, 'savedImportSkipped')}`);
      await reload();
    } catch (error) {
      setStatus(
        error instanceof RequestError
          ? t('savedImportRefusedBecause', error.message)
          : t('savedImportRefused'),
      );
    }
  };

  return (
    <section class="saved" aria-labelledby="saved-h">
      <header class="saved-head">
        <h2 id="saved-h">{t('savedTitle', items.length)}</h2>
        <select
          aria-label={t('savedSort')}
          value={sort}
          onChange={(e) => setSort((e.target as HTMLSelectElement).value as 'date' | 'canonical')}
        >
          <option value="date">{t('savedSortNewest')}</option>
          <option value="canonical">{t('savedSortBible')}</option>
        </select>
      </header>
      <input
        type="search"
        aria-label={t('savedFilterLabel')}
        placeholder={t('savedFilterPlaceholder')}
        value={filter}
        onInput={(e) => setFilter((e.target as HTMLInputElement).value)}
      />
      <p role="status" aria-live="polite" class="muted">
        {status}{' '}
        {undo && (
          <button type="button" onClick={() => void restore()}>
            {t('savedUndo')}
          </button>
        )}
      </p>
      {items.length === 0 && <p class="muted">{t('savedEmpty')}</p>}
      <ul class="saved-list">
        {shown.map((item) => (
          <li key={item.id} class="saved-item">
            <div class="saved-top">
              <button type="button" class="link" onClick={() => onOpen(item.osis, item.translation)}>
                {passageLabel(item.osis)} (
                {item.second ? `${item.translation}, ${item.second}` : item.translation})
              </button>
              {isoTime(item.createdAt) && (
                <time class="muted" dateTime={isoTime(item.createdAt)}>
                  {dated ? formatDate(item.createdAt) : ''}
                </time>
              )}
              <button
                type="button"
                aria-label={t('savedRemoveLabel', passageLabel(item.osis))}
                onClick={() => void remove(item)}
              >
                {t('savedRemove')}
              </button>
            </div>
            {item.second ? (
              <>
                <SavedText translation={item.translation} text={item.text} />
                <SavedText translation={item.second} text={item.secondText ?? ''} />
              </>
            ) : (
              <p class="saved-text">{item.text}</p>
            )}
            <label>
              {t('savedNote')}
              <textarea
                rows={2}
                value={item.note}
                onChange={(e) =>
                  void save(item, (e.target as HTMLTextAreaElement).value, item.tags.join(' '))
                }
              />
            </label>
            <label>
              {t('savedTags')}
              <input
                value={item.tags.join(' ')}
                onChange={(e) => void save(item, item.note, (e.target as HTMLInputElement).value)}
              />
            </label>
          </li>
        ))}
      </ul>
      <footer class="saved-foot">
        <span>{t('savedExport')}</span>
        <button type="button" onClick={() => void exportAs('json')}>
          JSON
        </button>
        <button type="button" onClick={() => void exportAs('markdown')}>
          Markdown
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          CSV
        </button>
        <label class="import">
          {t('savedImport')}
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => void importFile((e.target as HTMLInputElement).files?.[0])}
          />
        </label>
      </footer>
    </section>
  );
}

/** One translation's text of an item saved with two: named for the eye and the ear, in its language. */
function SavedText({ translation, text }: { translation: TranslationId; text: string }) {
  const { name, language } = aboutTranslation(translation);
  return (
    <p class="saved-text">
      <span class="saved-tr" aria-hidden="true">
        {translationLabel(translation)}
      </span>{' '}
      <span class="visually-hidden">{`${name}: `}</span>
      <span lang={language || undefined}>{text}</span>
    </p>
  );
}
