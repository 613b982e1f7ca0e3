/**
 * The background's side of the contract: checks the sender, validates, dispatches, and
 * turns every failure into an error reply. Pure over its deps, so it is unit-tested
 * without a browser.
 */
import type { Contract, Reply, Request, RequestType } from './contract';
import { clipboardHandlers, type ClipboardDeps } from './clipboard';
import { commentaryHandlers, type CommentaryDeps } from './commentary';
import { navigationHandlers, type NavigationDeps } from './navigation';
import { passagesHandlers, type PassagesDeps } from './passages';
import { savedHandlers, type SavedDeps } from './saved';
import { historyHandlers, type HistoryDeps } from './history';
import { searchHandlers, type SearchDeps } from './search';
import { errorReply, failure } from './reply';
import type { Fields } from './fields';
import { isRequestType, validateRequest } from './validate';

export { errorReply } from './reply';

/** What the handler needs from the background. */
export interface HandlerDeps
  extends PassagesDeps, NavigationDeps, ClipboardDeps, CommentaryDeps, SavedDeps, SearchDeps, HistoryDeps {
  /** This extension's id; messages from any other sender are refused. */
  extensionId: string;
  /** This extension's base URL (`runtime.getURL('/')`): senders under it are its own pages. */
  extensionUrl: string;
}

/** The parts of `runtime.MessageSender` the handler looks at. */
export interface Sender {
  id?: string;
  /** The sending frame's URL, set by the browser (a renderer cannot choose it). */
  url?: string;
}

/**
 * What a content script may ask for: only what the card needs. A content script runs inside
 * pages we do not own, and a compromised renderer can send anything its content script can,
 * so export, import, edits, removal, history and the cache are for the extension's own pages.
 */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'getPassage',
  'getPassages',
  'getCommentary',
  'savedState',
  'toggleSaved',
  'openPassage',
  'copyPassage',
]);

/** Who sent a message: one of the extension's own pages, or a content script in a page. */
export type SenderKind = 'extension-page' | 'content-script';

/** Classifies a sender of this extension by the URL the browser reports for it. */
export function senderKind(sender: Sender, extensionUrl: string): SenderKind {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionUrl)
    ? 'extension-page'
    : 'content-script';
}

type Handlers = { [K in RequestType]: (request: Contract[K]['request']) => Promise<Contract[K]['response']> };

function handlers(deps: HandlerDeps): Handlers {
  return {
    ...passagesHandlers(deps),
    ...navigationHandlers(deps),
    ...clipboardHandlers(deps),
    ...commentaryHandlers(deps),
    ...savedHandlers(deps),
    ...searchHandlers(deps),
    ...historyHandlers(deps),
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
    // Refused by type before its fields are read: a content script learns nothing more.
    const type = typeof message === 'object' && message !== null ? (message as Fields).type : undefined;
    if (
      isRequestType(type) &&
      !CONTENT_SCRIPT_REQUESTS.has(type) &&
      senderKind(sender, deps.extensionUrl) === 'content-script'
    ) {
      return failure('forbidden', `"${type}" is answered only for Intercede's own pages`);
    }
    const request = validateRequest(message);
    const handler = handlers(deps)[request.type] as (r: Request) => Promise<unknown>;
    return { ok: true, value: await handler(request) };
  } catch (error) {
    return errorReply(error);
  }
}
