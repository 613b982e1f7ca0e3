/**
 * One way to drive Intercede in either browser, for the specs that run in both: Chromium through
 * playwright-core (support/chromium.ts) and Firefox ESR through puppeteer-core over WebDriver BiDi
 * (support/firefox.ts). Only what both can do is here: web pages and the extension's own pages,
 * scripts evaluated in them, clicks, typing and keys, file inputs and selects, the pointer, the
 * extension's storage. The card's closed shadow root can be read only through Chromium's DevTools
 * protocol: `hoverCard` (page-reads.ts) gives Chromium's specs the card and checks in Firefox that
 * it is drawn, and `chromium`/`playwright` reach under the driver for what only Chromium can do.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type {
  Browser as PuppeteerBrowser,
  ElementHandle,
  KeyInput,
  Page as PuppeteerPage,
} from 'puppeteer-core';
import { launchExtension, type ExtensionBrowser } from './chromium';
import { installAddon, launchFirefox, openAddonPage } from './firefox';

/** The browsers the shared specs run in. */
export const BROWSERS = ['chromium', 'firefox'] as const;
export type BrowserName = (typeof BROWSERS)[number];

/**
 * What a step acts on: a CSS selector, or a control as a person finds it, by the text of its
 * label (the start of it: a label may hold a hint after its name) or of its button (all of it, or
 * a pattern), the first inside `in` (a CSS selector) when given. Both engines name controls by
 * different selector syntaxes, so named ones are found in the page itself.
 */
type Target = string | { label: string; in?: string } | { button: string | RegExp; in?: string };

/** A page in either browser. */
export interface DriverPage {
  /** Runs `source` (an expression, or a function's source called with `arg`) in the page and returns its value. */
  evaluate<T>(source: string): Promise<T>;
  click(target: Target): Promise<void>;
  /** Types `text` into the field `target` (as the reader would: input events fire). */
  fill(target: Target, text: string): Promise<void>;
  /** Presses a key (`Enter`, `ArrowDown`, `Tab`) in the focused element. */
  press(key: string): Promise<void>;
  /** Types `text` key by key into the focused element. */
  type(text: string): Promise<void>;
  /** Chooses the option whose value is `value` in the select `target`. */
  select(target: Target, value: string): Promise<void>;
  /** Gives the file input `target` these files, as a reader picking them does. */
  setFiles(target: Target, paths: string[]): Promise<void>;
  /** Waits until `target` matches an element (up to 20 s). */
  waitFor(target: Target): Promise<void>;
  /** The value of the field `target`. */
  value(target: Target): Promise<string>;
  /** Sets the viewport (the popup is 400 px wide). */
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  bringToFront(): Promise<void>;
  /** Goes to another web page in the same tab. */
  goto(url: string): Promise<void>;
  /** Moves the pointer to (x, y) in the viewport, in a few steps, as a hand does. */
  movePointer(x: number, y: number): Promise<void>;
  /** The Chromium page underneath, for the steps only Chromium can take (undefined in Firefox). */
  playwright?: PlaywrightPage;
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
  /** The Chromium browser underneath, for the steps only Chromium can take (undefined in Firefox). */
  chromium?: ExtensionBrowser;
  close(): Promise<void>;
}

/**
 * The extension API's namespace in an extension page, as source: Firefox's `browser` (its
 * `chrome` takes callbacks in MV2), Chromium's `chrome` (which returns promises in MV3).
 */
export const EXT = '(globalThis.browser ?? globalThis.chrome)';

const WAIT = 20_000;

/** Finds a named control in the page (run there) and marks it, returning a selector for it. */
function mark(
  kind: 'label' | 'button',
  name: { text: string } | { source: string; flags: string },
  scope: string,
  token: string,
): string | null {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (text: string, start: boolean) =>
    'text' in name
      ? start
        ? text.startsWith(name.text)
        : text === name.text
      : new RegExp(name.source, name.flags).test(text);
  const named = (el: Element) =>
    matches(norm(el.getAttribute('aria-label')), false) ||
    (kind === 'button'
      ? matches(norm(el.textContent), false)
      : [...((el as HTMLInputElement).labels ?? [])].some((l) => matches(norm(l.textContent), true)));
  const found = [
    ...document.querySelectorAll(
      kind === 'button'
        ? `${scope} button, ${scope} [role="button"]`
        : `${scope} input, ${scope} select, ${scope} textarea`,
    ),
  ].find(named);
  if (!found) return null;
  found.setAttribute('data-e2e', token);
  return `[data-e2e="${token}"]`;
}

