/**
 * Which parts of a page are never scanned: code and form fields, editors, our own UI,
 * and whatever the user or the page opted out.
 */

/** What the user's settings say about skipping. */
export interface SkipOptions {
  /** Skip `code`, `pre`, `kbd` and `samp` (setting "skip code blocks"). */
  skipCode: boolean;
  /** The user's exclude selectors, already checked to parse. */
  excludeSelectors: readonly string[];
}

const ALWAYS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
  'math',
  'head',
  'title',
]);
const CODE = new Set(['code', 'pre', 'kbd', 'samp']);

/**
 * Rich-text editors that are not plain contenteditable (or whose content is rendered
 * outside the editable node), matched by their well-known root classes.
 */
const EDITORS =
  '.ProseMirror, .cm-editor, .CodeMirror, .monaco-editor, .ql-editor, .ace_editor, .tox-edit-area, .DraftEditor-root';

/** A predicate answering "is this element's subtree skipped?", built once per settings change. */
export function createSkipTest(options: SkipOptions): (element: Element) => boolean {
  const user = options.excludeSelectors.length ? options.excludeSelectors.join(', ') : '';
  return (element) => {
    // localName: lower case in HTML and XHTML documents alike (tagName is upper case only in HTML).
    const tag = element.localName;
    if (ALWAYS.has(tag)) return true;
    if (options.skipCode && CODE.has(tag)) return true;
    // An SVG subtree (foreignObject too) goes with its root.
    if (tag === 'svg') return true;
    // Our own UI: every element we add carries the intercede- prefix.
    if (tag.startsWith('intercede-')) return true;
    // Most elements of an article have no attributes, and the tests below but the user's
    // read them: one call answers for all of those (this runs for every element of every page).
    if (!element.hasAttributes()) return user !== '' && element.matches(user);
    if (element.getAttribute('data-intercede') === 'off') return true;
    if (element.hasAttribute('hidden')) return true;
    const editable = element.getAttribute('contenteditable');
    if (editable !== null && editable !== 'false') return true;
    if (element.getAttribute('role') === 'textbox') return true;
    if (element.matches(EDITORS)) return true;
    return user !== '' && element.matches(user);
  };
}

/** Whether a selector parses in this document (the options page drops those that don't). */
export function isValidSelector(selector: string, doc: Document = document): boolean {
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}
