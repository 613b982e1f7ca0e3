/** The offscreen document's side: copies what the background sends, and nothing from anyone else. */
import { isOffscreenCopy } from './protocol';

/**
 * Answers an OffscreenCopy from the extension's own background (its URL is under
 * `extensionUrl`; a content script's is its page's) by copying from a textarea of this
 * document; returns undefined for every other message, so the background's answers to
 * content scripts are never preempted.
 */
export function answerOffscreenCopy(
  message: unknown,
  sender: { id?: string; url?: string },
  self: { id: string; extensionUrl: string; doc: Document },
): Promise<boolean> | undefined {
  if (!isOffscreenCopy(message)) return undefined;
  if (sender.id !== self.id || !sender.url?.startsWith(self.extensionUrl)) return undefined;
  const { doc } = self;
  const area = doc.createElement('textarea');
  area.value = message.text;
  doc.body.append(area);
  area.select();
  try {
    // The async Clipboard API needs a focused document, which an offscreen one never is.
    return Promise.resolve(doc.execCommand('copy'));
  } finally {
    area.remove();
  }
}
