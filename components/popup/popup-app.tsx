/**
 * The popup: one search box that opens a passage by reference (with its notes and the
 * translation switch), and the list of saved verses below it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Passage } from '@/lib/bible/passage';
import type { TranslationId } from '@/lib/bible/translations';
import type { CommentaryReply } from '@/lib/commentary/views';
import { send } from '@/lib/messaging/send';
import { findReferences, formatReference } from '@/lib/refs';
import { Commentary, type CommentaryView } from '../verse-card/commentary';
import { PassageText } from '../verse-card/passage-text';
import { SavedList } from './saved-list';
import { SiteToggle } from './site-toggle';

/** The passage a query names, or undefined when the query is not a reference. */
export function queryReference(query: string): string | undefined {
  const trimmed = query.trim();
  const [match] = findReferences(trimmed, { caseInsensitive: true });
  // The reference must be (nearly) the whole query: "heb 7:25", not "see heb 7:25 today".
  return match && match.text.length >= trimmed.replace(/[.;,]+$/, '').length - 1 ? match.osis : undefined;
}

/** The popup's root. `initialQuery` comes from `popup.html?q=…` (the card's Open button). */
export function PopupApp({
  initialQuery = '',
  initialTranslation,
}: {
  initialQuery?: string;
  initialTranslation?: TranslationId;
}) {
  const [query, setQuery] = useState(initialQuery);
  const [translation, setTranslation] = useState<TranslationId>(initialTranslation ?? 'WEB');
  const [passage, setPassage] = useState<
    { status: 'idle' } | { status: 'ready'; passage: Passage } | { status: 'error'; message: string }
  >({
    status: 'idle',
  });
  const [commentary, setCommentary] = useState<CommentaryView>({ status: 'none' });
  const [saved, setSaved] = useState(false);
  const [savedVersion, setSavedVersion] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const osis = queryReference(query);

  useEffect(() => input.current?.focus(), []);

  useEffect(() => {
    if (!osis) {
      setPassage(
        query.trim()
          ? { status: 'error', message: 'Type a reference such as “heb 7:25”, “Rom 8:26-27” or “john 17”.' }
          : { status: 'idle' },
      );
      return;
    }
    let live = true;
    send('getPassage', { osis, translation }).then(
      (value) => live && setPassage({ status: 'ready', passage: value }),
      (error: Error) => live && setPassage({ status: 'error', message: error.message }),
    );
    setCommentary({ status: 'loading' });
    send('getCommentary', { osis }).then(
      (reply: CommentaryReply) => live && setCommentary({ status: 'ready', ...reply }),
      () => live && setCommentary({ status: 'none' }),
    );
    send('isSaved', { osis, translation }).then(
      (value) => live && setSaved(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [osis, translation, savedVersion]);

  const toggle = async () => {
    if (!osis) return;
    setSaved(await send('toggleSaved', { osis, translation }));
    setSavedVersion((v) => v + 1);
  };

  return (
    <main class="popup">
      <SiteToggle />
      <form class="search" role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="q" class="visually-hidden">
          Look up a passage
        </label>
        <input
          id="q"
          ref={input}
          type="search"
          placeholder="heb 7:25, Rom 8:26-27, john 17…"
          autocomplete="off"
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
      </form>

      {passage.status !== 'idle' && (
        <section class="result" aria-live="polite" aria-label={osis ? formatReference(osis) : 'Result'}>
          {passage.status === 'error' && <p class="muted">{passage.message}</p>}
          {passage.status === 'ready' && osis && (
            <>
              <header class="result-head">
                <h1>{passage.passage.label}</h1>
                <div class="switch" role="group" aria-label="Translation">
                  {(['WEB', 'KJV'] as const).map((id) => (
                    <button
                      key={id}
                      type="button"
                      aria-pressed={id === translation ? 'true' : 'false'}
                      onClick={() => setTranslation(id)}
                    >
                      {id}
                    </button>
                  ))}
                </div>
              </header>
              <PassageText passage={passage.passage} />
              <div class="actions">
                <button type="button" aria-pressed={saved ? 'true' : 'false'} onClick={() => void toggle()}>
                  {saved ? 'Saved' : 'Save to my verses'}
                </button>
              </div>
              <Commentary view={commentary} onOpenReference={(ref) => setQuery(formatReference(ref))} />
            </>
          )}
        </section>
      )}

      <SavedList
        version={savedVersion}
        onOpen={(ref, t) => (setTranslation(t), setQuery(formatReference(ref)))}
      />
    </main>
  );
}
