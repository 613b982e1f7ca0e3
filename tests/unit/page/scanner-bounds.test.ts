// @vitest-environment happy-dom
/**
 * The scan's bounds: a page with more references than MAX_PAGE_REFS underlines the first
 * ones and says so; a block of megabytes is read a window at a time, each window one step
 * of the scan, and windowing finds exactly what one read of the whole text finds.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { findReferences } from '@/lib/refs';
import type { Finder } from '@/lib/page/registry';
import { findInWindow, PageScanner, WINDOW, WINDOW_OVERLAP, type IdleScheduler } from '@/lib/page/scanner';
import { createSkipTest } from '@/lib/page/skip';
import '../support/static-range';

const find: Finder = (text) => findReferences(text);
const skip = createSkipTest({ skipCode: true, excludeSelectors: [] });

function scheduler() {
  const pending: ((d: IdleDeadline) => void)[] = [];
  const schedule: IdleScheduler = (cb) => void pending.push(cb);
  return {
    schedule,
    pending,
    async flush() {
      for (let i = 0; i < 10_000 && pending.length; i++) {
        pending.shift()!({ didTimeout: false, timeRemaining: () => 50 });
        await Promise.resolve();
      }
    },
  };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the page bound', () => {
  it('underlines at most maxRefs references, says it is capped, and reads nothing more', async () => {
    document.body.innerHTML = Array.from(
      { length: 30 },
      (_, i) => `<p>See Heb ${(i % 13) + 1}:1 and John 17.</p>`,
    ).join('');
    const idle = scheduler();
    const scanner = new PageScanner(window, {
      root: document.body,
      find,
      skip,
      schedule: idle.schedule,
      maxRefs: 25,
    });
    scanner.start();
    await idle.flush();
    expect(scanner.registry.size).toBe(25);
    expect(scanner.capped).toBe(true);
    document.body.insertAdjacentHTML('beforeend', '<p>Later: Rom 8:34.</p>');
    await new Promise((r) => setTimeout(r, 0));
    await idle.flush();
    expect(scanner.registry.size).toBe(25);
    scanner.stop();
  });

  it('is not capped on an ordinary page', async () => {
    document.body.innerHTML = '<p>Heb 7:25</p>';
    const idle = scheduler();
    const scanner = new PageScanner(window, { root: document.body, find, skip, schedule: idle.schedule });
    scanner.start();
    await idle.flush();
    expect([scanner.registry.size, scanner.capped]).toEqual([1, false]);
  });
});

describe('long blocks', () => {
  /** Prose with references planted every ~37 characters, some straddling window edges. */
  function longText(length: number): string {
    const parts = [
      'Christ prays (Heb 7:25) ',
      'and the Spirit too, Rom 8:26–27; ',
      'see 1 John 2:1. ',
      'word ',
    ];
    let text = '';
    for (let i = 0; text.length < length; i++) text += parts[i % parts.length];
    // A reference written across the first window's edge, and one across the overlap's.
    const edge = WINDOW - 4;
    text = `${text.slice(0, edge)} Hebrews 4:14–16 ${text.slice(edge)}`;
    return text;
  }

  it('finds in windows exactly what one read of the whole text finds', () => {
    const text = longText(3 * WINDOW + 500);
    const whole = find(text).map(({ start, end, osis }) => ({ start, end, osis }));
    const windowed = [];
    for (let at = 0; at < text.length; at += WINDOW) windowed.push(...findInWindow(text, find, at));
    expect(windowed).toEqual(whole);
    expect(whole.some((m) => m.start < WINDOW && m.end > WINDOW)).toBe(true);
  });

  it('keeps a match only in the window it starts in', () => {
    const text = `${'x '.repeat(WINDOW / 2 - 2)}Heb 7:25 ${'y '.repeat(WINDOW_OVERLAP)}`;
    const start = text.indexOf('Heb');
    expect(start).toBeLessThan(WINDOW);
    expect(findInWindow(text, find, 0).map((m) => m.start)).toEqual([start]);
    expect(findInWindow(text, find, WINDOW)).toEqual([]);
  });

  it('reads a block of a megabyte one window per step, finding every reference', async () => {
    const text = longText(16 * WINDOW);
    document.body.innerHTML = '<p></p>';
    document.querySelector('p')!.textContent = text;
    const idle = scheduler();
    let clock = 0;
    const scanner = new PageScanner(window, {
      root: document.body,
      find,
      skip,
      schedule: idle.schedule,
      budget: 2,
      maxRefs: Infinity,
      // Every clock read costs 1 ms: a chunk has room for one step.
      now: () => clock++,
    });
    scanner.start();
    let chunks = 0;
    while (idle.pending.length) {
      idle.pending.shift()!({ didTimeout: false, timeRemaining: () => 50 });
      chunks++;
    }
    expect(scanner.registry.size).toBe(find(text).length);
    // The walk, then at least one chunk per window: the finder never ran over the whole block at once.
    expect(chunks).toBeGreaterThanOrEqual(16);
    scanner.stop();
  });
});
