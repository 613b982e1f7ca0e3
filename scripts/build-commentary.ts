/**
 * `npm run data` (second step): compiles the commentary notes in lib/commentary/notes/ into
 * public/data/commentary.json. Any invalid note — malformed front matter, a bad OSIS range,
 * an unknown theme, a duplicate id or a `related` id naming no note — stops the build, and
 * every problem is listed with its file and field.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCommentaryPack, InvalidNotesError } from '../lib/commentary/compile';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const notesDir = join(root, 'lib', 'commentary', 'notes');
const outFile = join(root, 'public', 'data', 'commentary.json');

function main(): void {
  const files = readdirSync(notesDir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({ file, source: readFileSync(join(notesDir, file), 'utf8') }));
  const pack = buildCommentaryPack(files, (text) =>
    createHash('sha256').update(text).digest('hex').slice(0, 12),
  );
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, JSON.stringify(pack));
  console.log(`commentary: ${pack.notes.length} notes (version ${pack.version})`);
}

try {
  main();
} catch (error) {
  if (error instanceof InvalidNotesError) {
    console.error(`commentary: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
