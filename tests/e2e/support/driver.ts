/**
 * One way to drive Intercede in either browser, for the specs that run in both: Chromium through
 * playwright-core (support/chromium.ts) and Firefox ESR through puppeteer-core over WebDriver BiDi
 * (support/firefox.ts). Only what both can do is here: web pages and the extension's own pages,
 * scripts evaluated in them, clicks and typing, the extension's storage. The card's closed shadow
 * root can be read only through Chromium's DevTools protocol, so the card's insides stay in the
 * Chromium specs (Firefox specs see the card's host on screen).
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { launchExtension } from './chromium';
import { installAddon, launchFirefox, openAddonPage } from './firefox';

/** The browsers the shared specs run in. */
export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/** A page in either browser. */
export interface DriverPage {
  /** Runs `source` (an expression, or a function's source called with `arg`) in the page and returns its value. */
  evaluate<T>(source: string): Promise<T>;
  click(selector: string): Promise<void>;
  /** Types `text` into the field `selector` (as the reader would: input events fire). */
  fill(selector: string, text: string): Promise<void>;
  /** Waits until `selector` matches an element (up to 20 s). */
  waitFor(selector: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Moves the pointer to (x, y) in the viewport, in a few steps, as a hand does. */
  movePointer(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

/** A browser with Intercede installed, in either engine. */
export interface Driver {
  name: BrowserName;
  /** Opens a web page. */
  open(url: string): Promise<DriverPage>;
  /** Opens one of the extension's pages (`popup.html?q=…`) once `ready` matches in it. */
  openExtension(path: string, ready: string): Promise<DriverPage>;
  /** Sets values in the extension's sync storage (as the options page does). */
  setSync(values: Record<string, unknown>): Promise<void>;
  /** The addresses of the open tabs. */
  tabUrls(): Promise<string[]>;
  close(): Promise<void>;
}

const WAIT = 20_000;

function fromPlaywright(page: PlaywrightPage): DriverPage {
  return {
    evaluate: (source) => page.evaluate(source),
    click: (selector) => page.locator(selector).first().click(),
    fill: (selector, text) => page.locator(selector).first().fill(text),
    waitFor: (selector) => page.locator(selector).first().waitFor({ timeout: WAIT }),
    bringToFront: () => page.bringToFront(),
    movePointer: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    close: () => page.close(),
  };
}

function fromPuppeteer(page: PuppeteerPage): DriverPage {
  return {
    evaluate: (source) => page.evaluate(source) as Promise<never>,
    click: async (selector) => {
      await page.waitForSelector(selector, { timeout: WAIT });
      await page.click(selector);
    },
    fill: async (selector, text) => {
      await page.waitForSelector(selector, { timeout: WAIT });
      await page.click(selector, { count: 3 });
      await page.keyboard.press('Backspace');
      await page.type(selector, text);
    },
    waitFor: async (selector) => void (await page.waitForSelector(selector, { timeout: WAIT })),
    bringToFront: () => page.bringToFront(),
    movePointer: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    close: () => page.close(),
  };
}

/** A fixed UUID for the Firefox add-on's pages in the shared specs. */
const UUID = 'a7e3c1d2-4b5f-4e6a-9c8d-7f6e5d4c3b2a';

/** Launches `name` with the built extension (`npm run build` / `npm run build:firefox` first). */
export async function launchDriver(name: BrowserName): Promise<Driver> {
  if (name === 'chromium') {
    const browser = await launchExtension({ keepWelcome: true });
    const worker = () => browser.context.serviceWorkers()[0]!;
    return {
      name,
      open: async (url) => {
        const page = await browser.context.newPage();
        await page.goto(url);
        return fromPlaywright(page);
      },
      openExtension: async (path, ready) => {
        const page = await browser.openExtensionPage(path);
        await page.locator(ready).first().waitFor({ timeout: WAIT });
        return fromPlaywright(page);
      },
      setSync: (values) => worker().evaluate(`chrome.storage.sync.set(${JSON.stringify(values)})`),
      tabUrls: async () => browser.context.pages().map((p) => p.url()),
      close: () => browser.close(),
    };
  }
  const browser: PuppeteerBrowser = await launchFirefox({ uuid: UUID });
  await installAddon(browser, { keepWelcome: true });
  const openExtension = async (path: string, ready: string) => {
    const page = await browser.newPage();
    await openAddonPage(page, `moz-extension://${UUID}/${path}`, ready);
    return fromPuppeteer(page);
  };
  return {
    name,
    open: async (url) => {
      const page = await browser.newPage();
      await page.goto(url);
      return fromPuppeteer(page);
    },
    openExtension,
    // WebDriver BiDi reports the add-on's own tabs as about:blank; the add-on sees their addresses.
    tabUrls: async () => {
      const page = await openExtension('about.html', 'h1');
      const urls = await page.evaluate<(string | null)[]>(
        `browser.tabs.query({}).then((tabs) => tabs.filter((t) => !t.active).map((t) => t.url))`,
      );
      await page.close();
      return urls.filter((url): url is string => url !== null);
    },
    setSync: async (values) => {
      const page = await openExtension('about.html', 'h1');
      await page.evaluate(`browser.storage.sync.set(${JSON.stringify(values)})`);
      await page.close();
    },
    close: () => browser.close(),
  };
}
