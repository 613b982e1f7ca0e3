/**
 * The background's side of the contract: validates, checks the sender, dispatches, and
 * turns every failure into an error reply. Pure over its deps, so it is unit-tested
 * without a browser.
 */
import { OsisError } from '../bible/osis';
import type { Passage } from '../bible/passage';
import type { TranslationId } from '../bible/translations';
import type { BackgroundStatus, Contract, ErrorCode, Reply, Request, RequestType } from './contract';
import { BadRequestError, validateRequest } from './validate';

/** What the handler needs from the background. */
export interface HandlerDeps {
  /** This extension's id; messages from any other sender are refused. */
  extensionId: string;
  getPassage(osis: string, translation: TranslationId): Promise<Passage>;
  getStatus(): Promise<BackgroundStatus>;
}

/** The parts of `runtime.MessageSender` the handler looks at. */
export interface Sender {
  id?: string;
}

function failure(code: ErrorCode, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/** Maps an exception to the reply a sender sees. */
export function errorReply(error: unknown): Reply<never> {
  if (error instanceof BadRequestError) return failure('bad-request', error.message);
  if (error instanceof OsisError) return failure('invalid-reference', error.message);
  if (error instanceof Error && error.name === 'PassageNotFoundError')
    return failure('not-found', error.message);
  const message = error instanceof Error ? error.message : String(error);
  return failure('internal', message);
}

type Handlers = { [K in RequestType]: (request: Request & { type: K }) => Promise<Contract[K]['response']> };

function handlers(deps: HandlerDeps): Handlers {
  return {
    getPassage: ({ osis, translation }) => deps.getPassage(osis, translation),
    getStatus: () => deps.getStatus(),
    getPassages: ({ items }) =>
      Promise.all(
        items.map(({ osis, translation }) =>
          deps.getPassage(osis, translation).then(
            (value): Reply<Passage> => ({ ok: true, value }),
            (error: unknown) => errorReply(error),
          ),
        ),
      ),
  };
}

/** Answers one message. Never throws: every failure becomes `{ ok: false, error }`. */
export async function handleMessage(
  message: unknown,
  sender: Sender,
  deps: HandlerDeps,
): Promise<Reply<unknown>> {
  if (sender.id !== deps.extensionId) {
    return failure('forbidden', 'Messages from other extensions or pages are refused');
  }
  try {
    const request = validateRequest(message);
    const handler = handlers(deps)[request.type] as (r: Request) => Promise<unknown>;
    return { ok: true, value: await handler(request) };
  } catch (error) {
    return errorReply(error);
  }
}
