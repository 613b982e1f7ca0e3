// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { GUARDED_EVENTS, guardUntrusted } from '@/lib/page/guard-untrusted';

function setup(isTrusted?: (event: Event) => boolean) {
  const host = document.createElement('intercede-card');
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const button = document.createElement('button');
  shadow.append(button);
  const seen: string[] = [];
  for (const type of GUARDED_EVENTS) button.addEventListener(type, () => seen.push(type));
  const controller = new AbortController();
  guardUntrusted(shadow, controller.signal, isTrusted);
  return { button, seen, controller };
}

describe('guardUntrusted', () => {
  it('stops every synthetic event before a control sees it, click() included', () => {
    const { button, seen } = setup();
    button.click();
    for (const type of GUARDED_EVENTS) button.dispatchEvent(new Event(type, { bubbles: true }));
    expect(seen).toEqual([]);
  });

  it('lets the reader’s own input through', () => {
    const { button, seen } = setup(() => true);
    button.click();
    expect(seen).toEqual(['click']);
  });

  it('reads the browser’s flag by default, and stops once aborted', () => {
    const { button, seen, controller } = setup();
    const trusted = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    button.dispatchEvent(trusted);
    expect(seen).toEqual(['click']);
    controller.abort();
    button.click();
    expect(seen).toEqual(['click', 'click']);
  });

  it('keeps a page’s default action from running for a synthetic event', () => {
    const { button } = setup();
    const event = new Event('submit', { bubbles: true, cancelable: true });
    const listener = vi.fn();
    button.addEventListener('submit', listener);
    button.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(listener).not.toHaveBeenCalled();
  });
});
