/**
 * Writing the clipboard from the background, out of every page's reach. A copy made inside
 * a page fires a `copy` event the page can catch and rewrite; this one is made in the
 * extension's own document: an offscreen document under Chrome's MV3 service worker, which
 * has no DOM, or the background page itself in Firefox's MV2.
 */
import { OFFSCREEN_COPY, type OffscreenCopy } from './protocol';

/** The parts of Chrome's `offscreen` and `runtime` APIs used here. */
export interface OffscreenApi {
  hasDocument(): Promise<boolean>;
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
}

/** What writing needs; the defaults are the browser's, and tests pass their own. */
export interface ClipboardEnv {
  /** Chrome's `chrome.offscreen`, absent in Firefox. */
  offscreen?: OffscreenApi;
  /** `runtime.sendMessage`, to reach the offscreen document. */
  sendMessage(message: OffscreenCopy): Promise<unknown>;
  /** The async Clipboard API of a document (Firefox's background page). */
  clipboard?: { writeText(text: string): Promise<void> };
}

/** The offscreen document's path in the build. */
export const OFFSCREEN_PATH = 'offscreen.html';

let creating: Promise<void> | undefined;

async function ensureOffscreen(offscreen: OffscreenApi): Promise<void> {
  if (await offscreen.hasDocument()) return;
  // Two copies in quick succession must not both create it (the second would throw).
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['CLIPBOARD'],
      justification: 'Copy a Bible passage from the card without the page seeing it',
    })
    .finally(() => (creating = undefined));
  await creating;
}

/** Puts `text` on the clipboard; throws with the reason when the browser refuses. */
export async function writeClipboard(text: string, env: ClipboardEnv): Promise<void> {
  if (env.offscreen) {
    await ensureOffscreen(env.offscreen);
    const done = await env.sendMessage({ type: OFFSCREEN_COPY, text });
    if (done !== true) throw new Error('the browser did not allow the copy');
    return;
  }
  if (!env.clipboard) throw new Error('this browser gives the extension no clipboard');
  await env.clipboard.writeText(text);
}
