/** The sending side of the contract, for the content script, popup and options page. */
import { browser } from 'wxt/browser';
import type { Contract, ErrorCode, Reply, RequestType } from './contract';

/** A failed request, with the background's error code. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

let privateWindow: Promise<boolean> | undefined;

/**
 * Whether this page is in a private window. A content script and a page of a "split"
 * extension know it at once; the popup of Chrome's and Firefox's shared ("spanning")
 * background asks its window.
 */
export function inPrivateWindow(): Promise<boolean> {
  return (privateWindow ??= (async () => {
    if (browser.extension?.inIncognitoContext) return true;
    const window = await Promise.resolve()
      .then(() => browser.windows?.getCurrent())
      .catch(() => undefined);
    return window?.incognito === true;
  })());
}

/**
 * Sends one request to the background and returns its value. From a private window it carries
 * `incognito: true`, so the background writes nothing for it (lib/messaging/private.ts); a
 * content script's tab is reported by the browser itself.
 * @throws RequestError with the background's code, or `internal` when the background did not answer.
 */
export async function send<K extends RequestType>(
  type: K,
  fields: Contract[K]['request'],
): Promise<Contract[K]['response']> {
  let reply: Reply<Contract[K]['response']> | undefined;
  try {
    const mark = (await inPrivateWindow()) ? { incognito: true } : {};
    reply = (await browser.runtime.sendMessage({ ...fields, ...mark, type })) as typeof reply;
  } catch (error) {
    throw new RequestError('internal', `The background did not answer: ${(error as Error).message}`);
  }
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new RequestError('internal', 'The background sent no reply');
  }
  if (!reply.ok) throw new RequestError(reply.error.code, reply.error.message);
  return reply.value;
}
