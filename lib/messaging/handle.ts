/**
 * The background's side of the contract: checks the sender, validates, dispatches, and
 * turns every failure into an error reply. Pure over its deps, so it is unit-tested
 * without a browser.
 */
import type { Contract, Reply, Request, RequestType } from './contract';
import { commentaryHandlers, type CommentaryDeps } from './commentary';
import { navigationHandlers, type NavigationDeps } from './navigation';
import { passagesHandlers, type PassagesDeps } from './passages';
import { savedHandlers, type SavedDeps } from './saved';
import { searchHandlers, type SearchDeps } from './search';
import { errorReply, failure } from './reply';
import { validateRequest } from './validate';

export { errorReply } from './reply';

/** What the handler needs from the background. */
export interface HandlerDeps extends PassagesDeps, NavigationDeps, CommentaryDeps, SavedDeps, SearchDeps {
  /** This extension's id; messages from any other sender are refused. */
  extensionId: string;
}

/** The parts of `runtime.MessageSender` the handler looks at. */
export interface Sender {
  id?: string;
}

type Handlers = { [K in RequestType]: (request: Contract[K]['request']) => Promise<Contract[K]['response']> };

function handlers(deps: HandlerDeps): Handlers {
  return {
    ...passagesHandlers(deps),
    ...navigationHandlers(deps),
    ...commentaryHandlers(deps),
    ...savedHandlers(deps),
    ...searchHandlers(deps),
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
