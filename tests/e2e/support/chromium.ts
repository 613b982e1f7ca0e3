/**
 * Launches Debian's Chromium with the built extension (.output/chrome-mv3) in a fresh
 * profile, and reaches into the extension's contexts the way a user's browser would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';

/**
 * Switches for Debian's Chromium here: no sandbox or GPU in the container, and no first-run,
 * background-networking, component-update or sync traffic flooding the closed network.
 */
export const QUIET_CHROMIUM = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const CHROME_BUILD = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A browser with Intercede loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Opens an extension page such as `popup.html`. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Runs `expression` in the content script's isolated world of `page` (where
   * `chrome.runtime` is the content script's) and returns its awaited value.
   */
  inContentScript<T>(page: Page, expression: string): Promise<T>;
  /**
   * What the page code of `page`'s tab reports to the popup: every reference it found (only
   * those near the viewport are painted, so the page's Highlight holds fewer on a long page).
   */
  pageStatus(page: Page): Promise<{ refs: number; capped: boolean }>;
  /** Stops the extension's service worker, as Chromium does after 30 s idle. */
  stopServiceWorker(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Launches Chromium with the extension; `colorScheme` sets prefers-color-scheme, `hasTouch`
 * gives the pages a touch screen; headless unless told otherwise.
 */
export async function launchExtension(
  options: {
    colorScheme?: 'light' | 'dark';
    headless?: boolean;
    hasTouch?: boolean;
    /** More Chromium switches (a host-resolver rule for a non-secure origin, say). */
    args?: string[];
    /** Leave the first-run page Intercede opens at install open (it is closed otherwise). */
    keepWelcome?: boolean;
    /** Another build of the extension than .output/chrome-mv3 (a benchmark's baseline). */
    build?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'intercede-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.hasTouch ?? false,
    viewport: { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${options.build ?? CHROME_BUILD}`,
      `--load-extension=${options.build ?? CHROME_BUILD}`,
      ...QUIET_CHROMIUM,
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // The first-run page opens as the extension installs, as the active tab: wait for it, so it
  // cannot take the place of a test's page as the active tab later, and close it unless asked.
  const welcome = `chrome-extension://${extensionId}/welcome.html`;
  for (let i = 0; i < 200 && !context.pages().some((p) => p.url() === welcome); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  if (!options.keepWelcome) {
    await Promise.all(
      context
        .pages()
        .filter((p) => p.url() === welcome)
        .map((p) => p.close()),
    );
  }
  const sessions = new WeakMap<Page, { cdp: CDPSession; contexts: Map<string, number> }>();

  async function session(page: Page) {
    let entry = sessions.get(page);
    if (!entry) {
      const cdp = await context.newCDPSession(page);
      const contexts = new Map<string, number>();
      cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
        if (c.origin === `chrome-extension://${extensionId}`)
          contexts.set(c.auxData?.frameId as string, c.id);
      });
      cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
      await cdp.send('Runtime.enable');
      entry = { cdp, contexts };
      sessions.set(page, entry);
    }
    return entry;
  }

  return {
    context,
    extensionId,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    },
    async inContentScript<T>(page: Page, expression: string) {
      const { cdp, contexts } = await session(page);
      const frameId = await mainFrameId(cdp);
      for (let i = 0; i < 100 && !contexts.has(frameId); i++) await new Promise((r) => setTimeout(r, 50));
      const contextId = contexts.get(frameId);
      if (contextId === undefined) throw new Error('The content script is not running in this page');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId,
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value as T;
    },
    async pageStatus(page: Page) {
      // The extension has no `tabs` permission, so tabs carry no address: ask the active one.
      await page.bringToFront();
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      return worker.evaluate(`(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return chrome.tabs.sendMessage(tab.id, { type: 'intercede:pageStatus' });
      })()`) as Promise<{ refs: number; capped: boolean }>;
    },
    async stopServiceWorker() {
      // An extension page that sends the worker nothing (the popup would, from its effects, and
      // could start the worker again after it stopped): only to reach the DevTools protocol.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/offscreen.html`);
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((resolve) =>
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (
            versions.some(
              (v) =>
                v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.runningStatus === 'stopped',
            )
          ) {
            resolve();
          }
        }),
      );
      await cdp.send('ServiceWorker.enable');
      // Asked again if no stop is reported: once in a long benchmark run the first request went
      // unanswered, and the run waited for ever.
      for (let attempt = 1; ; attempt++) {
        await cdp.send('ServiceWorker.stopAllWorkers');
        let wait: ReturnType<typeof setTimeout> | undefined;
        const timer = new Promise<'late'>((resolve) => (wait = setTimeout(() => resolve('late'), 5_000)));
        const late = (await Promise.race([stopped, timer])) === 'late';
        clearTimeout(wait);
        if (!late) break;
        if (attempt === 3) throw new Error('The service worker did not stop');
      }
      await page.close();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function mainFrameId(cdp: CDPSession): Promise<string> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  return frameTree.frame.id;
}
