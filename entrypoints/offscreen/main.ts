import { answerOffscreenCopy } from '@/lib/clipboard/offscreen-copy';

// Chrome's MV3 service worker has no DOM: the background opens this page to write the clipboard.
browser.runtime.onMessage.addListener((message, sender) =>
  answerOffscreenCopy(message, sender, {
    id: browser.runtime.id,
    extensionUrl: browser.runtime.getURL('/'),
    doc: document,
  }),
);
