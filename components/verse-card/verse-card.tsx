/**
 * The hover card: a non-modal dialog with the passage, its intercession notes and the actions.
 * Pure and props-driven — the content script fetches, positions and mounts it in a shadow root.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportedName } from '@/lib/bible/imported-list';
import type { Passage } from '@/lib/bible/passage';
import {
  aboutTranslation,
  TRANSLATION_IDS,
  translationLabel,
  type TranslationAbout,
  type TranslationId,
} from '@/lib/bible/translations';
import { interfaceLanguage, t } from '@/lib/i18n';
import type { SavedState } from '@/lib/saved/format';
import { SaveToggle } from '../save-toggle';
import { Commentary, type CommentaryView } from './commentary';

import { ParallelText } from './parallel-text';
import { PassageText } from './passage-text';

/** How long "Copied" stays in the status line: long enough to read, gone before the next copy. */
const COPIED_MS = 2000;

/** A passage as the card has it: on its way, here, or failed (with what to say). */
export type PassageState =
  { status: 'loading' } | { status: 'ready'; passage: Passage } | { status: 'error'; message: string };

/** Everything the card shows and every action it offers. */
export interface VerseCardProps {
  /** "Hebrews 4:14–16" */
  label: string;
  translation: TranslationId;
  onTranslationChange(t: TranslationId): void;
  /** The translations the reader imported: the switch offers them after the bundled ones. */
  imported?: readonly ImportedName[];
  passage: PassageState;
  /**
   * The reader's second translation, shown verse by verse with the first. Should it fail (a
   * passage it does not have), the first shows alone with a line saying why.
   */
  second?: { translation: TranslationId; passage: PassageState };
  commentary: CommentaryView;
  /** The Save toggle's state. */
  saved: SavedState;
  /** Saves or removes; `discardNote` once the reader confirmed losing a note. */
  onToggleSave(discardNote: boolean): void;
  /** Why saving is off (a private window); the Save button is not shown then. */
  saveOff?: string;
  /** The translation the writer named when Intercede does not have it ("NIV"): said in one line. */
  unavailable?: string;
  /**
   * Copies the passage as shown (see copyText). The caller has the extension write the
   * clipboard, out of the page's reach; it resolves once the text is there.
   */
  onCopy(): Promise<void>;
  /** Opens the passage in the popup/reader. */
  onOpen(): void;
  /** A reference inside a note or topic was activated. */
  onOpenReference(osis: string): void;
  /** Escape pressed inside the card, or the close button. */
  onClose(): void;
  /** Resolved by the caller from the setting and the page's scheme. */
  theme: 'light' | 'dark';
  /** The factor the card's text sizes are multiplied by (lib/page/theme.ts' cardTextScale); 1 by default. */
  textScale?: number;
  /** Whether the card was opened from the keyboard: then move focus into it on mount; on hover never steal focus. */
  focusOnOpen?: boolean;
}

