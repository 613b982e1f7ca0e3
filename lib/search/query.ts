/**
 * What the popup's one search box was given: a reference to open ("heb 7:25", "1 jn 2",
 * "Rom 8:34; Heb 7:25") or words to search for ("make intercession"). The reference finder
 * is a parameter, so this stays pure and the popup passes lib/refs' `findReferences`.
 */
import { foldWord, tokenize, type Language } from './tokenize';

/** A reference finder: lib/refs' `findReferences` or a stand-in with its shape. */
export type ReferenceFinder = (
  text: string,
  options: { caseInsensitive: boolean },
) => readonly { start: number; end: number; osis: string }[];

/** The most words a query uses; more would not narrow a verse-sized text any further. */
const MAX_QUERY_WORDS = 16;

/** The longest query accepted (characters). */
export const MAX_QUERY_LENGTH = 500;

/** A parsed query. */
export type ParsedQuery =
  | { kind: 'empty' }
  | { kind: 'reference'; osis: string }
  | {
      kind: 'words';
      /** Index terms in query order (repeats kept: they matter to phrases). */
      terms: string[];
      /**
       * The last word as typed so far (folded), when the query does not end after it: while
       * typing "interc", it stands for every term that begins so.
       */
      prefix?: string;
      /**
       * Quoted phrases (`"throne of grace"`), as `[first, end)` ranges of `terms`: a verse must
       * hold each as written, word after word, and its words are not widened to their families.
       */
      quoted?: [number, number][];
    };

// A phrase in straight or curly double quotes; one left open runs to the end (still being typed).
const QUOTED = /["“”„]([^"“”„]*)(?:["“”„]|$)/g;

// What may stand between references of a list typed as one query: "Rom 8:34; Heb 7:25 and Jas 5:16".
const BETWEEN_REFERENCES = /^(?:[\s.,;:&+]|and\b)*$/i;

/**
 * The OSIS id when the whole query is references (any case), else undefined: "heb 7:25" and
 * "Rom 8:34; Heb 7:25." are references; "see heb 7:25" and "make intercession" are not.
 */
export function queryReference(query: string, find: ReferenceFinder): string | undefined {
  const text = query.trim();
  if (!text || text.length > MAX_QUERY_LENGTH) return undefined;
  const matches = find(text, { caseInsensitive: true });
  if (matches.length === 0) return undefined;
  let at = 0;
  for (const m of matches) {
    if (!BETWEEN_REFERENCES.test(text.slice(at, m.start))) return undefined;
    at = m.end;
  }
  if (!BETWEEN_REFERENCES.test(text.slice(at))) return undefined;
  return matches.map((m) => m.osis).join(',');
}

/** Reads the search box. */
export function parseQuery(query: string, find: ReferenceFinder): ParsedQuery {
  const text = query.slice(0, MAX_QUERY_LENGTH);
  if (!text.trim()) return { kind: 'empty' };
  const osis = queryReference(text, find);
  if (osis) return { kind: 'reference', osis };
  return parseWords(text);
}

/** The words of a query that is not a reference (the background's half of parseQuery). */
export function parseWords(query: string, language: Language = 'en'): ParsedQuery {
  const tokens = tokenize(query.slice(0, MAX_QUERY_LENGTH), language).slice(0, MAX_QUERY_WORDS);
  if (tokens.length === 0) return { kind: 'empty' };
  const last = tokens.at(-1)!;
  // A word still being typed ends the text; "grace " (with a space) or "grace." is complete.
  const typing = last.end === query.length && last.end - last.start >= 2;
  const parsed: ParsedQuery = { kind: 'words', terms: tokens.map((t) => t.term) };
  if (typing) parsed.prefix = foldWord(query.slice(last.start, last.end));
  const quoted: [number, number][] = [];
  for (const m of query.matchAll(QUOTED)) {
    const from = m.index + 1;
    const to = from + m[1]!.length;
    const inside = tokens.map((t, i) => (t.start >= from && t.end <= to ? i : -1)).filter((i) => i >= 0);
    if (inside.length > 0) quoted.push([inside[0]!, inside.at(-1)! + 1]);
  }
  if (quoted.length > 0) parsed.quoted = quoted;
  return parsed;
}
