import { render } from 'preact';
import '@/components/popup/popup.css';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/options-app';
import { followThemeSetting } from '@/components/theme-root';

await followThemeSetting();
render(<OptionsApp />, document.getElementById('app')!);
