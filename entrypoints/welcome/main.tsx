import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/popup/popup.css';
import '@/components/about/about.css';
import '@/components/welcome/welcome.css';
import { WelcomeApp } from '@/components/welcome/welcome-app';
import { followTextSize, followThemeSetting } from '@/components/theme-root';
import { interfaceLanguage, t } from '@/lib/i18n';

document.documentElement.lang = interfaceLanguage();
document.title = t('welcomeTitle');
await Promise.all([followThemeSetting(), followTextSize()]);
render(
  <WelcomeApp
    // Firefox for Android has no keyboard commands.
    shortcuts={async () => (browser.commands ? await browser.commands.getAll() : [])}
    openOptions={() => void browser.runtime.openOptionsPage()}
  />,
  document.getElementById('app')!,
);
