/**
 * The content script on real pages: references found without rewriting the page, skipped where
 * they must be, kept current on live pages, in Chromium and Firefox, with the card drawn on hover
 * (its insides read in Chromium only: its closed shadow root, through the DevTools protocol); the
 * card on difficult pages, at scale, from the keyboard commands and on a touch screen in Chromium.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { card, hover, textPoint, waitForHighlights } from './support/card';
import { BROWSERS, launchDriver, type Driver, type DriverPage } from './support/driver';
import { hoverCard, underlined } from './support/page-reads';
import { cardOnScreen } from './support/firefox';
import { bigArticle } from '../fixtures/big-article';
import { ARTICLE_REFS } from './support/article';

const SHOTS = new URL('../../screenshots/', import.meta.url).pathname;
let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveFixtures();
});

afterAll(async () => {
  await server?.close();
});

async function open(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url(path));
  return page;
}

const mutations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __mutations: unknown[] }).__mutations);

describe.each(BROWSERS)('in %s', (name) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launchDriver(name);
  }, 120_000);
  afterAll(async () => {
    await driver?.close();
  });
  /** Waits until the page underlines `n` references (or at least `n`, when `least`). */
  const waitForUnderlined = async (page: DriverPage, n: number, least = false) => {
    const count = () => page.evaluate<number>(`CSS.highlights.get('intercede-ref')?.size ?? 0`);
    if (least) await expect.poll(count).toBeGreaterThanOrEqual(n);
    else await expect.poll(count).toBe(n);
  };
  const pageMutations = (page: DriverPage) => page.evaluate<unknown[]>('window.__mutations');

  describe('finding references on a page', () => {
    it('underlines every reference in the article and nothing else, without touching the DOM', async () => {
      const page = await driver.open(server.url('article.html'));
      await waitForUnderlined(page, ARTICLE_REFS.length, true);
      expect((await underlined(page)).sort()).toEqual([...ARTICLE_REFS].sort());
      const dialog = await hoverCard(page, '#p1', 'Hebrews 7:25');
      if (dialog) {
        // Chromium reads the card's closed root (Firefox saw it drawn on the page).
        expect(await dialog.getAttribute('aria-label')).toBe('Hebrews 7:25 (WEB)');
        await expect.poll(() => dialog.textContent()).toContain('to make intercession for them');
      }
      // The page's own content saw no mutation at all: no wrappers, no text changes.
      expect(await pageMutations(page)).toEqual([]);
      expect(await page.evaluate(`document.querySelectorAll('body intercede-card').length`)).toBe(0);
      expect(await page.evaluate(`document.querySelectorAll('intercede-card').length`)).toBe(1);
      await page.close();
    });

    it('opens the card for a reference split across elements, and closes on Escape', async () => {
      const page = await driver.open(server.url('article.html'));
      await waitForUnderlined(page, ARTICLE_REFS.length, true);
      const dialog = await hoverCard(page, '#p1', '4:14');
      if (dialog) {
        expect(await dialog.getAttribute('aria-label')).toBe('Hebrews 4:14–16 (WEB)');
        await expect.poll(() => dialog.textContent()).toContain('throne of grace');
      }
      await page.press('Escape');
      await expect.poll(() => page.evaluate<boolean>(`(${cardOnScreen})()`)).toBe(false);
      await page.close();
    });

    // Only the card's text says so: it is in the closed root, read through Chromium's DevTools protocol.
    it.runIf(name === 'chromium')(
      'says in the card when the translation the writer named is not one it has',
      async () => {
        const page = await driver.open(server.url('article.html'));
        await waitForUnderlined(page, ARTICLE_REFS.length, true);
        const dialog = await hover(page.playwright!, '#q1', 'Heb 7:25 (NIV)');
        expect(await dialog.getAttribute('aria-label')).toBe('Hebrews 7:25 (WEB)');
        expect(await dialog.locator('.ic-named').textContent()).toBe(
          'NIV is not in Intercede; showing the WEB.',
        );
        await page.close();
      },
    );

    it('skips editors, form fields, code and opted-out regions', async () => {
      const page = await driver.open(server.url('editor.html'));
      await waitForUnderlined(page, 1, true);
      await new Promise((r) => setTimeout(r, 300));
      expect(await underlined(page)).toEqual(['John 17']);
      await page.click('#editor p');
      await page.type(' Also Jude 24.');
      await expect
        .poll(() => page.evaluate(`document.querySelector('#editor').textContent`))
        .toContain('Jude 24');
      await new Promise((r) => setTimeout(r, 300));
      expect(await underlined(page)).toEqual(['John 17']);
      await page.close();
    });

    it('reads an XHTML page the same way: inline elements joined, code and form fields skipped', async () => {
      // In XHTML, tag names keep their lower case; an HTML-only test would not notice.
      const page = await driver.open(server.url('xhtml.xhtml'));
      expect(await page.evaluate('document.contentType')).toBe('application/xhtml+xml');
      await waitForUnderlined(page, 4, true);
      await new Promise((r) => setTimeout(r, 200));
      expect((await underlined(page)).sort()).toEqual(
        ['1 Jn 2:1', 'Heb 4:14–16', 'Hebrews 7:25', 'Rom 8:34'].sort(),
      );
      const dialog = await hoverCard(page, '#x2', 'Heb 4:14–16');
      if (dialog) expect(await dialog.getAttribute('aria-label')).toBe('Hebrews 4:14–16 (WEB)');
      await page.close();
    });

    it('loads its page code only when a reference arrives on a page that had none', async () => {
      const late = await serveFixtures({
        'late.html':
          '<!doctype html><title>Late</title><main id="feed"><p>Nothing yet. We meet at 9:45 in room 12; Is 2 enough?</p></main>',
      });
      const page = await driver.open(late.url('late.html'));
      await new Promise((r) => setTimeout(r, 600));
      // The first stage looked and found nothing: no page code, so no Highlight.
      expect(await page.evaluate(`CSS.highlights.has('intercede-ref')`)).toBe(false);
      // Nor an answer to the popup: asked through Chromium's service worker (the tab's status).
      if (driver.chromium) await expect(driver.chromium.pageStatus(page.playwright!)).rejects.toThrow();
      await page.evaluate(`(() => {
        const p = document.createElement('p');
        p.textContent = 'A comment: pray with Romans 8:34.';
        document.getElementById('feed').append(p);
      })()`);
      await waitForUnderlined(page, 1);
      expect(await underlined(page)).toEqual(['Romans 8:34']);
      if (driver.chromium)
        expect(await driver.chromium.pageStatus(page.playwright!)).toEqual({ refs: 1, capped: false });
      const dialog = await hoverCard(page, 'main p:nth-of-type(2)', 'Romans 8:34');
      if (dialog) expect(await dialog.getAttribute('aria-label')).toBe('Romans 8:34 (WEB)');
      await page.close();
      await late.close();
    });

    it('keeps up with content added, changed and removed after load', async () => {
      const page = await driver.open(server.url('spa.html'));
      await waitForUnderlined(page, 1);
      await page.evaluate(`window.addPost('a', '<p>New post on John 17:20–21 and Jas 5:16.</p>')`);
      await waitForUnderlined(page, 3);
      await page.evaluate(`window.setText('first', 'Now about Rom 8:34.')`);
      await expect
        .poll(async () => (await underlined(page)).sort())
        .toEqual(['Jas 5:16', 'John 17:20–21', 'Rom 8:34']);
      await page.evaluate(`window.removePost('a')`);
      await waitForUnderlined(page, 1);
      const dialog = await hoverCard(page, '#first', 'Rom 8:34');
      if (dialog) expect(await dialog.getAttribute('aria-label')).toBe('Romans 8:34 (WEB)');
      await page.close();
    });
  });
});

