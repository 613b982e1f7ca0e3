/** The one message the background sends its offscreen document: text to put on the clipboard. */

/** Marks a message as meant for the offscreen clipboard writer. */
export const OFFSCREEN_COPY = 'intercede:offscreen-copy';

/** Text for the clipboard, from the background to the offscreen document. */
export interface OffscreenCopy {
  type: typeof OFFSCREEN_COPY;
  text: string;
}

/** Whether a runtime message is an OffscreenCopy. */
export function isOffscreenCopy(message: unknown): message is OffscreenCopy {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as OffscreenCopy).type === OFFSCREEN_COPY &&
    typeof (message as OffscreenCopy).text === 'string'
  );
}
