import { render } from 'preact';
import '@/components/popup/popup.css';
import { loadResults } from '@/components/popup/lazy-results';
import { PopupApp } from '@/components/popup/popup-app';
import { followTextSize, followThemeSetting } from '@/components/theme-root';
import { isTranslationId } from '@/lib/bible/translations';
import { interfaceLanguage } from '@/lib/i18n';
import { send } from '@/lib/messaging/send';
import type { SavedVerse } from '@/lib/saved/format';
import { readSnapshot, type SessionArea } from '@/lib/saved/snapshot';
import { browser } from 'wxt/browser';
import { secondTranslation, translation } from '@/lib/settings';

// Asked for first: a worker stopped after 30 s idle starts while the popup reads its settings
// and draws, instead of after (the saved list is the last thing a reader waits for).
const savedFirst = send('listSaved', {});
let savedAnswer: SavedVerse[] | undefined;
savedFirst.then(
  (list) => (savedAnswer = list),
  () => undefined,
);
document.documentElement.lang = interfaceLanguage();
const params = new URLSearchParams(location.search);
const query = params.get('q') ?? '';
// A popup opened on a query (the card's Open button, "Look up in Intercede") shows its passage
// at the first render: the results chunk loads beside the reads (components/popup/lazy-results.ts).
const results = query.trim() ? loadResults().catch(() => undefined) : undefined;
// Read before the first render, so the popup never flashes the wrong theme or translation.
// The saved list's copy too (a memory read beside the others): the first render shows the list
// (lib/saved/snapshot.ts), or the worker's answer if it came first.
const reads = Promise.all([
  followThemeSetting(),
  followTextSize(),
  translation.getValue(),
  secondTranslation.getValue(),
  // A tab of its own (not the toolbar's popup) gives the reader the window's width (popup.css).
  browser.tabs.getCurrent().catch(() => undefined),
  // The background's copy, read from memory while a stopped worker starts (lib/saved/snapshot.ts).
  readSnapshot(browser.storage.session as SessionArea | undefined),
]);
// No top-level await: with it the bundler keeps the popup's code in two files (wxt.config.ts).
void reads.then(async ([, , savedTranslation, savedSecond, tab, snapshot]) => {
  await results;
  if (tab) document.documentElement.dataset.view = 'tab';
  const t = params.get('t');
  render(
    <PopupApp
      initialQuery={query}
      initialTranslation={isTranslationId(t) ? t : savedTranslation}
      initialSecond={savedSecond}
      savedFirst={savedFirst}
      savedInitial={savedAnswer ?? snapshot}
    />,
    document.getElementById('app')!,
  );
});
