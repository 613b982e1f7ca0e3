/**
 * The Save toggle of the card and the popup. Saving takes one press; removing a verse that
 * carries the reader's note or tags asks first, in place, with Keep focused, so one stray
 * press never loses the reader's own words.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { SavedState } from '@/lib/saved/format';

/** What the toggle shows and does. */
export interface SaveToggleProps {
  /** The passage's label, for the question ("Remove Hebrews 7:25 …?"). */
  label: string;
  state: SavedState;
  /** Saves, or removes; `discardNote` is true once the reader confirmed losing a note. */
  onToggle(discardNote: boolean): void;
  /** The buttons' class (the card's and the popup's styles differ). */
  buttonClass?: string;
  /** Why saving is off here (a private window), said in place of the button. */
  off?: string;
}

/** The Save button, and the question before a note is lost. */
export function SaveToggle({ label, state, onToggle, buttonClass, off }: SaveToggleProps) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  // A new passage or state ends any question about the old one.
  useEffect(() => setAsking(false), [label, state]);
  useEffect(() => {
    if (asking) keep.current?.focus({ preventScroll: true });
    else if (wasAsking.current) toggle.current?.focus({ preventScroll: true });
    wasAsking.current = asking;
  }, [asking]);

  if (off) {
    return (
      <span class="save-off" role="note">
        {off}
      </span>
    );
  }
  if (asking) {
    return (
      <span class="save-confirm" role="group" aria-label={t('saveConfirmLabel')}>
        <span class="save-question">{t('saveConfirmQuestion', label)}</span>
        <button type="button" class={buttonClass} onClick={() => onToggle(true)}>
          {t('saveRemove')}
        </button>
        <button type="button" class={buttonClass} ref={keep} onClick={() => setAsking(false)}>
          {t('saveKeep')}
        </button>
      </span>
    );
  }
  const saved = state !== 'unsaved';
  return (
    <button
      type="button"
      ref={toggle}
      class={buttonClass}
      aria-pressed={saved ? 'true' : 'false'}
      onClick={() => (state === 'annotated' ? setAsking(true) : onToggle(false))}
    >
      {saved ? t('saveSaved') : t('saveSave')}
    </button>
  );
}
