/** The compiled commentary pack, public/data/commentary.json. */
import type { CommentaryNote } from './note';

/** What scripts/build-commentary.ts writes and the background loads. */
export interface CommentaryPack {
  /** A hash of the notes' content; a new one replaces the notes cached in IndexedDB. */
  version: string;
  /** Every note, sorted by id. */
  notes: CommentaryNote[];
}
