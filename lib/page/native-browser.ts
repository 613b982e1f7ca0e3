/**
 * The extension API for the page code (entrypoints/page-main), as the browser gives it: Firefox's
 * `browser`, Chrome's `chrome` (whose MV3 APIs return promises). The page code needs nothing the
 * webextension-polyfill adds (it registers no message listener that answers with a promise; the
 * first stage answers the tab's messages), and the polyfill is about 3 KB gzipped that every page
 * with a reference would load. wxt.config.ts resolves `wxt/browser` here for that bundle only.
 */
type Api = typeof import('wxt/browser').browser;

const scope = globalThis as unknown as { browser?: Api; chrome?: Api };

/** The extension API of the content script's world. */
export const browser: Api = scope.browser?.runtime?.id ? scope.browser : scope.chrome!;
