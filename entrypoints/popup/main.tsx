import { render } from 'preact';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/popup-app';
import { isTranslationId } from '@/lib/bible/translations';
import { theme, translation } from '@/lib/settings';

const params = new URLSearchParams(location.search);
const [savedTheme, savedTranslation] = await Promise.all([theme.getValue(), translation.getValue()]);
if (savedTheme !== 'auto') document.documentElement.dataset.theme = savedTheme;
const t = params.get('t');
render(
  <PopupApp
    initialQuery={params.get('q') ?? ''}
    initialTranslation={isTranslationId(t) ? t : savedTranslation}
  />,
  document.getElementById('app')!,
);
