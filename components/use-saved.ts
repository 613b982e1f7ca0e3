/**
 * Whether a passage is among the saved verses, for a Save toggle: false until the background
 * answers, and an answer about a passage no longer shown is dropped.
 */
import { useEffect, useState } from 'preact/hooks';
import type { TranslationId } from '@/lib/bible/translations';

/** The saved state of `osis` in `translation`, and a setter for the toggle's own answer. */
export function useSaved(
  osis: string,
  translation: TranslationId,
  isSaved: (osis: string, translation: TranslationId) => Promise<boolean>,
): [boolean, (saved: boolean) => void] {
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    let live = true;
    setSaved(false);
    isSaved(osis, translation).then(
      (value) => live && setSaved(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [osis, translation]);
  return [saved, setSaved];
}
