/** A passage in the popup: its text in either translation, Save, and its intercession notes. */
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
import { PassageText } from '../verse-card/passage-text';
import { TranslationSwitch } from './translation-switch';

/** Shows `osis`; `onSavedChange` tells the saved list to reload. */
export function PassageView({
  osis,
  translation,
  onTranslation,
  onOpenReference,
  onSavedChange,
}: {
  osis: string;
  translation: TranslationId;
  onTranslation(id: TranslationId): void;
  onOpenReference(osis: string): void;
  onSavedChange(): void;
}) {
  const [passage, setPassage] = useState<
    { status: 'loading' } | { status: 'ready'; passage: Passage } | { status: 'error'; message: string }
  >({ status: 'loading' });
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
    send('getPassage', from > 0 ? { osis, translation, from } : { osis, translation }).then(
      (value) => live && setPassage({ status: 'ready', passage: value }),
      (error: unknown) => live && setPassage({ status: 'error', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [osis, translation, from]);

  const toggle = async (discardNote: boolean) => {
    setSaved(await send('toggleSaved', { osis, translation, discardNote }));
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
        <h1>{passage.passage.label}</h1>
        <TranslationSwitch value={translation} onChange={onTranslation} />
      </header>
      <PassageText passage={passage.passage} onPage={setFrom} />
      <div class="actions">
        <SaveToggle
          label={passage.passage.label}
          state={saved}
          onToggle={(discardNote) => void toggle(discardNote)}
          off={privateWindow ? t('savingOffPrivate') : undefined}
        />
      </div>
      <Commentary view={commentary} onOpenReference={onOpenReference} />
    </>
  );
}
