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

/**
 * Sends one request to the background and returns its value.
 * @throws RequestError with the background's code, or `internal` when the background did not answer.
 */
export async function send<K extends RequestType>(
  type: K,
  fields: Contract[K]['request'],
): Promise<Contract[K]['response']> {
  let reply: Reply<Contract[K]['response']> | undefined;
  try {
    reply = (await browser.runtime.sendMessage({ ...fields, type })) as typeof reply;
  } catch (error) {
    throw new RequestError('internal', `The background did not answer: ${(error as Error).message}`);
  }
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) {
    throw new RequestError('internal', 'The background sent no reply');
  }
  if (!reply.ok) throw new RequestError(reply.error.code, reply.error.message);
  return reply.value;
}
