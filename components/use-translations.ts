/**
 * The installed translations for the extension's own pages (the popup's switch): the bundled
 * ones at once, the imported ones (#12 §5) once the background says, asked once per page.
 */
import { useEffect, useState } from 'preact/hooks';
import { BUNDLED_ABOUT } from '@/lib/bible/translations';
import type { InstalledTranslation } from '@/lib/messaging/contract';
import { send } from '@/lib/messaging/send';

let listed: Promise<readonly InstalledTranslation[]> | undefined;

/** Every installed translation, bundled first. */
export function useTranslations(): readonly InstalledTranslation[] {
  const [installed, setInstalled] = useState<readonly InstalledTranslation[]>(BUNDLED_ABOUT);
  useEffect(() => {
    listed ??= send('listTranslations', {}).then(
      (list) => (Array.isArray(list) && list.length > 0 ? list : BUNDLED_ABOUT),
      () => BUNDLED_ABOUT,
    );
    let live = true;
    void listed.then((list) => live && setInstalled(list));
    return () => void (live = false);
  }, []);
  return installed;
}
