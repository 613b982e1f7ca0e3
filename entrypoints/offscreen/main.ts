import { answerOffscreenCopy } from '@/lib/clipboard/offscreen-copy';

// Chrome's MV3 service worker has no DOM: the background opens this page to write the clipboard.
// Answered through sendResponse: this page has Chrome's own API (wxt.config.ts), and the Chrome
// versions the manifest admits (116 on) did not yet let a listener answer by returning a promise.
browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const answer = answerOffscreenCopy(message, sender, {
    id: browser.runtime.id,
    extensionUrl: browser.runtime.getURL('/'),
    doc: document,
  });
  if (!answer) return false;
  void answer.then(sendResponse);
  return true;
});