// What follows reads the card's closed root, measures it, or drives what only Chromium can (a
// touch screen, the keyboard commands sent by its service worker, reloading the extension).
describe('in chromium only', () => {
  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('the card on difficult pages', () => {
    it('works on a page with hostile CSS and overwritten built-ins, inside the viewport', async () => {
      const page = await open('hostile.html');
      await waitForHighlights(page, (n) => n === 1);
      const dialog = await hover(page, '#ref', 'Hebrews 7:25');
      await expect.poll(() => dialog.textContent()).toContain('intercession');
      await expectInViewport(page);
      await page.screenshot({ path: `${SHOTS}hostile.png` });
      await page.close();
    });

    it('works under a strict Content-Security-Policy', async () => {
      const page = await open('csp.html');
      await waitForHighlights(page, (n) => n === 1);
      const dialog = await hover(page, '#ref', '1 John 2:1');
      expect(await dialog.getAttribute('aria-label')).toBe('1 John 2:1 (WEB)');
      await expect.poll(() => dialog.textContent()).toContain('Counselor with the Father');
      await page.close();
    });

    it('shows the card inside an iframe', async () => {
      const page = await open('frame-outer.html');
      const frame = page.frame({ url: /frame-inner/ })!;
      await waitForHighlights(frame, (n) => n === 1);
      const dialog = await hover(page, '#ref', 'Romans 8:34', frame);
      expect(await dialog.getAttribute('aria-label')).toBe('Romans 8:34 (WEB)');
      await page.close();
    });

    it('stays inside the viewport next to the bottom-right corner', async () => {
      const page = await open('article.html');
      await page.setViewportSize({ width: 700, height: 500 });
      // Found, not underlined: in a small window the lower references are not near the viewport.
      await expect.poll(async () => (await browser.pageStatus(page)).refs).toBe(ARTICLE_REFS.length);
      await page.locator('#p5').scrollIntoViewIfNeeded();
      await page.evaluate(() =>
        window.scrollBy(
          0,
          -(window.innerHeight - document.getElementById('p5')!.getBoundingClientRect().bottom) + 5,
        ),
      );
      await hover(page, '#p5', 'Philem 6');
      await expectInViewport(page);
      await page.close();
    });

    it('draws the card and the popup at the reader’s text size, changed with the page open', async () => {
      const worker = browser.context.serviceWorkers()[0]!;
      const page = await open('article.html');
      await waitForHighlights(page, (n) => n >= ARTICLE_REFS.length);
      const heading = card(page).locator('h2');
      const size = async () => {
        const box = await card(page).boundingBox();
        const text = await heading.boundingBox();
        return { width: Math.round(box!.width), line: Math.round(text!.height) };
      };
      await hover(page, '#p1', 'Hebrews 7:25');
      const normal = await size();
      expect(normal.width).toBe(360);
      await worker.evaluate(`chrome.storage.sync.set({ textSize: 'xlarge' })`);
      // The open card follows the change, wider (by at most a third) with its text half as large again.
      await expect.poll(async () => (await size()).width).toBe(486);
      expect((await size()).line / normal.line).toBeGreaterThan(1.4);
      await expectInViewport(page);

      const popup = await browser.openExtensionPage('popup.html');
      expect(await popup.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('21px');
      await worker.evaluate(`chrome.storage.sync.set({ textSize: 'normal' })`);
      await expect.poll(() => popup.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('14px');
      await popup.close();
      await page.close();
    });
  });

  async function expectInViewport(page: Page): Promise<void> {
    const viewport = page.viewportSize()!;
    // The card places itself again when its passage and notes arrive and it grows: wait for both
    // (nothing loading), then for the frame that places it.
    await expect.poll(() => card(page).locator('[aria-busy="true"]').count()).toBe(0);
    await expect
      .poll(async () => {
        const b = await card(page).boundingBox();
        return b ? b.y + b.height : Infinity;
      })
      .toBeLessThanOrEqual(viewport.height);
    const box = await card(page).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
  }

  describe('scale, keyboard, reload and looks', () => {
    it('scans a 1 MB page with 10,000 references and opens a card deep in it', async () => {
      const { html, refs } = bigArticle({ bytes: 1_000_000 });
      const big = await serveFixtures({ 'big.html': html });
      const page = await browser.context.newPage();
      await page.goto(big.url('big.html'));
      await expect.poll(async () => (await browser.pageStatus(page)).refs, { timeout: 30_000 }).toBe(refs);
      // Only the references within about a screen of the viewport are painted: a few dozen.
      const painted = await waitForHighlights(page, (n) => n > 0);
      expect(painted).toBeLessThan(refs / 20);
      const deep = page.locator('p').nth(1200);
      const text = await deep.textContent();
      const ref = /(?:Hebrews|Heb|Rom|Romans|John|Luke|Jas|Col) \d+:\d+/.exec(text!)![0];
      /** How many painted references are in the paragraph at `index`. */
      const paintedIn = (index: number) =>
        page.evaluate((i) => {
          const p = document.querySelectorAll('p')[i]!;
          let n = 0;
          for (const r of CSS.highlights.get('intercede-ref') ?? []) if (p.contains(r.startContainer)) n++;
          return n;
        }, index);
      expect(await paintedIn(1200)).toBe(0);
      expect(await paintedIn(1)).toBeGreaterThan(0);
      // Underlined a little before they scroll in (lib/page/paint.ts: a quarter of a screen), so
      // scrolling never shows them bare; not further, since every painted reference costs the
      // page's paint after each change. Each pair: a paragraph's top, below the viewport, in
      // screen heights, and its painted references.
      const below = await page.evaluate(() => {
        const painted = new Set<Node>();
        for (const r of CSS.highlights.get('intercede-ref') ?? []) painted.add(r.startContainer);
        return [...document.querySelectorAll('p')]
          .map((p) => ({ top: p.getBoundingClientRect().top, p }))
          .filter(({ top }) => top > innerHeight)
          .map(({ top, p }) => [
            (top - innerHeight) / innerHeight,
            [...p.childNodes].filter((n) => painted.has(n)).length,
          ])
          .slice(0, 40);
      });
      expect(below.some(([at, n]) => at! < 0.15 && n! > 0)).toBe(true);
      const far = below.filter(([at]) => at! > 0.4);
      expect(far.length).toBeGreaterThan(5);
      expect(far.filter(([, n]) => n! > 0)).toEqual([]);
      // Scrolled to, its references are painted, and the ones at the top are not any more.
      await deep.scrollIntoViewIfNeeded();
      await expect.poll(() => paintedIn(1200)).toBeGreaterThan(0);
      await expect.poll(() => paintedIn(1)).toBe(0);
      expect(await waitForHighlights(page, (n) => n > 0)).toBeLessThan(refs / 20);
      const dialog = await hover(page, 'article p:nth-of-type(1201)', ref);
      await expect.poll(() => dialog.locator('[data-verse-text]').textContent()).toMatch(/\w{4}/);
      expect(await mutations(page)).toEqual([]);
      await page.close();
      await big.close();
    });

    it('opens the card from the keyboard command at the selection, with focus inside, and gives it back', async () => {
      const page = await open('article.html');
      await waitForHighlights(page, (n) => n >= ARTICLE_REFS.length);
      await page.evaluate(() => {
        const before = Object.assign(document.createElement('button'), {
          id: 'before',
          textContent: 'Before',
        });
        document.body.prepend(before);
        before.focus();
        const text = document.getElementById('p3')!.firstChild as Text;
        const at = text.data.indexOf('Luke 22');
        getSelection()!.setBaseAndExtent(text, at + 2, text, at + 2);
      });
      // The command arrives from the background as it would after the shortcut.
      await page.bringToFront();
      const worker = browser.context.serviceWorkers()[0]!;
      await worker.evaluate(`(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab.id, { type: 'intercede:openCard' });
    })()`);
      const dialog = card(page);
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.getAttribute('aria-label')).toBe('Luke 22:31–32 (WEB)');
      // Focus is inside the card, and Tab moves through its controls.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INTERCEDE-CARD');
      await page.keyboard.press('Tab');
      expect(await dialog.activeText()).toBe('WEB');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      // Focus is back where it was before the card opened.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
      await page.close();
    });

    it('moves the card to the next and previous reference from the keyboard commands', async () => {
      const page = await open('article.html');
      await waitForHighlights(page, (n) => n >= ARTICLE_REFS.length);
      await page.bringToFront();
      const move = (direction: 1 | -1) =>
        browser.context.serviceWorkers()[0]!.evaluate(`(async () => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        await chrome.tabs.sendMessage(tab.id, { type: 'intercede:moveCard', direction: ${direction} });
      })()`);
      const dialog = card(page);
      const label = async () => {
        await dialog.waitFor({ state: 'visible' });
        return dialog.getAttribute('aria-label');
      };
      // With no card open, the first reference on screen; then each next one in the page's order.
      await move(1);
      await expect.poll(label).toBe('Hebrews 7:25 (WEB)');
      await move(1);
      await expect.poll(label).toBe('Hebrews 4:14–16 (WEB)');
      await move(1);
      await expect.poll(label).toBe('Romans 8:1, 34; 10:9 (WEB)');
      await move(-1);
      await expect.poll(label).toBe('Hebrews 4:14–16 (WEB)');
      // Opened from the keyboard, the card has focus.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INTERCEDE-CARD');
      await page.close();
    });

    it('stops quietly when the extension is reloaded under an open page', async () => {
      const page = await open('article.html');
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await waitForHighlights(page, (n) => n >= ARTICLE_REFS.length);
      await browser.context.serviceWorkers()[0]!.evaluate('chrome.runtime.reload()');
      // The orphaned script notices at the next event it sees, and removes its underlines.
      await page.waitForTimeout(300);
      await page.mouse.move(10, 10);
      await page.mouse.move(200, 200, { steps: 5 });
      await waitForHighlights(page, (n) => n === 0);
      expect(errors).toEqual([]);
      expect(await mutations(page)).toEqual([]);
      await page.close();
    });

    it('opens the card on a tap on a touch screen, and a tap elsewhere closes it', async () => {
      const touch = await launchExtension({ hasTouch: true });
      const page = await touch.context.newPage();
      await page.goto(server.url('article.html'));
      await waitForHighlights(page, (n) => n >= ARTICLE_REFS.length);
      const point = await textPoint(page, '#p1', 'Hebrews 7:25');
      await page.touchscreen.tap(point.x, point.y);
      const dialog = card(page);
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.getAttribute('aria-label')).toBe('Hebrews 7:25 (WEB)');
      await expect.poll(() => dialog.locator('[data-verse-text]').textContent()).toContain('intercession');
      // A tap on the card itself keeps it; a tap on the page outside it closes it.
      const box = (await dialog.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + 12);
      expect(await dialog.isVisible()).toBe(true);
      const outside = box.y > 300 ? { x: 20, y: 20 } : { x: 20, y: 780 };
      await page.touchscreen.tap(outside.x, outside.y);
      await dialog.waitFor({ state: 'hidden' });
      expect(await mutations(page)).toEqual([]);
      await touch.close();
    });

    it.each(['light', 'dark'] as const)('saves a screenshot of the card in %s', async (scheme) => {
      const themed = await launchExtension({ colorScheme: scheme });
      const page = await themed.context.newPage();
      await page.setViewportSize({ width: 900, height: 560 });
      await page.goto(server.url('article.html'));
      // A dark page: the card's "auto" theme follows the colours the page paints.
      if (scheme === 'dark')
        await page.addStyleTag({ content: 'body { background: #16181d; color: #e6e3dc; }' });
      await expect.poll(async () => (await themed.pageStatus(page)).refs).toBe(ARTICLE_REFS.length);
      const dialog = await hover(page, '#p1', 'Hebrews 7:25');
      expect(await dialog.getAttribute('data-theme')).toBe(scheme);
      await dialog.locator('[data-verse-text]').waitFor();
      await dialog.settled();
      expect(await dialog.textContent()).not.toMatch(/Loading/);
      await page.screenshot({ path: `${SHOTS}card-${scheme}.png` });
      await themed.close();
    });
  });
});
