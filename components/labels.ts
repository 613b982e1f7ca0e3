/**
 * Passage labels in the interface's language: "Hebrews 7:25" in English, "Hebreos 7:25" in
 * Spanish. The background's labels (a passage's, a search hit's) are English; what the reader
 * sees is made here from the OSIS id. Nave's topics and the notes are English texts, so the
 * references inside them keep their English labels.
 */
import { bookName as nameIn, labelLanguage, type LabelLanguage } from '@/lib/bible/book-names';
import { BOOKS } from '@/lib/bible/books';
import { formatOsis } from '@/lib/bible/osis';
import { interfaceLanguage } from '@/lib/i18n';

/** The language labels are written in: the interface's. */
export function uiLabelLanguage(): LabelLanguage {
  return labelLanguage(interfaceLanguage());
}

/** A passage's label in the interface's language; the id itself when it is not a passage. */
export function passageLabel(osis: string): string {
  try {
    return formatOsis(osis, uiLabelLanguage());
  } catch {
    return osis;
  }
}

/** A book's name (by its canonical position) in the interface's language. */
export function bookName(index: number): string {
  return nameIn(BOOKS[index]!, uiLabelLanguage());
}
