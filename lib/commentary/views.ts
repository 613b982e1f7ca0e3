/** What the background sends about a passage's commentary, for the card and the popup. */

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
  topic: string;
  heading: string;
  refs: { osis: string; label: string }[];
}

/** The reply to getCommentary. */
export interface CommentaryReply {
  /** Ranked: exact, containing, overlapping, then same chapter. */
  notes: NoteView[];
  /** Only when no note overlaps the passage. */
  topics: TopicView[];
}