/** The hover card. */
export function VerseCard(props: VerseCardProps) {
  const { label, translation, second } = props;
  // Both translations show together: while the second is on its way the card waits for it.
  const passage: PassageState =
    props.passage.status === 'ready' && second?.passage.status === 'loading' ? second.passage : props.passage;
  const beside = second?.passage.status === 'ready' ? second.passage.passage : undefined;
  const imported = props.imported ?? [];
  const known = [
    ...aboutsOf(props.passage, second?.passage),
    ...imported.map((about) => ({ ...about, copyright: '', imported: true })),
  ];
  const heading = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  // The heading, not the first button: a screen reader then announces the dialog and its
  // passage, and the next Tab lands on the translation switch. preventScroll because the
  // card is fixed beside its reference; focusing must not scroll the page under it.
  useEffect(() => {
    if (props.focusOnOpen) heading.current?.focus({ preventScroll: true });
  }, [props.focusOnOpen, label]);

  const copy = async () => {
    if (passage.status !== 'ready') return;
    let said: string;
    try {
      await props.onCopy();
      said = t('cardCopied');
    } catch (error) {
      said = t('cardNotCopied', (error as Error).message);
    }
    setStatus(said);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), COPIED_MS);
  };

  return (
    <div
      class="intercede-card"
      data-theme={props.theme}
      style={props.textScale && props.textScale !== 1 ? { '--ic-k': String(props.textScale) } : undefined}
      // The page may be in any language; the card speaks the interface's.
      lang={interfaceLanguage()}
      role="dialog"
      aria-label={`${label} (${[translation, second?.translation]
        .filter((id) => id !== undefined)
        .map(translationLabel)
        .join(', ')})`}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // The page must not also see this Escape (it might close its own dialog).
        e.stopPropagation();
        e.preventDefault();
        props.onClose();
      }}
    >
      <header class="ic-head">
        <h2 class="ic-label" ref={heading} tabIndex={-1}>
          {label}
        </h2>
        <div class="ic-switch" role="group" aria-label={t('translationSwitch')}>
          {switchIds(translation, second?.translation, imported).map((id) => (
            <button
              key={id}
              type="button"
              class="ic-switch-btn"
              title={aboutTranslation(id, known).name}
              aria-pressed={id === translation ? 'true' : 'false'}
              onClick={() => id !== translation && props.onTranslationChange(id)}
            >
              {translationLabel(id)}
            </button>
          ))}
        </div>
        <button
          type="button"
          class="ic-close"
          aria-label={t('cardClose')}
          title={t('cardClose')}
          onClick={props.onClose}
        >
          <span aria-hidden="true">×</span>
        </button>
      </header>

      <div class="ic-body">
        {props.unavailable && (
          <p class="ic-muted ic-named" role="note">
            {t('namedUnavailable', props.unavailable, translation)}
          </p>
        )}
        {passage.status === 'loading' && (
          <div class="ic-passage" aria-busy="true">
            <p class="ic-muted ic-loading">{t('loading')}</p>
            <div class="ic-skeleton" aria-hidden="true">
              <span />
              <span />
              <span />
            </div>
          </div>
        )}
        {passage.status === 'error' && <p class="ic-error">{passage.message}</p>}
        {/* Keyed by passage so "Show all" resets for a new passage but survives a translation switch. */}
        {passage.status === 'ready' &&
          (beside ? (
            <ParallelText key={passage.passage.osis} first={passage.passage} second={beside} />
          ) : (
            <PassageText key={passage.passage.osis} passage={passage.passage} />
          ))}
        {passage.status === 'ready' && second?.passage.status === 'error' && (
          <p class="ic-muted ic-second-error">{`${second.translation}: ${second.passage.message}`}</p>
        )}
        <Commentary key={label} view={props.commentary} onOpenReference={props.onOpenReference} />
      </div>

      <footer class="ic-actions">
        <SaveToggle
          label={label}
          state={props.saved}
          onToggle={props.onToggleSave}
          buttonClass="ic-btn"
          off={props.saveOff}
        />
        <button
          type="button"
          class="ic-btn"
          onClick={() => void copy()}
          disabled={passage.status !== 'ready'}
        >
          {t('cardCopy')}
        </button>
        <button type="button" class="ic-btn" title={t('cardOpenTitle', label)} onClick={props.onOpen}>
          {t('cardOpen')}
        </button>
        <span class="ic-status" role="status" aria-live="polite">
          {status}
        </span>
      </footer>
    </div>
  );
}

/**
 * The card's switch: the bundled translations, then the reader's imported ones, then any the
 * card shows that the list does not hold yet (it arrives a moment after an import).
 */
function switchIds(
  translation: TranslationId,
  second: TranslationId | undefined,
  imported: readonly ImportedName[],
): TranslationId[] {
  const ids: TranslationId[] = [...TRANSLATION_IDS];
  for (const id of [...imported.map((about) => about.id), translation, second]) {
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** What the card's passages say of imported translations, to name them in the switch. */
function aboutsOf(...states: (PassageState | undefined)[]): TranslationAbout[] {
  return states.flatMap((s) => (s?.status === 'ready' && s.passage.about ? [s.passage.about] : []));
}
