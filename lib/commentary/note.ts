/**
 * Commentary notes: our own short notes on the passages about intercession, written as
 * Markdown files with front matter in lib/commentary/notes/ and compiled into a data pack.
 * This module holds what every context may know of a note; parsing is in ./parse.
 */

/** The themes a note may carry, in the order the about page lists them. */
export const THEMES = [
  'human-intercessors',
  'priesthood',
  'christ-intercedes',
  'spirit-intercedes',
  'standing-in-the-gap',
  'praying-for-others',
  'accuser-answered',
  'grace-and-access',
] as const;

/** A theme id. */
export type Theme = (typeof THEMES)[number];

/** Whether `value` is one of the themes. */
export function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}

/** One compiled note, as the pack carries it. */
export interface CommentaryNote {
  /** The note's file name without `.md`, kebab-case. */
  id: string;
  title: string;
  /** OSIS ranges the note is about, e.g. `Heb.7.23-Heb.7.25`. */
  passages: string[];
  themes: Theme[];
  /** Ids of other notes a reader may go on to. */
  related: string[];
  /** Plain-text paragraphs, line breaks inside a paragraph joined by spaces. */
  paragraphs: string[];
}
