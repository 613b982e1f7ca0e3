/**
 * The extension API as the browser gives it: Firefox's `browser`, Chrome's `chrome` (whose MV3
 * APIs return promises). For the page code (entrypoints/page-main) and the extension's own pages,
 * which need nothing the webextension-polyfill adds: none registers a message listener that
 * answers by returning a promise (the page code's first stage answers the tab's messages; the
 * offscreen page answers through sendResponse). The polyfill is about 3 KB gzipped that every
 * page with a reference and every popup would load; wxt.config.ts resolves `wxt/browser` here
 * for every bundle but the background's.
 */
type Api = typeof import('wxt/browser').browser;

const scope = globalThis as unknown as { browser?: Api; chrome?: Api };

/** The extension API of the content script's world. */
export const browser: Api = scope.browser?.runtime?.id ? scope.browser : scope.chrome!;
