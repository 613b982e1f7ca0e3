/**
 * Whether a passage is among the saved verses, for a Save toggle: 'unsaved' until the
 * background answers, and an answer about a passage no longer shown is dropped.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TranslationId } from '@/lib/bible/translations';
import type { SavedState } from '@/lib/saved/format';

/** The saved state of `osis` in `translation`, and a setter for the toggle's own answer. */
export function useSaved(
  osis: string,
  translation: TranslationId,
  getState: (osis: string, translation: TranslationId) => Promise<SavedState>,
): [SavedState, (state: SavedState) => void] {
  const [state, setState] = useState<SavedState>('unsaved');
  useEffect(() => {
    let live = true;
    setState('unsaved');
    getState(osis, translation).then(
      (value) => live && setState(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [osis, translation]);
  return [state, setState];
}
