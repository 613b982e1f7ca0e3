/** Copying from the card, which runs inside a page we do not own. */

/**
 * Writes text to the clipboard. The async Clipboard API needs a secure page; elsewhere a
 * hidden textarea inside our own shadow root is selected and copied, so the page's DOM is
 * never touched.
 */
export async function copyToClipboard(text: string, shadow: ShadowRoot): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none;left:0;top:0';
    shadow.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}
