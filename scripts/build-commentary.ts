/**
 * `npm run data` (second step): compiles the commentary notes in lib/commentary/notes/ into
 * public/data/commentary.json. A malformed note stops the build with its file and field;
 * a `related` id that names no note is dropped with a warning (the unit tests forbid it).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoteError, parseNote, type Note } from '../lib/commentary/note';
import type { CommentaryPack } from '../lib/commentary/pack';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'lib/commentary/notes');

/** Reads and checks every note. */
export function compileNotes(): Note[] {
  const notes = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const note = parseNote(readFileSync(join(dir, file), 'utf8'), file);
      if (`${note.id}.md` !== file)
        throw new NoteError(`${file}: id "${note.id}" does not match the file name`);
      return note;
    });
  const ids = new Set(notes.map((n) => n.id));
  for (const note of notes) {
    const dangling = note.related.filter((id) => !ids.has(id));
    if (dangling.length)
      console.warn(`commentary: ${note.id} relates to missing notes: ${dangling.join(', ')}`);
    note.related = note.related.filter((id) => ids.has(id));
  }
  return notes;
}

function main(): void {
  const notes = compileNotes();
  const json = JSON.stringify(notes);
  const pack: CommentaryPack = {
    version: createHash('sha256').update(json).digest('hex').slice(0, 12),
    notes,
  };
  mkdirSync(join(root, 'public/data'), { recursive: true });
  writeFileSync(join(root, 'public/data/commentary.json'), JSON.stringify(pack));
  console.log(`commentary: ${notes.length} notes (version ${pack.version})`);
}

try {
  main();
} catch (error) {
  if (error instanceof NoteError) {
    console.error(`commentary: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
