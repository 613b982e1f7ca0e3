import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/popup/popup.css';
import '@/components/side-panel/side-panel.css';
import { SidePanel } from '@/components/side-panel/side-panel';
import type { LineBrowser } from '@/components/side-panel/page-line';
import { followTextSize, followThemeSetting } from '@/components/theme-root';
import { interfaceLanguage, t } from '@/lib/i18n';
import { inPrivateWindow, send } from '@/lib/messaging/send';
import { translation } from '@/lib/settings';
import type { TranslationId } from '@/lib/bible/translations';

document.documentElement.lang = interfaceLanguage();
document.title = t('panelTitle');
// `?tab=<id>`: follow that tab rather than the active one (the panel opened in a tab of its own).
const pinned = Number.parseInt(new URLSearchParams(location.search).get('tab') ?? '', 10);
const [, , reader, privateWindow] = await Promise.all([
  followThemeSetting(),
  followTextSize(),
  translation.getValue(),
  inPrivateWindow(),
]);
const root = document.getElementById('app')!;
const requests = {
  getPassages: (items: { osis: string; translation: TranslationId }[]) => send('getPassages', { items }),
  savePassages: (items: { osis: string; translation: TranslationId }[]) => send('savePassages', { items }),
  copyPassages: (items: { osis: string; translation: TranslationId }[]) => send('copyPassages', { items }),
};
const draw = (shown: TranslationId) =>
  render(
    <SidePanel
      api={browser as unknown as LineBrowser}
      pinned={Number.isSafeInteger(pinned) ? pinned : undefined}
      translation={shown}
      requests={requests}
      saveOff={privateWindow ? t('savingOffPrivate') : undefined}
    />,
    root,
  );
draw(reader);
translation.watch((next) => draw(next));
