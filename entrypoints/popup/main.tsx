import { render } from 'preact';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/popup-app';
import { followTextSize, followThemeSetting } from '@/components/theme-root';
import { isTranslationId } from '@/lib/bible/translations';
import { interfaceLanguage } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import { readSnapshot, type SessionArea } from '@/lib/saved/snapshot';
import { browser } from 'wxt/browser';
import { translation } from '@/lib/settings';

// Asked for first: a worker stopped after 30 s idle starts while the popup reads its settings
// and draws, instead of after (the saved list is the last thing a reader waits for).
const savedFirst = send('listSaved', {});
// The background's copy, read from memory while a stopped worker starts (lib/saved/snapshot.ts).
const savedSnapshot = readSnapshot(browser.storage.session as SessionArea | undefined);
document.documentElement.lang = interfaceLanguage();
const params = new URLSearchParams(location.search);
// Read before the first render, so the popup never flashes the wrong theme or translation.
const [, , savedTranslation] = await Promise.all([
  followThemeSetting(),
  followTextSize(),
  translation.getValue(),
]);
const t = params.get('t');
render(
  <PopupApp
    initialQuery={params.get('q') ?? ''}
    initialTranslation={isTranslationId(t) ? t : savedTranslation}
    savedFirst={savedFirst}
    savedSnapshot={savedSnapshot}
  />,
  document.getElementById('app')!,
);
