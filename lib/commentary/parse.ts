/**
 * Reads one note file: a front-matter block between `---` lines (`id`, `title`, `passages`,
 * `themes`, `related`, each on one line, lists in brackets) and a body of paragraphs separated
 * by blank lines. Every error names the file and the field, so a writer can fix it at once.
 */
import { parseOsis } from '../bible/osis';
import { isTheme, THEMES, type CommentaryNote } from './note';

/** A note file that cannot be compiled; the message names the file and the field. */
export class NoteError extends Error {
  override name = 'NoteError';
  constructor(
    /** The file, as the caller named it. */
    readonly file: string,
    /** The front-matter field at fault, `body`, or undefined for the file's shape. */
    readonly field: string | undefined,
    detail: string,
  ) {
    super(`${file}: ${field ? `${field}: ` : ''}${detail}`);
  }
}

const FIELDS = ['id', 'title', 'passages', 'themes', 'related'] as const;
type Field = (typeof FIELDS)[number];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `a/b/ot-x.md` → `ot-x`, or undefined when the name is not a Markdown file. */
function baseId(file: string): string | undefined {
  return /([^/\\]+)\.md$/.exec(file)?.[1];
}

/** A one-line value, with YAML-style quotes around it removed. */
function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2]! : value;
}

function list(file: string, field: Field, value: string): string[] {
  const m = /^\[(.*)\]$/.exec(value);
  if (!m) throw new NoteError(file, field, `must be a [bracketed, comma-separated] list, not "${value}"`);
  const items = m[1]!.split(',').map((item) => unquote(item.trim()));
  if (items.length === 1 && items[0] === '') return [];
  if (items.some((item) => item === '')) throw new NoteError(file, field, 'has an empty item');
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item)) throw new NoteError(file, field, `lists "${item}" twice`);
    seen.add(item);
  }
  return items;
}

function frontMatter(file: string, block: string): Record<Field, string> {
  const fields: Partial<Record<Field, string>> = {};
  for (const line of block.split('\n')) {
    if (line.trim() === '') continue;
    const m = /^([A-Za-z_-]+):(?:\s+(.*))?$/.exec(line);
    if (!m) throw new NoteError(file, undefined, `unreadable front-matter line "${line}"`);
    const key = m[1]!;
    if (!(FIELDS as readonly string[]).includes(key)) {
      throw new NoteError(file, key, `unknown field (expected ${FIELDS.join(', ')})`);
    }
    if (fields[key as Field] !== undefined) throw new NoteError(file, key, 'appears twice');
    fields[key as Field] = (m[2] ?? '').trim();
  }
  for (const key of FIELDS) {
    if (fields[key] === undefined) throw new NoteError(file, key, 'is missing');
  }
  return fields as Record<Field, string>;
}

function passagesOf(file: string, value: string): string[] {
  const passages = list(file, 'passages', value);
  if (passages.length === 0) throw new NoteError(file, 'passages', 'lists no passage');
  for (const osis of passages) {
    if (osis.includes(',')) throw new NoteError(file, 'passages', `"${osis}" must be one range`);
    try {
      parseOsis(osis);
    } catch (error) {
      throw new NoteError(
        file,
        'passages',
        `"${osis}" is not a valid OSIS range: ${(error as Error).message}`,
      );
    }
  }
  return passages;
}

function paragraphsOf(file: string, body: string): string[] {
  const paragraphs = body
    .split(/\n[ \t]*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (paragraphs.length === 0) throw new NoteError(file, 'body', 'is empty');
  for (const p of paragraphs) {
    // The pack carries plain strings: Markdown markup would reach readers as stray symbols.
    if (/^(?:#|[-*+] |\d+\. |>)/.test(p) || /\*\*|__|`|\]\(/.test(p)) {
      throw new NoteError(
        file,
        'body',
        `uses Markdown markup; write plain paragraphs ("${p.slice(0, 40)}…")`,
      );
    }
  }
  return paragraphs;
}

/**
 * Parses one note file. `file` names it in errors, and when it ends in `.md` the `id` must
 * equal its base name.
 * @throws NoteError naming the file and the field that is wrong.
 */
export function parseNote(source: string, file: string): CommentaryNote {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?)\n---[ \t]*(?:\n([\s\S]*))?$/.exec(text);
  if (!m) throw new NoteError(file, undefined, 'must start with front matter between two "---" lines');
  const fields = frontMatter(file, m[1]!);

  const id = fields.id;
  if (!KEBAB.test(id)) throw new NoteError(file, 'id', `"${id}" is not kebab-case`);
  const expected = baseId(file);
  if (expected !== undefined && expected !== id) {
    throw new NoteError(file, 'id', `"${id}" does not match the file name (expected "${expected}")`);
  }
  const title = unquote(fields.title);
  if (!title) throw new NoteError(file, 'title', 'is empty');

  const themes = list(file, 'themes', fields.themes);
  if (themes.length === 0) throw new NoteError(file, 'themes', 'lists no theme');
  for (const theme of themes) {
    if (!isTheme(theme)) {
      throw new NoteError(file, 'themes', `unknown theme "${theme}" (expected one of ${THEMES.join(', ')})`);
    }
  }
  const related = list(file, 'related', fields.related);
  for (const other of related) {
    if (!KEBAB.test(other)) throw new NoteError(file, 'related', `"${other}" is not a note id`);
    if (other === id) throw new NoteError(file, 'related', 'names the note itself');
  }
  return {
    id,
    title,
    passages: passagesOf(file, fields.passages),
    themes: themes.filter(isTheme),
    related,
    paragraphs: paragraphsOf(file, m[2] ?? ''),
  };
}
