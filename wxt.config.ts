import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * The page code (entrypoints/page-main) reads the extension API as the browser gives it
 * (lib/page/native-browser.ts), not through the webextension-polyfill every other part uses:
 * about 3 KB gzipped less for every page with a reference. Only that bundle's imports of
 * `wxt/browser` are resolved so (WXT builds each unlisted script on its own).
 */
function nativeBrowserInPageCode(): Plugin {
  const shim = fileURLToPath(new URL('./lib/page/native-browser.ts', import.meta.url));
  let pageCode = false;
  return {
    name: 'intercede:native-browser-in-page-code',
    enforce: 'pre',
    configResolved(config) {
      pageCode = /page-main/.test(String(config.build.lib && config.build.lib.entry));
    },
    resolveId(source) {
      if (pageCode && (source === 'wxt/browser' || source === '@wxt-dev/webextension-polyfill/browser'))
        return shim;
      return undefined;
    },
  };
}

// See https://wxt.dev/api/config.html
/**
 * The Firefox add-on id: a GUID, which needs no domain to own and is ours once the add-on is
 * listed on addons.mozilla.org under it (an e-mail-style id would name a domain we do not hold).
 * Changing it makes Firefox treat the add-on as a new one: settings and saved verses stay behind.
 */
const GECKO_ID = '{63f8aadb-5e02-4d35-bffa-b2dbee539fe9}';

/** Where Intercede reads: every web page and local files (the reader may turn sites off). */
const PAGES = ['http://*/*', 'https://*/*', 'file:///*'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The store's source upload rebuilds the data packs from the Debian modules, as README says.
  zip: {
    excludeSources: [
      'public/data/**',
      'screenshots/**',
      'test-results/**',
      'store-assets/**',
      'reports/**',
      '.cache/**',
    ],
  },
  vite: () => ({
    plugins: [preact(), nativeBrowserInPageCode()],
  }),
  manifest: ({ browser, manifestVersion }) => ({
    // The name is the same in every language; the rest comes from public/_locales (lib/i18n).
    name: 'Intercede',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // chrome.offscreen.hasDocument (Copy writes the clipboard from an offscreen document) came in
    // Chrome 116; the Custom Highlight API in 105.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
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
    // The page's first stage (entrypoints/page-probe.ts), declared here rather than through
    // WXT's content-script wrapper: it must cost a page without references almost nothing.
    // It loads the page code (page-main.js) where the text may hold a reference; that module is
    // web-accessible, and in Chrome only under a per-session address (use_dynamic_url), so a
    // page cannot probe for it to learn that Intercede is installed.
    // The underlines' stylesheet comes on its own at document_start: there from the page's first
    // style pass, it never makes a finished page work its styles out again, which the same sheet
    // added at document_idle did on every page (about half a millisecond of a plain page's CPU).
    content_scripts: [
      { matches: PAGES, js: ['page-probe.js'], run_at: 'document_idle', all_frames: true },
      { matches: PAGES, css: ['page.css'], run_at: 'document_start', all_frames: true },
    ],
    web_accessible_resources:
      manifestVersion === 2
        ? ['page-main.js']
        : [{ resources: ['page-main.js'], matches: PAGES, use_dynamic_url: true }],
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_commandOpenCard__',
      },
      // Chrome takes at most four suggested keys: these two fill the last places.
      'next-reference': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commandNextReference__',
      },
      'previous-reference': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commandPreviousReference__',
      },
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+I' },
        description: '__MSG_commandOpenSearch__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android: the same Gecko, so the same floor (the CSS Highlight API and
            // data_collection_permissions, which Android reads from 142). It has no menus and no
            // keyboard commands; the background starts without them.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
