import { render } from 'preact';
import '@/components/popup/popup.css';
import '@/components/about/about.css';
import { AboutApp } from '@/components/about/about-app';
import { interfaceLanguage, t } from '@/lib/i18n';
import { theme } from '@/lib/settings';

document.documentElement.lang = interfaceLanguage();
document.title = t('aboutTitle');
const savedTheme = await theme.getValue();
if (savedTheme !== 'auto') document.documentElement.dataset.theme = savedTheme;
render(<AboutApp />, document.getElementById('app')!);
