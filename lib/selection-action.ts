/** What the context menu does with selected text: open the passage it names, or search its words. */
import { formatOsis } from './bible/osis';
import { t, type MessageId } from './i18n';
import { findReferences } from './refs';

/** The outcome for a selection. */
export type SelectionAction =
  { kind: 'passage'; osis: string } | { kind: 'words'; text: string } | { kind: 'none' };

/** The first reference in the selection (any case), else its words; nothing for blank or huge selections. */
export function selectionAction(selection: string | undefined): SelectionAction {
  const text = (selection ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > 2000) return { kind: 'none' };
  const [match] = findReferences(text, { caseInsensitive: true });
  return match ? { kind: 'passage', osis: match.osis } : { kind: 'words', text: text.slice(0, 200) };
}

/** The context menu's items: their ids and the messages that title them. */
export const MENU_ITEMS = { lookup: 'menuLookUp', save: 'menuSave' } as const satisfies Record<
  string,
  MessageId
>;

/** What the background does for a menu click. */
export interface MenuActions {
  /** Leaves a query for the popup to pick up when it opens (the takeLookup request). */
  setPending(query: string | undefined): void;
  /** Opens the toolbar popup; rejects where the browser does not allow it. */
  openPopup(): Promise<void>;
  /** Opens the popup page with this query in a tab, where the popup itself cannot open. */
  openTab(query: string): Promise<void>;
  save(osis: string): Promise<void>;
}

/** Where a menu was opened or clicked (the browser's tab; none for some browser UI). */
interface MenuTab {
  incognito?: boolean;
}

/**
 * The parts of the context-menu API used, as Chrome's `contextMenus` and Firefox's
 * `contextMenus` (an alias of `menus`) both offer them; `onShown`, `update` and `refresh`
 * exist only in Firefox.
 */
export interface MenusApi {
  removeAll(): Promise<void>;
  create(item: { id: string; title: string; contexts: ['selection'] }): unknown;
  onClicked: {
    addListener(
      listener: (info: { menuItemId: string | number; selectionText?: string }, tab?: MenuTab) => void,
    ): void;
  };
  onShown?: { addListener(listener: (info: { selectionText?: string }, tab?: MenuTab) => void): void };
  update?(id: string, changes: { visible: boolean }): Promise<void>;
  refresh?(): Promise<void>;
}

/**
 * The selection menu, made every time the background starts: Firefox keeps no menus across a
 * browser restart, and removing them first keeps Chrome from refusing duplicate ids when its
 * worker starts again. Resolves once the items are created. Does nothing without a menu API
 * (Firefox for Android has none).
 */
export async function installSelectionMenu(menus: MenusApi | undefined, actions: MenuActions): Promise<void> {
  if (!menus) return;
  // In a private window nothing is saved: "Save" there looks the passage up instead.
  menus.onClicked.addListener(
    (info, tab) => void onMenuClick(tab?.incognito ? 'lookup' : info.menuItemId, info.selectionText, actions),
  );
  // Firefox can show "Save to my verses" only where it can save: a selection that names a
  // passage, outside a private window. Without host permission for the page the selection is
  // not reported; then the item stays (a click on words looks them up). Chrome has no onShown.
  menus.onShown?.addListener((info, tab) => {
    const visible =
      !tab?.incognito &&
      (info.selectionText === undefined || selectionAction(info.selectionText).kind === 'passage');
    void menus.update?.('save', { visible }).then(() => menus.refresh?.());
  });
  await menus.removeAll();
  for (const [id, title] of Object.entries(MENU_ITEMS))
    menus.create({ id, title: t(title), contexts: ['selection'] });
}

/**
 * One menu click. "Save" saves the passage the selection names and opens nothing; "Look up"
 * (and "Save" on a selection without a reference) opens the popup on the passage or on a
 * word search. The popup is opened before anything is awaited: Firefox allows openPopup only
 * while the click is still being handled.
 */
export async function onMenuClick(
  itemId: string | number,
  selectionText: string | undefined,
  actions: MenuActions,
): Promise<void> {
  const action = selectionAction(selectionText);
  if (action.kind === 'none') return;
  if (itemId === 'save' && action.kind === 'passage') return actions.save(action.osis);
  const query = action.kind === 'passage' ? formatOsis(action.osis) : action.text;
  actions.setPending(query);
  try {
    await actions.openPopup();
  } catch {
    actions.setPending(undefined);
    await actions.openTab(query);
  }
}
