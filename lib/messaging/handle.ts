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
import { translationsHandlers, type TranslationsDeps } from './translations';
import { errorReply, failure } from './reply';
import type { Fields } from './fields';
import { isRequestType, validateRequest } from './validate';
import { privateDeps } from './private';

export { errorReply } from './reply';

/** What the handler needs from the background. */
export interface HandlerDeps
  extends
    PassagesDeps,
    NavigationDeps,
    ClipboardDeps,
    CommentaryDeps,
    SavedDeps,
    SearchDeps,
    HistoryDeps,
    TranslationsDeps {
  /** This extension's id; messages from any other sender are refused. */
  extensionId: string;
  /** This extension's base URL (`runtime.getURL('/')`): senders under it are its own pages. */
  extensionUrl: string;
  /** Reading and copying a passage without filling the cache (for private windows). */
  unkept: Pick<PassagesDeps & ClipboardDeps, 'getPassage' | 'copyPassage' | 'copyPassages'>;
}

/** The parts of `runtime.MessageSender` the handler looks at. */
export interface Sender {
  id?: string;
  /** The sending frame's URL, set by the browser (a renderer cannot choose it). */
  url?: string;
  /** The sending tab, set by the browser: content scripts, and extension pages open in a tab. */
  tab?: { incognito?: boolean };
}

/**
 * Whether a request comes from a private window. The browser says so for a tab; the popup
 * has no tab (in Chrome's and Firefox's shared "spanning" mode), so an extension page says it
 * itself with `incognito: true` (lib/messaging/send.ts). A content script's word is not needed:
 * its tab is always reported.
 */
export function isPrivateSender(sender: Sender, message: unknown, kind: SenderKind): boolean {
  if (sender.tab?.incognito === true) return true;
  return kind === 'extension-page' && (message as Fields | null)?.incognito === true;
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
    ...translationsHandlers(deps),
  };
}

/** The message without the private-window mark every request may carry. */
function withoutIncognito(message: unknown): unknown {
  if (typeof message !== 'object' || message === null || !('incognito' in message)) return message;
  const { incognito: _mark, ...rest } = message as Fields;
  return rest;
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
    const kind = senderKind(sender, deps.extensionUrl);
    if (isRequestType(type) && !CONTENT_SCRIPT_REQUESTS.has(type) && kind === 'content-script') {
      return failure('forbidden', `"${type}" is answered only for Intercede's own pages`);
    }
    const inPrivate = isPrivateSender(sender, message, kind);
    const request = validateRequest(withoutIncognito(message));
    const handler = handlers(inPrivate ? privateDeps(deps) : deps)[request.type] as (
      r: Request,
    ) => Promise<unknown>;
    return { ok: true, value: await handler(request) };
  } catch (error) {
    return errorReply(error);
  }
}
