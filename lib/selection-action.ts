/** What the context menu does with selected text: open the passage it names, or search its words. */
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
