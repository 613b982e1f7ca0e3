/**
 * Turns one verse of SWORD's raw OSIS markup into plain text.
 *
 * Footnotes, section headings and editorial speaker labels are dropped; a canonical
 * psalm title is returned apart from the verse so it never reads as part of verse 1.
 * Structural tags (poetry lines, paragraphs) and footnotes are replaced by a soft break
 * that becomes a space only before a word that follows a word or a closing mark, so
 * "God<note>…</note>created" keeps its space where SWORD's own strip filter writes
 * "Godcreated", and "Christ,<note>…</note>to" reads "Christ, to".
 */

const SOFT = '\u0001';

const CANONICAL_TITLE = /<title\b[^>]*\bcanonical="true"[^>]*>([\s\S]*?)<\/title>/;
const ANY_TITLE = /<title\b[^>]*>[\s\S]*?<\/title>/g;
const NOTE = /<note\b[^>]*>[\s\S]*?<\/note>/g;
const SPEAKER = /<speaker\b[^>]*>[\s\S]*?<\/speaker>/g;
const STRUCTURAL = /<\/?(?:l|lg|lb|div|p|chapter|milestone|list|item|verse)\b[^>]*>/g;
const INLINE = /<[^>]+>/g;
/** What a space may come before: a word, or an opening quote or bracket. */
const OPENING = /[\p{L}\p{N}“‘(]/u;
/** Marks after which a word follows with a space: "Christ,<note>…</note>to" reads "Christ, to". */
const CLOSING = /[\p{L}\p{N},.;:!?”’)\]]/u;
const GAP = new RegExp(`[\\s${SOFT}]+`, 'g');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);/gi, (_, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? '';
  });
}

function flatten(markup: string): string {
  const text = decodeEntities(
    markup.replace(NOTE, SOFT).replace(SPEAKER, SOFT).replace(STRUCTURAL, SOFT).replace(INLINE, ''),
  );
  return text
    .replace(GAP, (gap, offset: number, whole: string) => {
      if (/\s/.test(gap)) return ' ';
      const before = whole[offset - 1];
      const after = whole[offset + gap.length];
      return before && after && CLOSING.test(before) && OPENING.test(after) ? ' ' : '';
    })
    .trim();
}

/** A verse as plain text, with its canonical title (psalm superscription) kept apart. */
export interface VerseText {
  text: string;
  title?: string;
}

/** Converts the raw OSIS of one verse entry to plain text. */
export function osisToText(raw: string): VerseText {
  // Anything after a chapter's closing milestone is book-level material (in the WEB,
  // a glossary follows Revelation 22:21), never verse text.
  const end = raw.indexOf('<chapter eID=');
  let markup = end >= 0 ? raw.slice(0, end) : raw;
  let title: string | undefined;
  const canonical = CANONICAL_TITLE.exec(markup);
  if (canonical) {
    title = flatten(canonical[1]!);
    markup = markup.slice(0, canonical.index) + SOFT + markup.slice(canonical.index + canonical[0].length);
  }
  const text = flatten(markup.replace(ANY_TITLE, SOFT));
  return title ? { text, title } : { text };
}
