/**
 * What the popup's search box (in the first chunk) and its word results (loaded once something
 * is typed, see lazy-results.ts) share to make one ARIA combobox.
 */

/** The listbox's id, for the search box's aria-controls. */
export const RESULTS_ID = 'results';

/** The id of result `i`, for aria-activedescendant. */
export const hitId = (i: number) => `hit-${i}`;

/** What the search box says of the results below it. */
export interface ComboboxState {
  /** Whether the listbox holds results. */
  expanded: boolean;
  /** The id of the result the arrow keys stand on, if any. */
  activeId?: string;
}

/** Nothing listed, nothing chosen. */
export const CLOSED: ComboboxState = { expanded: false };
