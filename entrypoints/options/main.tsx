import { render } from 'preact';
import '@/components/popup/popup.css';
import '@/components/options/options.css';
import { OptionsApp } from '@/components/options/options-app';

render(<OptionsApp />, document.getElementById('app')!);
