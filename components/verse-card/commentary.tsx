/** The intercession notes for a passage, or Nave's topics when no note covers it. */
import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { LinkedText, type ReferenceFinder } from './linkify';

/** A note as the card shows it (the background's note view carries more; the card needs this). */
export interface NoteView {
  id: string;
  title: string;
  /** "Hebrews 7:23–25" */
  passagesLabel: string;
  paragraphs: string[];
}

/** A Nave's Topical Bible section citing the passage, offered when no note overlaps it. */
export interface TopicView {
  /** The topic as Nave's writes it, e.g. "INTERCESSION". */
  topic: string;
  /** The section's heading, e.g. "OF MAN WITH GOD". */
  heading: string;
  refs: { osis: string; label: string }[];
}

/** The commentary part of the card: still loading, honestly nothing, or notes best-first and topics. */
export type CommentaryView =
  { status: 'loading' } | { status: 'none' } | { status: 'ready'; notes: NoteView[]; topics: TopicView[] };

/** Notes shown before "More notes": the best few fit the card, the rest are one click away. */
export const NOTES_SHOWN = 3;

/** Notes best-first (three, then "More notes"), else Nave's topics, else an honest empty state. */
export function Commentary({
  view,
  onOpenReference,
  find,
}: {
  view: CommentaryView;
  onOpenReference(osis: string): void;
  /** The reference finder for note text; the real one unless a test pins it. */
  find?: ReferenceFinder;
}) {
  const [all, setAll] = useState(false);
  if (view.status === 'loading') {
    return (
      <div class="ic-notes" aria-busy="true">
        <p class="ic-muted">{t('notesLoading')}</p>
      </div>
    );
  }
  if (view.status === 'none' || (view.notes.length === 0 && view.topics.length === 0)) {
    return (
      <div class="ic-notes">
        <p class="ic-muted ic-empty">{t('notesNone')}</p>
      </div>
    );
  }
  if (view.notes.length === 0) return <Topics topics={view.topics} onOpenReference={onOpenReference} />;

  const hidden = view.notes.length - NOTES_SHOWN;
  const shown = all ? view.notes : view.notes.slice(0, NOTES_SHOWN);
  return (
    <section class="ic-notes" aria-label={t('notesLabel')}>
      {shown.map((note) => (
        <article class="ic-note" key={note.id}>
          <h3 class="ic-h3">{note.title}</h3>
          <p class="ic-muted ic-covers">{note.passagesLabel}</p>
          {note.paragraphs.map((p, i) => (
            <p key={i}>
              <LinkedText text={p} onOpenReference={onOpenReference} find={find} />
            </p>
          ))}
        </article>
      ))}
      {hidden > 0 && (
        <button
          type="button"
          class="ic-more"
          aria-expanded={all ? 'true' : 'false'}
          onClick={() => setAll(!all)}
        >
          {all ? t('notesFewer') : t('notesMore', hidden)}
        </button>
      )}
    </section>
  );
}

/** Nave's sections that cite the passage, each with its other references as buttons. */
function Topics({ topics, onOpenReference }: { topics: TopicView[]; onOpenReference(osis: string): void }) {
  return (
    <section class="ic-notes" aria-label={t('topicsLabel')}>
      <h3 class="ic-h3">{t('topicsFromNave')}</h3>
      <ul class="ic-topics">
        {topics.map((topic) => (
          <li key={`${topic.topic}/${topic.heading}`}>
            <span class="ic-topic">{topic.heading ? `${topic.topic} › ${topic.heading}` : topic.topic}</span>{' '}
            {topic.refs.map((r, i) => (
              <Fragment key={i}>
                {i > 0 && '; '}
                <button type="button" class="ic-ref" onClick={() => onOpenReference(r.osis)}>
                  {r.label}
                </button>
              </Fragment>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
