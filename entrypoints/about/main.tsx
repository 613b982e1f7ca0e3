import { render } from 'preact';
import '@/components/popup/popup.css';
import '@/components/about/about.css';
import { AboutApp } from '@/components/about/about-app';
import { interfaceLanguage, t } from '@/lib/i18n';
import { theme } from '@/lib/settings';
import { followTextSize } from '@/components/theme-root';

document.documentElement.lang = interfaceLanguage();
document.title = t('aboutTitle');
const [savedTheme] = await Promise.all([theme.getValue(), followTextSize()]);
if (savedTheme !== 'auto') document.documentElement.dataset.theme = savedTheme;
render(<AboutApp />, document.getElementById('app')!);
