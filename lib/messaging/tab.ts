/** Messages the background sends to a tab's content script (keyboard commands). */

/** Open the card for the reference at the selection, or the first one on screen. */
export interface OpenCardMessage {
  type: 'intercede:openCard';
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
export type TabMessage = OpenCardMessage | PageStatusMessage;

/** Whether a message is one the content script handles. */
export function isTabMessage(message: unknown): message is TabMessage {
  const type =
    typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return type === 'intercede:openCard' || type === 'intercede:pageStatus';
}
