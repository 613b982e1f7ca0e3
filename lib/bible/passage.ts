/** What a passage lookup returns to every context. */
import type { BookId } from './books';
import type { TranslationAbout, TranslationId } from './translations';

/** One verse of a passage. */
export interface Verse {
  book: BookId;
  chapter: number;
  verse: number;
  text: string;
  /** The canonical title that stands before this verse (psalm superscriptions). */
  title?: string;
}

/** A looked-up passage. */
export interface Passage {
  /** The OSIS id as asked for. */
  osis: string;
  translation: TranslationId;
  /**
   * An imported translation's name, language and copyright line, so whatever shows the passage
   * can name it without asking; absent for the bundled ones (lib/bible/translations.ts has them).
   */
  about?: TranslationAbout;
  /** Display label, e.g. "Hebrews 4:14–16". */
  label: string;
  /** The verses in canonical order. */
  verses: Verse[];
  /** Verse slots inside the passage that this translation leaves empty (OSIS ids). */
  omitted: string[];
  /**
   * Present when the passage is longer than one answer may carry: this answer holds the
   * verse slots `from`…`from + count - 1` of `total` (see lib/bible/limit.ts).
   */
  page?: { from: number; count: number; total: number };
  /**
   * Where the answer came from: IndexedDB (`cache`), a book pack read for this lookup (`pack`),
   * or a pack the service worker read moments ago and still holds (`memory`).
   */
  source: 'cache' | 'pack' | 'memory';
}
