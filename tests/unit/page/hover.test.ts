// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_DELAY, HoverController, type OpenedBy } from '@/lib/page/hover';
import type { FoundRef, RefRegistry } from '@/lib/page/registry';

const ref = (osis: string) => ({ osis }) as FoundRef;
const HEB = ref('Heb.7.25');
const JOHN = ref('John.17');

/** A page where x < 100 is Hebrews 7:25, 100–200 is John 17, and the card sits at x ≥ 500. */
function setup(delay = 300, { realTrust = false } = {}) {
  const events: string[] = [];
  const card = document.createElement('intercede-card');
  document.body.append(card);
  const controller = new HoverController({
    doc: document,
    registry: {} as RefRegistry,
    host: {
      addEventListener: (target, type, handler, options) => target.addEventListener(type, handler, options),
      setTimeout: (handler, ms) => window.setTimeout(handler, ms),
      clearTimeout: (id) => window.clearTimeout(id),
      // happy-dom runs zero-delay timers outside the fake clock, so frames are 1 ms here.
      requestAnimationFrame: (handler) => window.setTimeout(handler, 1),
    },
    delay: () => delay,
    isCard: (target) => target === card,
    open: (r: FoundRef, by: OpenedBy) => events.push(`open ${r.osis} ${by}`),
    close: () => events.push('close'),
    hitTest: (x) => (x < 100 ? HEB : x < 200 ? JOHN : undefined),
    now: () => Date.now(),
    // happy-dom cannot make trusted events; one test keeps the real rule.
    ...(realTrust ? {} : { isTrusted: () => true }),
  });
  controller.start();
  const move = (x: number, target: EventTarget = document.body) => {
    target.dispatchEvent(
      new PointerEvent('pointermove', { clientX: x, clientY: 10, bubbles: true, pointerType: 'mouse' }),
    );
    vi.advanceTimersByTime(1);
  };
  return { controller, events, card, move };
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.useRealTimers();
});

describe('HoverController', () => {
  it('ignores events the page makes: synthetic moves, taps and Escape do nothing', () => {
    // happy-dom's dispatched events are untrusted, as a page script's are in a browser.
    const { events, controller, move } = setup(10, { realTrust: true });
    move(50);
    vi.advanceTimersByTime(100);
    document.body.dispatchEvent(
      new PointerEvent('pointerdown', { clientX: 50, clientY: 10, bubbles: true, pointerType: 'touch' }),
    );
    expect(events).toEqual([]);
    controller.openNow(HEB, 'keyboard');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    move(300);
    vi.advanceTimersByTime(CLOSE_DELAY * 2);
    expect(events).toEqual(['open Heb.7.25 keyboard']);
  });

  it('opens after the hover delay from the pointer event, not before', () => {
    const { events, move } = setup(300);
    move(50); // the frame that handles it comes 1 ms later; the delay still counts from the event
    vi.advanceTimersByTime(298);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open Heb.7.25 hover']);
  });

  it('does not open when the pointer only passes over a reference', () => {
    const { events, move } = setup(300);
    move(50);
    vi.advanceTimersByTime(150);
    move(300);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('stays open while the pointer is on the card, and closes after it leaves both', () => {
    const { events, move, card } = setup(10);
    move(50);
    vi.advanceTimersByTime(10);
    move(600, card);
    vi.advanceTimersByTime(CLOSE_DELAY * 3);
    expect(events).toEqual(['open Heb.7.25 hover']);
    move(300);
    vi.advanceTimersByTime(CLOSE_DELAY - 1);
    expect(events).toEqual(['open Heb.7.25 hover']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open Heb.7.25 hover', 'close']);
  });

  it('moves to another reference after its own delay', () => {
    const { events, move } = setup(100);
    move(50);
    vi.advanceTimersByTime(100);
    move(150);
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['open Heb.7.25 hover', 'open John.17 hover']);
  });

  it('closes on Escape', () => {
    const { events, move } = setup(10);
    move(50);
    vi.advanceTimersByTime(10);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(events).toEqual(['open Heb.7.25 hover', 'close']);
  });

  it('opens at once on a tap and closes on a tap elsewhere', () => {
    const { events } = setup(300);
    const tap = (x: number) =>
      document.body.dispatchEvent(
        new PointerEvent('pointerdown', { clientX: x, clientY: 10, bubbles: true, pointerType: 'touch' }),
      );
    tap(150);
    expect(events).toEqual(['open John.17 tap']);
    tap(400);
    expect(events).toEqual(['open John.17 tap', 'close']);
  });
});
