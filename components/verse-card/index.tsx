/**
 * The hover card: a non-modal dialog with the passage, its intercession notes and the
 * actions. Pure and props-driven — the content script feeds it and positions it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Passage } from '@/lib/bible/passage';
import { TRANSLATION_IDS, type TranslationId } from '@/lib/bible/translations';
import { Commentary, type CommentaryView } from './commentary';
import { PassageText } from './passage-text';

export type { CommentaryView, NoteView, TopicView } from './commentary';

/** Everything the card shows and every action it offers. */
export interface VerseCardProps {
  /** "Hebrews 4:14–16" */
  label: string;
  translation: TranslationId;
  onTranslationChange(translation: TranslationId): void;
  passage:
    { status: 'loading' } | { status: 'ready'; passage: Passage } | { status: 'error'; message: string };
  commentary: CommentaryView;
  saved: boolean;
  onToggleSave(): void;
  /** Receives the text to put on the clipboard. */
  onCopy(text: string): void;
  onOpen(): void;
  onOpenReference(osis: string): void;
  onClose(): void;
  theme: 'light' | 'dark';
  /** Opened from the keyboard: focus moves into the card. On hover it never steals focus. */
  focusOnOpen?: boolean;
}

/** The clipboard text: the verses (numbered when there are several), the label and the translation. */
export function copyText(label: string, translation: TranslationId, passage: Passage): string {
  const several = passage.verses.length > 1;
  const body = passage.verses.map((v) => (several ? `${v.verse} ${v.text}` : v.text)).join(' ');
  return `“${body}” — ${label} (${translation})`;
}

/** The hover card. */
export function VerseCard(props: VerseCardProps) {
  const { label, translation, passage } = props;
  const root = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (props.focusOnOpen) root.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [props.focusOnOpen, label]);

  const copy = () => {
    if (passage.status !== 'ready') return;
    props.onCopy(copyText(label, translation, passage.passage));
    setStatus('Copied');
    setTimeout(() => setStatus(''), 1500);
  };

  return (
    <div
      ref={root}
      class="intercede-card"
      data-theme={props.theme}
      role="dialog"
      aria-label={`${label} (${translation})`}
      aria-busy={passage.status === 'loading' ? 'true' : 'false'}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <header class="ic-head">
        <h2 class="ic-label" tabIndex={-1}>
          {label}
        </h2>
        <div class="ic-switch" role="group" aria-label="Translation">
          {TRANSLATION_IDS.map((id) => (
            <button
              key={id}
              type="button"
              class="ic-switch-btn"
              aria-pressed={id === translation ? 'true' : 'false'}
              onClick={() => id !== translation && props.onTranslationChange(id)}
            >
              {id}
            </button>
          ))}
        </div>
        <button type="button" class="ic-close" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </header>

      <section class="ic-body">
        {passage.status === 'loading' && <p class="ic-muted">Loading…</p>}
        {passage.status === 'error' && <p class="ic-error">{passage.message}</p>}
        {passage.status === 'ready' && <PassageText passage={passage.passage} />}
        <Commentary view={props.commentary} onOpenReference={props.onOpenReference} />
      </section>

      <footer class="ic-actions">
        <button
          type="button"
          class="ic-btn"
          aria-pressed={props.saved ? 'true' : 'false'}
          onClick={props.onToggleSave}
        >
          {props.saved ? 'Saved' : 'Save to my verses'}
        </button>
        <button type="button" class="ic-btn" onClick={copy} disabled={passage.status !== 'ready'}>
          Copy
        </button>
        <button type="button" class="ic-btn" onClick={props.onOpen}>
          Open
        </button>
        <span class="ic-status" role="status" aria-live="polite">
          {status}
        </span>
      </footer>
    </div>
  );
}
