/** What the background sends about a passage's commentary, for the card and the popup. */
import { formatOsis } from '../bible/osis';

/** A note as the card and popup show it. */
export interface NoteView {
  id: string;
  title: string;
  /** "Hebrews 7:23–25" */
  passagesLabel: string;
  paragraphs: string[];
  themes: string[];
  related: string[];
}

/** A Nave's Topical Bible section citing the passage, with its other references. */
export interface TopicView {
  /** The topic's name as Nave's writes it, e.g. "INTERCESSION". */
  topic: string;
  /** The section's heading, e.g. "OF MAN WITH GOD". */
  heading: string;
  /** The section's other references, in Nave's order. */
  refs: { osis: string; label: string }[];
}

/** The reply to getCommentary. */
export interface CommentaryReply {
  /** Ranked: exact, containing, overlapping, then same chapter. */
  notes: NoteView[];
  /** Only when no note overlaps the passage. */
  topics: TopicView[];
}

/** The fields of a compiled note a reader sees, wherever they are stored. */
export interface NoteFields {
  id: string;
  title: string;
  passages: readonly string[];
  paragraphs: string[];
  themes: string[];
  related: string[];
}

/** A note as a reader sees it: its passages as one label ("Exodus 32:11–14, 30–32"). */
export function noteView(note: NoteFields): NoteView {
  return {
    id: note.id,
    title: note.title,
    passagesLabel: formatOsis(note.passages.join(',')),
    paragraphs: note.paragraphs,
    themes: note.themes,
    related: note.related,
  };
}
