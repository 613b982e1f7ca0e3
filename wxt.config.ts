import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The store's source upload rebuilds the data packs from the Debian modules, as README says.
  zip: { excludeSources: ['public/data/**', 'screenshots/**', 'test-results/**'] },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Intercede',
    description:
      'Finds Bible references on any page and shows the verses with notes on intercession, offline.',
    // activeTab: the popup may read the current tab's address (for its on/off switch) only
    // when the user opens it; contextMenus: "Look up in Intercede" and "Save to my verses";
    // clipboardWrite (+ offscreen in Chrome, whose service worker has no DOM): Copy writes the
    // clipboard from the extension, where a page's `copy` listener cannot see or change it.
    permissions: [
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'activeTab',
      'clipboardWrite',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: 'Open the Intercede card for the reference at the selection',
      },
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+I' },
        description: 'Open the Intercede search',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'intercede@intercede.example',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
