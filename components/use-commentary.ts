/**
 * The notes (or Nave's topics) for a passage, as the card and the popup show them: loading
 * until the background answers, "none" when it cannot, and a stale answer never shown after
 * the passage has changed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CommentaryReply } from '@/lib/commentary/views';
import type { CommentaryView } from './verse-card/commentary';

/** Loads the commentary of `osis` with `load` (the card's or the popup's way of asking). */
export function useCommentary(
  osis: string,
  load: (osis: string) => Promise<CommentaryReply>,
): CommentaryView {
  const [view, setView] = useState<CommentaryView>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    setView({ status: 'loading' });
    load(osis).then(
      (reply) => live && setView({ status: 'ready', notes: reply.notes, topics: reply.topics }),
      () => live && setView({ status: 'none' }),
    );
    return () => {
      live = false;
    };
  }, [osis]);
  return view;
}
