/** The first words of a passage, as the side panel shows them under its label. */
import type { Passage } from '@/lib/bible/passage';
import { firstVerse, parseOsis } from '@/lib/bible/osis';

/** About how many characters of the first verse the panel shows. */
export const SNIPPET_LENGTH = 90;

/** The OSIS id of a passage's first verse (a chapter's verse 1): all the panel needs to ask for. */
export function firstVerseOsis(osis: string): string {
  const { book, chapter, verse } = firstVerse(parseOsis(osis)[0]!);
  return `${book.id}.${chapter}.${verse}`;
}

/** The passage's first verse cut at a word near SNIPPET_LENGTH, with an ellipsis when cut. */
export function snippetOf(passage: Passage): string {
  const text = (passage.verses[0]?.text ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= SNIPPET_LENGTH) return text;
  const cut = text.lastIndexOf(' ', SNIPPET_LENGTH);
  return `${text.slice(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH).replace(/[,;:]$/, '')}…`;
}
