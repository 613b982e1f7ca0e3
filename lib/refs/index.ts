/**
 * The reference finder: finds Bible references in plain text however people write them,
 * validated against the versification. Pure — no DOM, no browser API — so it runs the same
 * in the content script, the popup, the background and Node.
 */
import { formatOsis } from '../bible/osis';
import { matchAt, type FindOptions, type RefMatch } from './scan';

export type { FindOptions, RefMatch } from './scan';

/**
 * Every reference in `text`, in order. Offsets are UTF-16 code units (`text.slice(start,
 * end) === match.text`), and `osis` follows openbibleinfo's forms: `Heb.4.14-Heb.4.16`,
 * `John.17`, `Matt.5-Matt.7`, `Rev.21.1-Rev.22.5`, `Phlm.1.6`, `Rom.8.1,Rom.8.34,Rom.10.9`.
 */
export function findReferences(text: string, options: FindOptions = {}): RefMatch[] {
  const opts = {
    caseInsensitive: options.caseInsensitive ?? false,
    chapterOnly: options.chapterOnly ?? true,
  };
  const out: RefMatch[] = [];
  const digits = /\d+/g;
  let floor = 0;
  for (let m = digits.exec(text); m; m = digits.exec(text)) {
    const match = matchAt(text, m.index, opts, floor);
    if (match) {
      out.push(match);
      floor = digits.lastIndex = match.end;
    }
  }
  return out;
}

/**
 * A display label for an OSIS id: full book names and en dashes — "Hebrews 4:14–16",
 * "1 John 2:1", "Romans 8:1, 34; 10:9".
 */
export function formatReference(osis: string): string {
  return formatOsis(osis);
}
