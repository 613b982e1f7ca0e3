import 'fake-indexeddb/auto';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useInterfaceLanguage } from './support/interface-language';

beforeEach(() => {
  fakeBrowser.reset();
  // English, as the e2e browser; a test of another language switches after this.
  useInterfaceLanguage('en');
});
