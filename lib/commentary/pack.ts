/** The compiled commentary pack, public/data/commentary.json. */
import type { Note } from './note';

/** What scripts/build-commentary.ts writes and the background loads. */
export interface CommentaryPack {
  /** A hash of the notes; a new one replaces the cached notes. */
  version: string;
  notes: Note[];
}
