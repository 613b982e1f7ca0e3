/** A passage in the popup: its text in either translation, Save, and its intercession notes. */
import { useEffect, useState } from 'preact/hooks';
import type { Passage } from '@/lib/bible/passage';
import type { TranslationId } from '@/lib/bible/translations';
import { send } from '@/lib/messaging/send';
import { Commentary, type CommentaryView } from '../verse-card/commentary';
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
  const [commentary, setCommentary] = useState<CommentaryView>({ status: 'loading' });
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let live = true;
    send('getPassage', { osis, translation }).then(
      (value) => live && setPassage({ status: 'ready', passage: value }),
      (error: Error) => live && setPassage({ status: 'error', message: error.message }),
    );
    send('isSaved', { osis, translation }).then(
      (value) => live && setSaved(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [osis, translation]);

  useEffect(() => {
    let live = true;
    setCommentary({ status: 'loading' });
    send('getCommentary', { osis }).then(
      (reply) => live && setCommentary({ status: 'ready', ...reply }),
      () => live && setCommentary({ status: 'none' }),
    );
    return () => {
      live = false;
    };
  }, [osis]);

  const toggle = async () => {
    setSaved(await send('toggleSaved', { osis, translation }));
    onSavedChange();
  };

  if (passage.status === 'error') return <p class="muted">{passage.message}</p>;
  if (passage.status === 'loading')
    return (
      <p class="muted" aria-busy="true">
        Loading…
      </p>
    );
  return (
    <>
      <header class="result-head">
        <h1>{passage.passage.label}</h1>
        <TranslationSwitch value={translation} onChange={onTranslation} />
      </header>
      <PassageText passage={passage.passage} />
      <div class="actions">
        <button type="button" aria-pressed={saved ? 'true' : 'false'} onClick={() => void toggle()}>
          {saved ? 'Saved' : 'Save to my verses'}
        </button>
      </div>
      <Commentary view={commentary} onOpenReference={onOpenReference} />
    </>
  );
}
