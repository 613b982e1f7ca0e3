import { describe, expect, it, vi } from 'vitest';
import { panelOpener } from '@/components/popup/open-panel';

describe('opening the side panel from the popup', () => {
  it('opens Chrome’s side panel for the popup’s window', async () => {
    const open = vi.fn(async () => undefined);
    const opener = panelOpener(3, { chrome: { sidePanel: { open } } });
    await opener!();
    expect(open).toHaveBeenCalledWith({ windowId: 3 });
  });

  it('opens Firefox’s sidebar', async () => {
    const open = vi.fn(async () => undefined);
    await panelOpener(undefined, { browser: { sidebarAction: { open } } })!();
    expect(open).toHaveBeenCalled();
  });

  it('offers nothing where the browser has no side panel (Firefox for Android), or no window is known', () => {
    expect(panelOpener(3, {})).toBeUndefined();
    expect(panelOpener(undefined, { chrome: { sidePanel: { open: vi.fn() } } })).toBeUndefined();
  });
});
