/**
 * Compiles the note files into the commentary pack, checking what no single file can:
 * duplicate ids and `related` ids that name no note. Pure over its inputs, so the build
 * script only reads files and writes the result.
 */
import type { CommentaryNote } from './note';
import type { CommentaryPack } from './pack';
import { NoteError, parseNote } from './parse';

/** One note file as read from disk. */
export interface NoteFile {
  /** The name errors use, e.g. `nt-always-lives-to-intercede.md`. */
  file: string;
  source: string;
}

/** Every problem found in the notes, one line each; the build prints them all at once. */
export class InvalidNotesError extends Error {
  override name = 'InvalidNotesError';
  constructor(readonly problems: string[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the commentary notes:\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
  }
}

/**
 * Parses and cross-checks the notes, sorted by id.
 * @throws InvalidNotesError listing every malformed note, duplicate id and dangling `related` id.
 */
export function compileNotes(files: readonly NoteFile[]): CommentaryNote[] {
  const problems: string[] = [];
  const notes: CommentaryNote[] = [];
  const fileOf = new Map<string, string>();
  for (const { file, source } of files) {
    let note: CommentaryNote;
    try {
      note = parseNote(source, file);
    } catch (error) {
      if (!(error instanceof NoteError)) throw error;
      problems.push(error.message);
      continue;
    }
    const first = fileOf.get(note.id);
    if (first !== undefined) {
      problems.push(`${file}: id: "${note.id}" is already the id of ${first}`);
      continue;
    }
    fileOf.set(note.id, file);
    notes.push(note);
  }
  for (const note of notes) {
    for (const other of note.related) {
      if (!fileOf.has(other)) problems.push(`${fileOf.get(note.id)}: related: no note has the id "${other}"`);
    }
  }
  if (problems.length > 0) throw new InvalidNotesError(problems);
  return notes.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The pack for these notes. Its version is `hash` of the notes' JSON, so any change to any
 * note (or to how notes compile) gives a new version, and an unchanged build the same one.
 * @throws InvalidNotesError
 */
export function buildCommentaryPack(
  files: readonly NoteFile[],
  hash: (text: string) => string,
): CommentaryPack {
  const notes = compileNotes(files);
  return { version: hash(JSON.stringify(notes)), notes };
}
