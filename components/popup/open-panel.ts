/**
 * Opening the side panel ("References on this page") from the popup: Chrome's `sidePanel` or
 * Firefox's `sidebarAction`. Both refuse outside a user's click, so the window is looked up
 * beforehand and `open` is called in the click itself, before any await.
 */

interface PanelApis {
  chrome?: { sidePanel?: { open(options: { windowId: number }): Promise<void> } };
  browser?: { sidebarAction?: { open(): Promise<void> } };
}

/**
 * A function that opens the panel for window `windowId`, or undefined where the browser has no
 * side panel (Firefox for Android).
 */
export function panelOpener(windowId: number | undefined, scope: PanelApis = globalThis as PanelApis) {
  const sidePanel = scope.chrome?.sidePanel;
  if (sidePanel && windowId !== undefined) return () => sidePanel.open({ windowId });
  const sidebar = scope.browser?.sidebarAction;
  if (sidebar) return () => sidebar.open();
  return undefined;
}
