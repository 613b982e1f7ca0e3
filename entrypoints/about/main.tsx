import { render } from 'preact';
import '@/components/popup/popup.css';
import '@/components/options/options.css';
import { AboutApp } from '@/components/about/about-app';

render(<AboutApp />, document.getElementById('app')!);
