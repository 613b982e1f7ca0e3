/** Messages the background sends to a tab's content script (keyboard commands). */

/** Open the card for the reference at the selection, or the first one on screen. */
export interface OpenCardMessage {
  type: 'intercede:openCard';
}

/** Open the card of the reference after (1) or before (-1) the open one (the next/previous commands). */
export interface MoveCardMessage {
  type: 'intercede:moveCard';
  direction: 1 | -1;
}

/** What the page's scan holds, for the popup: answered with a PageStatus. */
export interface PageStatusMessage {
  type: 'intercede:pageStatus';
}

/** The popup's view of the page in the active tab. */
export interface PageStatus {
  /** References underlined on the page. */
  refs: number;
  /** Whether the page had more than the bound and the rest are not underlined. */
  capped: boolean;
}

/** Any message a content script accepts. */
export type TabMessage = OpenCardMessage | MoveCardMessage | PageStatusMessage;

/** Whether a message is one the content script handles. */
export function isTabMessage(message: unknown): message is TabMessage {
  const type =
    typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  if (type === 'intercede:moveCard') {
    const direction = (message as { direction?: unknown }).direction;
    return direction === 1 || direction === -1;
  }
  return type === 'intercede:openCard' || type === 'intercede:pageStatus';
}
