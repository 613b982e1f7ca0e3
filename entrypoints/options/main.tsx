import { render } from 'preact';
import '@/components/popup/popup.css';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/options-app';
import { followTextSize, followThemeSetting } from '@/components/theme-root';
import { interfaceLanguage, t } from '@/lib/i18n';

document.documentElement.lang = interfaceLanguage();
document.title = t('optionsTitle');
await Promise.all([followThemeSetting(), followTextSize()]);
render(<OptionsApp />, document.getElementById('app')!);
