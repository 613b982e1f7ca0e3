/** The intercession notes for a passage, or Nave's topics when no note covers it. */
import { useState } from 'preact/hooks';
import { findReferences } from '@/lib/refs';

import type { NoteView, TopicView } from '@/lib/commentary/views';

export type { NoteView, TopicView } from '@/lib/commentary/views';

/** The commentary part of the card. */
export type CommentaryView =
  { status: 'loading' } | { status: 'none' } | { status: 'ready'; notes: NoteView[]; topics: TopicView[] };

/** Notes shown before "More notes". */
export const NOTES_SHOWN = 3;

/** Text with every reference in it turned into a button that opens that passage. */
export function Linked({ text, onOpenReference }: { text: string; onOpenReference(osis: string): void }) {
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  for (const match of findReferences(text)) {
    if (match.start > at) parts.push(text.slice(at, match.start));
    parts.push(
      <button type="button" class="ic-ref" onClick={() => onOpenReference(match.osis)}>
        {match.text}
      </button>,
    );
    at = match.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** Notes best-first (three, then "More notes"), else Nave's topics, else an honest empty state. */
export function Commentary({
  view,
  onOpenReference,
}: {
  view: CommentaryView;
  onOpenReference(osis: string): void;
}) {
  const [all, setAll] = useState(false);
  if (view.status === 'loading') return <p class="ic-muted">Loading notes…</p>;
  if (view.status === 'none' || (view.notes.length === 0 && view.topics.length === 0)) {
    return <p class="ic-muted ic-empty">No intercession note for this passage yet.</p>;
  }
  if (view.notes.length === 0) {
    return (
      <section class="ic-notes" aria-label="Related topics">
        <h3 class="ic-h3">From Nave’s Topical Bible</h3>
        <ul class="ic-topics">
          {view.topics.map((t) => (
            <li key={`${t.topic}/${t.heading}`}>
              <span class="ic-topic">
                {t.topic} › {t.heading}
              </span>{' '}
              {t.refs.map((r, i) => (
                <>
                  {i > 0 && '; '}
                  <button type="button" class="ic-ref" onClick={() => onOpenReference(r.osis)}>
                    {r.label}
                  </button>
                </>
              ))}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const shown = all ? view.notes : view.notes.slice(0, NOTES_SHOWN);
  return (
    <section class="ic-notes" aria-label="Intercession notes">
      {shown.map((note) => (
        <article class="ic-note" key={note.id}>
          <h3 class="ic-h3">{note.title}</h3>
          <p class="ic-muted ic-covers">{note.passagesLabel}</p>
          {note.paragraphs.map((p, i) => (
            <p key={i}>
              <Linked text={p} onOpenReference={onOpenReference} />
            </p>
          ))}
        </article>
      ))}
      {view.notes.length > NOTES_SHOWN && (
        <button
          type="button"
          class="ic-more"
          aria-expanded={all ? 'true' : 'false'}
          onClick={() => setAll(!all)}
        >
          {all ? 'Fewer notes' : `More notes (${view.notes.length - NOTES_SHOWN})`}
        </button>
      )}
    </section>
  );
}
