/** The passages looked up lately, under the empty search box. */
import { passageLabel } from '../labels';
import { useEffect, useState } from 'preact/hooks';
import type { TranslationId } from '@/lib/bible/translations';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { HistoryEntry } from '@/lib/search/history';

/** A list of recent lookups that open again on click; nothing at all before the first lookup. */
export function RecentLookups({ onOpen }: { onOpen(osis: string, translation: TranslationId): void }) {
  const [items, setItems] = useState<HistoryEntry[]>([]);
  useEffect(() => {
    send('getHistory', {}).then(setItems, () => undefined);
  }, []);
  if (items.length === 0) return null;
  const clear = async () => {
    await send('clearHistory', {});
    setItems([]);
  };
  return (
    <section class="recent" aria-labelledby="recent-h">
      <header class="saved-head">
        <h2 id="recent-h">{t('recentTitle')}</h2>
        <button type="button" class="link" onClick={() => void clear()}>
          {t('recentClear')}
        </button>
      </header>
      <ul class="recent-list">
        {items.map((item) => (
          <li key={item.osis}>
            <button type="button" class="link" onClick={() => onOpen(item.osis, item.translation)}>
              {passageLabel(item.osis)}
            </button>{' '}
            <span class="muted">{item.translation}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
