/**
 * The card acts only on the reader's own input. Its shadow root is closed, so a page cannot
 * reach its buttons; this is the second wall: a capture listener at the root stops every
 * event the page could have made (`dispatchEvent`, `element.click()`) before it reaches a
 * control, whatever a future change exposes.
 */

/** The events any card control acts on. */
export const GUARDED_EVENTS = [
  'click',
  'auxclick',
  'dblclick',
  'contextmenu',
  'keydown',
  'keyup',
  'keypress',
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'touchstart',
  'touchend',
  'beforeinput',
  'input',
  'change',
  'submit',
] as const;

/**
 * Stops untrusted events at `root` before they reach anything inside it, until `signal`
 * aborts. `isTrusted` is the browser's flag unless a unit test supplies another rule.
 */
export function guardUntrusted(
  root: EventTarget,
  signal: AbortSignal,
  isTrusted: (event: Event) => boolean = (event) => event.isTrusted,
): void {
  const stop = (event: Event) => {
    if (isTrusted(event)) return;
    event.stopImmediatePropagation();
    event.preventDefault();
  };
  for (const type of GUARDED_EVENTS) root.addEventListener(type, stop, { capture: true, signal });
}
