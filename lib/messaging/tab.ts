/** Messages the background sends to a tab's content script (keyboard commands). */

/** Open the card for the reference at the selection, or the first one on screen. */
export interface OpenCardMessage {
  type: 'intercede:openCard';
}

/** Any message a content script accepts. */
export type TabMessage = OpenCardMessage;

/** Whether a message is one the content script handles. */
export function isTabMessage(message: unknown): message is TabMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'intercede:openCard'
  );
}
