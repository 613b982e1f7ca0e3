import { render } from 'preact';
import '@/components/popup/popup.css';
import { PopupApp } from '@/components/popup/popup-app';
import { isTranslationId } from '@/lib/bible/translations';
import { theme, translation, type Theme } from '@/lib/settings';

const params = new URLSearchParams(location.search);
const applyTheme = (value: Theme | null) => {
  if (value === 'light' || value === 'dark') document.documentElement.dataset.theme = value;
  else delete document.documentElement.dataset.theme;
};
const [savedTheme, savedTranslation] = await Promise.all([theme.getValue(), translation.getValue()]);
applyTheme(savedTheme);
theme.watch(applyTheme);
const t = params.get('t');
render(
  <PopupApp
    initialQuery={params.get('q') ?? ''}
    initialTranslation={isTranslationId(t) ? t : savedTranslation}
  />,
  document.getElementById('app')!,
);
