/**
 * The card as the content script shows it: fetches the passage (from the prefetch store
 * when it is there), positions the card beside its reference inside the viewport, and
 * follows the page as it scrolls.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Passage } from '@/lib/bible/passage';
import type { ImportedName } from '@/lib/bible/imported-list';
import type { TranslationId } from '@/lib/bible/translations';
import { placeCard, type Placement } from '@/lib/page/position';
import type { PassageStore } from '@/lib/page/passage-store';
import type { CommentaryReply } from '@/lib/commentary/views';
import type { SavedState } from '@/lib/saved/format';
import { errorText } from './error-text';
import { useCommentary } from './use-commentary';
import { useSaved } from './use-saved';
import { VerseCard, type VerseCardProps } from './verse-card';

/** What the content script knows about the open card. */
export interface CardHostProps {
  osis: string;
  label: string;
  /** The reference's current box in viewport coordinates (it moves as the page scrolls). */
  anchor(): DOMRect;
  openedBy: 'hover' | 'tap' | 'keyboard';
  translation: TranslationId;
  /** The reader's second translation, shown beside the first (never the first again). */
  second?: TranslationId;
  onTranslationChange(translation: TranslationId): void;
  /** The translations the reader imported, offered in the card's switch. */
  imported?: readonly ImportedName[];
  theme: 'light' | 'dark';
  /** The factor the card's text sizes are multiplied by (the text size setting). */
  textScale?: number;
  store: PassageStore;
  /** Asks the background for the passage's notes (or Nave's topics). */
  loadCommentary(osis: string): Promise<CommentaryReply>;
  /** Whether the passage is saved, and saving or unsaving it, through the background. */
  savedState(osis: string, translation: TranslationId): Promise<SavedState>;
  /** `second`: the translation shown beside, saved with it. */
  toggleSaved(
    osis: string,
    translation: TranslationId,
    discardNote: boolean,
    second?: TranslationId,
  ): Promise<SavedState>;
  /** Why saving is off on this page (a private window). */
  saveOff?: string;
  /** The translation the writer named when Intercede does not have it ("NIV"). */
  unavailable?: string;
  /** Copies the passage in this translation, and `second` when shown (the background writes the clipboard). */
  onCopy(osis: string, translation: TranslationId, second?: TranslationId): Promise<void>;
  onOpen(): void;
  onOpenReference(osis: string): void;
  onClose(): void;
  /** Reports how long the text took to show (ms from open), for the benchmark. */
  onTextShown?(ms: number, prefetched: boolean): void;
}

type PassageState = VerseCardProps['passage'];

/** Positions and feeds one VerseCard. */
export function CardHost(props: CardHostProps) {
  const { osis, translation, second, store } = props;
  const [passage, setPassage] = useState<PassageState>(() => ready(store.peek(osis, translation)));
  const [secondPassage, setSecondPassage] = useState<PassageState>(() =>
    ready(second && store.peek(osis, second)),
  );
  const [placement, setPlacement] = useState<Placement | undefined>();
  const commentary = useCommentary(osis, props.loadCommentary);
  const [saved, setSaved] = useSaved(osis, translation, props.savedState);
  const box = useRef<HTMLDivElement>(null);
  const opened = useRef(performance.now());

  useEffect(() => {
    const cached = store.peek(osis, translation);
    const cachedSecond = second && store.peek(osis, second);
    opened.current = performance.now();
    if (cached && (!second || cachedSecond)) {
      setPassage(ready(cached));
      setSecondPassage(ready(cachedSecond));
      props.onTextShown?.(0, true);
      return;
    }
    let live = true;
    setPassage(ready(cached));
    setSecondPassage(ready(cachedSecond));
    // Both translations are asked for together, in one request when neither is here.
    const [first, beside] = store.getAll(osis, second ? [translation, second] : [translation]);
    first!.then(
      (value) => {
        if (!live) return;
        setPassage({ status: 'ready', passage: value });
        props.onTextShown?.(performance.now() - opened.current, false);
      },
      (error: unknown) => live && setPassage({ status: 'error', message: errorText(error) }),
    );
    beside?.then(
      (value) => live && setSecondPassage({ status: 'ready', passage: value }),
      (error: unknown) => live && setSecondPassage({ status: 'error', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [osis, translation, second, store]);

  // Copy and Save carry the second translation only when the card shows it.
  const shownSecond = second && secondPassage.status === 'ready' ? second : undefined;

  // Place the card once it has a size, and again whenever the page scrolls or resizes.
  useLayoutEffect(() => {
    const place = () => {
      const el = box.current;
      if (!el) return;
      const anchor = props.anchor();
      const next = placeCard(
        anchor,
        { width: el.offsetWidth, height: el.offsetHeight },
        {
          width: document.documentElement.clientWidth || window.innerWidth,
          height: window.innerHeight,
        },
      );
      setPlacement((prev) => (prev && prev.left === next.left && prev.top === next.top ? prev : next));
    };
    place();
    let frame = 0;
    const onMove = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    window.addEventListener('scroll', onMove, { passive: true, capture: true });
    window.addEventListener('resize', onMove, { passive: true });
    const observer = new ResizeObserver(onMove);
    if (box.current) observer.observe(box.current);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onMove, { capture: true });
      window.removeEventListener('resize', onMove);
      observer.disconnect();
    };
  }, [osis]);

  return (
    <div
      ref={box}
      class="intercede-card-position"
      data-side={placement?.side}
      style={{
        position: 'fixed',
        left: `${placement?.left ?? 0}px`,
        top: `${placement?.top ?? 0}px`,
        // Hidden until measured, so it never flashes at the corner.
        visibility: placement ? 'visible' : 'hidden',
      }}
    >
      <VerseCard
        label={props.label}
        translation={translation}
        onTranslationChange={props.onTranslationChange}
        imported={props.imported}
        passage={passage}
        second={second ? { translation: second, passage: secondPassage } : undefined}
        commentary={commentary}
        saved={saved}
        saveOff={props.saveOff}
        unavailable={props.unavailable}
        onToggleSave={(discardNote) =>
          props.toggleSaved(osis, translation, discardNote, shownSecond).then(
            (value) => setSaved(value),
            () => undefined,
          )
        }
        onCopy={() => props.onCopy(osis, translation, shownSecond)}
        onOpen={props.onOpen}
        onOpenReference={props.onOpenReference}
        onClose={props.onClose}
        theme={props.theme}
        textScale={props.textScale}
        focusOnOpen={props.openedBy === 'keyboard'}
      />
    </div>
  );
}

function ready(passage: Passage | undefined): PassageState {
  return passage ? { status: 'ready', passage } : { status: 'loading' };
}
