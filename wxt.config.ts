import { defineConfig, type EntrypointGroup } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { packageHomepage } from './scripts/homepage';

/**
 * The page code (entrypoints/page-main) and the extension's own pages (popup, options, about,
 * side panel, welcome, offscreen) read the extension API as the browser gives it
 * (lib/page/native-browser.ts: Firefox's `browser`, Chrome's promise-returning `chrome`), not
 * through the webextension-polyfill: about 3 KB gzipped less for every page with a reference,
 * and 11 KB (3 KB gzipped) less for a popup to load and run in a freshly started process. None of
 * them answers a message by returning a promise (which Chrome's own API did not allow before
 * recent versions; the offscreen page answers through sendResponse); the background, which
 * does, keeps the polyfill. WXT builds the page code on its own and the HTML pages together.
 */
function nativeBrowser(): Plugin {
  const shim = fileURLToPath(new URL('./lib/page/native-browser.ts', import.meta.url));
  let native = false;
  return {
    name: 'intercede:native-browser',
    enforce: 'pre',
    configResolved(config) {
      const input = config.build.rollupOptions?.input;
      const html =
        typeof input === 'object' && Object.values(input).some((file) => /\.html$/.test(String(file)));
      native = html || /page-main/.test(String(config.build.lib && config.build.lib.entry));
    },
    resolveId(source) {
      if (native && (source === 'wxt/browser' || source === '@wxt-dev/webextension-polyfill/browser'))
        return shim;
      return undefined;
    },
  };
}

/**
 * How the extension pages' code is cut into files. Left to itself, the bundler makes a chunk for
 * each set of pages that shares a module: the popup loaded ten files, six of them under 1 KB, and
 * a popup whose service worker has stopped opens in a fresh renderer process, where each file is
 * its own request before the first paint. Here the code two or more pages share is one `ui`
 * chunk, except what only some need: the reference finder and the search (the popup loads them
 * once something is typed, components/popup/lazy-results.ts; the side panel at once) and the
 * `browser` shim, which the clipboard's offscreen document needs alone. HTML pages only: the
 * content scripts and the background are single files. The popup is built on its own
 * (`POPUP_APART`), and this plugin leaves that build to the bundler.
 */
function pageChunks(): Plugin {
  const apart = /[\\/]lib[\\/](refs|search|clipboard|page)[\\/]/;
  let shared = false;
  return {
    name: 'intercede:page-chunks',
    configResolved(config) {
      const input = config.build.rollupOptions?.input;
      shared = typeof input === 'object' && Object.keys(input).length > 1;
    },
    outputOptions(options) {
      if (options.format !== 'es' || !shared) return null;
      return {
        ...options,
        codeSplitting: {
          groups: [
            { name: 'native-browser', test: /[\\/]lib[\\/]page[\\/]native-browser\.ts$/, priority: 1 },
            {
              name: 'ui',
              test: (id: string) =>
                /[\\/](node_modules[\\/]preact|lib|components)[\\/]/.test(id) && !apart.test(id),
              minShareCount: 2,
            },
          ],
        },
      };
    },
  };
}

/**
 * The popup is built apart from the other extension pages, so that everything it needs before
 * its first paint is one script and one stylesheet: opened after its service worker has stopped,
 * it starts in a fresh renderer process, and there each file it waits for is a request of its
 * own (measured with `npm run bench:popup`, README). Its code shared with the other pages is
 * therefore in the package twice, about 30 KB. What it loads once something is typed (the finder
 * and the search) is still a chunk of its own.
 */
const POPUP_APART = 'popup';

/** Moves the popup out of the extension pages' shared build into a build step of its own. */
function buildPopupApart(groups: EntrypointGroup[]): void {
  for (const group of groups) {
    if (!Array.isArray(group) || group.length < 2) continue;
    const at = group.findIndex((entry) => entry.name === POPUP_APART);
    if (at < 0) continue;
    groups.push(group.splice(at, 1));
    return;
  }
}

const HOMEPAGE = packageHomepage();

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
  hooks: { 'entrypoints:grouped': (_, groups) => buildPopupApart(groups) },
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
    plugins: [preact(), nativeBrowser(), pageChunks()],
    // Chrome 116 and Firefox 142 (our floors, see minimum_chrome_version and strict_min_version)
    // preload modules themselves: without this, Vite adds a polyfill script to every page that
    // loads a chunk on demand (the popup's results, components/popup/lazy-results.ts).
    build: { modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    // The name is the same in every language; the rest comes from public/_locales (lib/i18n).
    name: 'Intercede',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    // From package.json's "homepage" (scripts/homepage.ts); none until the project has one.
    ...(HOMEPAGE ? { homepage_url: HOMEPAGE } : {}),
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
