/**
 * A passage in the popup: its text in either translation (and the reader's second translation
 * beside it, verse by verse), Save, and its intercession notes.
 */
import { passageLabel } from '../labels';
import { useEffect, useState } from 'preact/hooks';
import type { Passage } from '@/lib/bible/passage';
import type { TranslationId } from '@/lib/bible/translations';
import { t } from '@/lib/i18n';
import { inPrivateWindow, send } from '@/lib/messaging/send';
import { errorText } from '../error-text';
import { Commentary } from '../verse-card/commentary';
import { useCommentary } from '../use-commentary';
import { useSaved } from '../use-saved';
import { SaveToggle } from '../save-toggle';
import { ParallelText } from '../verse-card/parallel-text';
import { PassageText } from '../verse-card/passage-text';
import type { PassageState } from '../verse-card/verse-card';
import { TranslationSwitch } from './translation-switch';

/** Shows `osis`; `onSavedChange` tells the saved list to reload. */
export function PassageView({
  osis,
  translation,
  second,
  onTranslation,
  onOpenReference,
  onSavedChange,
}: {
  osis: string;
  translation: TranslationId;
  /** The translation shown beside it (never the same one). */
  second?: TranslationId;
  onTranslation(id: TranslationId): void;
  onOpenReference(osis: string): void;
  onSavedChange(): void;
}) {
  const [passage, setPassage] = useState<PassageState>({ status: 'loading' });
  const [beside, setBeside] = useState<{ passage?: Passage; error?: string }>({});
  const commentary = useCommentary(osis, (ref) => send('getCommentary', { osis: ref }));
  const [saved, setSaved] = useSaved(osis, translation, (ref, t) =>
    send('savedState', { osis: ref, translation: t }),
  );

  // A passage longer than one answer comes a page at a time; a new passage starts at its first.
  const [privateWindow, setPrivateWindow] = useState(false);
  useEffect(() => void inPrivateWindow().then(setPrivateWindow), []);
  const [paged, setPaged] = useState({ osis, from: 0 });
  const from = paged.osis === osis ? paged.from : 0;
  const setFrom = (next: number) => setPaged({ osis, from: next });

  useEffect(() => {
    let live = true;
    const query = (tr: TranslationId) =>
      from > 0 ? { osis, translation: tr, from } : { osis, translation: tr };
    const shown = (value: Passage) => live && setPassage({ status: 'ready', passage: value });
    const failed = (error: unknown) => live && setPassage({ status: 'error', message: errorText(error) });
    if (!second) {
      setBeside({});
      send('getPassage', query(translation)).then(shown, failed);
    } else {
      // Both in one round trip; the second may fail alone (a passage it does not have).
      send('getPassages', { items: [query(translation), query(second)] }).then(([first, other]) => {
        if (!live) return;
        if (!first?.ok) return failed(first?.error);
        setBeside(other?.ok ? { passage: other.value } : { error: errorText(other?.error) });
        shown(first.value);
      }, failed);
    }
    return () => {
      live = false;
    };
  }, [osis, translation, second, from]);

  const shownSecond = beside.passage ? second : undefined;
  const toggle = async (discardNote: boolean) => {
    setSaved(
      await send(
        'toggleSaved',
        shownSecond
          ? { osis, translation, discardNote, second: shownSecond }
          : { osis, translation, discardNote },
      ),
    );
    onSavedChange();
  };

  if (passage.status === 'error') return <p class="muted">{passage.message}</p>;
  if (passage.status === 'loading')
    return (
      <p class="muted" aria-busy="true">
        {t('loading')}
      </p>
    );
  return (
    <>
      <header class="result-head">
        <h1>{passageLabel(passage.passage.osis)}</h1>
        <TranslationSwitch value={translation} onChange={onTranslation} />
      </header>
      {beside.passage ? (
        <ParallelText first={passage.passage} second={beside.passage} onPage={setFrom} />
      ) : (
        <PassageText passage={passage.passage} onPage={setFrom} />
      )}
      {beside.error && <p class="muted">{`${second}: ${beside.error}`}</p>}
      <div class="actions">
        <SaveToggle
          label={passageLabel(passage.passage.osis)}
          state={saved}
          onToggle={(discardNote) => void toggle(discardNote)}
          off={privateWindow ? t('savingOffPrivate') : undefined}
        />
      </div>
      <Commentary view={commentary} onOpenReference={onOpenReference} />
    </>
  );
}