let marks = 0;

/** The CSS selector for `target`, waiting (up to 20 s) for a named control to appear. */
async function selectorOf(target: Target, evaluate: (source: string) => Promise<unknown>): Promise<string> {
  if (typeof target === 'string') return target;
  const [kind, wanted] =
    'label' in target ? (['label', target.label] as const) : (['button', target.button] as const);
  const name = typeof wanted === 'string' ? { text: wanted } : { source: wanted.source, flags: wanted.flags };
  const args = [kind, name, target.in ?? ':root', `m${++marks}`].map((a) => JSON.stringify(a)).join(', ');
  const until = Date.now() + WAIT;
  for (;;) {
    const selector = (await evaluate(`(${mark})(${args})`)) as string | null;
    if (selector) return selector;
    if (Date.now() > until) throw new Error(`No ${kind} “${String(wanted)}” in the page`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function fromPlaywright(page: PlaywrightPage): DriverPage {
  const at = async (target: Target) =>
    page.locator(await selectorOf(target, (source) => page.evaluate(source))).first();
  return {
    evaluate: (source) => page.evaluate(source),
    click: async (target) => (await at(target)).click(),
    fill: async (target, text) => (await at(target)).fill(text),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    select: async (target, value) => void (await (await at(target)).selectOption(value)),
    setFiles: async (target, paths) => (await at(target)).setInputFiles(paths),
    waitFor: async (target) => (await at(target)).waitFor({ timeout: WAIT }),
    value: async (target) => (await at(target)).inputValue(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path })),
    bringToFront: () => page.bringToFront(),
    goto: async (url) => void (await page.goto(url)),
    movePointer: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    playwright: page,
    close: () => page.close(),
  };
}

function fromPuppeteer(page: PuppeteerPage): DriverPage {
  const at = async (target: Target) => {
    const selector = await selectorOf(target, (source) => page.evaluate(source));
    // Polled on a timer, not on animation frames: a tab behind another (a side panel following
    // the active tab) draws no frames.
    await page.waitForFunction(
      (s) => document.querySelector(s) !== null,
      { polling: 50, timeout: WAIT },
      selector,
    );
    return { selector, element: (await page.$(selector))! };
  };
  return {
    evaluate: (source) => page.evaluate(source) as Promise<never>,
    click: async (target) => (await at(target)).element.click(),
    fill: async (target, text) => {
      const { element } = await at(target);
      await element.click({ count: 3 });
      await page.keyboard.press('Backspace');
      await element.type(text);
    },
    press: (key) => page.keyboard.press(key as KeyInput),
    type: (text) => page.keyboard.type(text),
    select: async (target, value) => void (await (await at(target)).element.select(value)),
    setFiles: async (target, paths) => {
      const { element } = await at(target);
      await (element as ElementHandle<HTMLInputElement>).uploadFile(...paths);
    },
    waitFor: async (target) => void (await at(target)),
    value: async (target) =>
      (await at(target)).element.evaluate((el) => (el as HTMLInputElement | HTMLSelectElement).value),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    bringToFront: () => page.bringToFront(),
    goto: async (url) => void (await page.goto(url)),
    movePointer: (x, y) => page.mouse.move(x, y, { steps: 4 }),
    close: () => page.close(),
  };
}

/** A fixed UUID for the Firefox add-on's pages in the shared specs. */
const UUID = 'a7e3c1d2-4b5f-4e6a-9c8d-7f6e5d4c3b2a';

/**
 * Launches `name` with the built extension (`npm run build` / `npm run build:firefox` first),
 * its pages in the light colour scheme unless told `dark`.
 */
export async function launchDriver(
  name: BrowserName,
  options: { colorScheme?: 'light' | 'dark' } = {},
): Promise<Driver> {
  const scheme = options.colorScheme ?? 'light';
  if (name === 'chromium') {
    const browser = await launchExtension({ keepWelcome: true, colorScheme: scheme });
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
      chromium: browser,
      close: () => browser.close(),
    };
  }
  const browser: PuppeteerBrowser = await launchFirefox({
    uuid: UUID,
    // What prefers-color-scheme says to pages: 0 dark, 1 light.
    prefs: { 'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1 },
  });
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
