/**
 * The side panel's line to the page in the tab it follows: a `runtime.Port` named REFS_PORT
 * between the panel and the top frame's page code. The page sends the references it holds,
 * in page order, when the line opens and whenever its scan changes them; the panel asks it to
 * show one. Either side may open the line: the panel when it starts or follows another tab
 * (`tabs.connect`), the page code when it starts after the panel (`runtime.connect`).
 */

/** The name both sides give the port. */
export const REFS_PORT = 'intercede:refs';

/** One reference of the page, as the side panel lists it. */
export interface ListedRef {
  /** The page's id for this reference, for `show`; stable while the reference stays on the page. */
  id: number;
  osis: string;
  /** The reference as written on the page. */
  text: string;
  /** The translation the writer named after it, when Intercede has it ("Rom 8:28 (KJV)"). */
  translation?: string;
}

/** Page → panel: every reference the page holds, in page order. */
export interface PageRefsMessage {
  type: 'refs';
  /** The page's title, for the panel's heading. */
  title: string;
  refs: ListedRef[];
  /** Whether the page had more references than the scan keeps, so the list stops short. */
  capped: boolean;
}

/** Panel → page: scroll to this reference and open its card. */
export interface ShowRefMessage {
  type: 'show';
  id: number;
}

/** The most references one list carries: as many as a page's scan keeps (lib/page's MAX_PAGE_REFS). */
export const MAX_LISTED = 20_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** Whether a message from the panel is one the page acts on. */
export function isShowRefMessage(message: unknown): message is ShowRefMessage {
  return (
    isRecord(message) &&
    message.type === 'show' &&
    Number.isSafeInteger(message.id) &&
    (message.id as number) >= 0
  );
}

function isListedRef(value: unknown): value is ListedRef {
  return (
    isRecord(value) &&
    Number.isSafeInteger(value.id) &&
    typeof value.osis === 'string' &&
    typeof value.text === 'string' &&
    (value.translation === undefined || typeof value.translation === 'string')
  );
}

/**
 * Whether a message from a page is a well-formed list. The page code is ours, but it runs in a
 * renderer that a hostile page shares, so the panel takes nothing on trust.
 */
export function isPageRefsMessage(message: unknown): message is PageRefsMessage {
  return (
    isRecord(message) &&
    message.type === 'refs' &&
    typeof message.title === 'string' &&
    typeof message.capped === 'boolean' &&
    Array.isArray(message.refs) &&
    message.refs.length <= MAX_LISTED &&
    message.refs.every(isListedRef)
  );
}
