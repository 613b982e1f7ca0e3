/**
 * Commentary notes: our own short notes on the passages about intercession, written as
 * Markdown files with front matter in lib/commentary/notes/ and compiled into a data pack.
 */
import { parseOsis } from '../bible/osis';

/** The themes a note may carry. */
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

/** Display names of the themes. */
export const THEME_NAMES: Record<Theme, string> = {
  'human-intercessors': 'Human intercessors',
  priesthood: 'Priesthood and atonement',
  'christ-intercedes': 'Christ intercedes',
  'spirit-intercedes': 'The Spirit intercedes',
  'standing-in-the-gap': 'Standing in the gap',
  'praying-for-others': 'Praying for others',
  'accuser-answered': 'The accuser answered',
  'grace-and-access': 'Grace and access to God',
};

/** One compiled note. */
export interface Note {
  id: string;
  title: string;
  /** OSIS ranges the note is about. */
  passages: string[];
  themes: Theme[];
  related: string[];
  paragraphs: string[];
}

/** A note file that cannot be compiled; the message names the file and the field. */
export class NoteError extends Error {
  override name = 'NoteError';
}

function list(value: string, file: string, field: string): string[] {
  const m = /^\[(.*)\]$/.exec(value.trim());
  if (!m) throw new NoteError(`${file}: "${field}" must be a [bracketed, list]`);
  return m[1]!
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Parses one note file. @throws NoteError naming the file and what is wrong. */
export function parseNote(source: string, file: string): Note {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(source);
  if (!m) throw new NoteError(`${file}: missing front matter between --- lines`);
  const fields: Record<string, string> = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const f = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!f) throw new NoteError(`${file}: unreadable front matter line "${line}"`);
    fields[f[1]!] = f[2]!.trim();
  }
  for (const key of ['id', 'title', 'passages', 'themes', 'related']) {
    if (fields[key] === undefined) throw new NoteError(`${file}: missing "${key}"`);
  }
  const id = fields.id!;
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new NoteError(`${file}: id "${id}" is not kebab-case`);
  const passages = list(fields.passages!, file, 'passages');
  if (passages.length === 0) throw new NoteError(`${file}: no passages`);
  for (const osis of passages) {
    try {
      parseOsis(osis);
    } catch (error) {
      throw new NoteError(`${file}: passage ${(error as Error).message}`);
    }
  }
  const themes = list(fields.themes!, file, 'themes');
  for (const theme of themes) {
    if (!(THEMES as readonly string[]).includes(theme))
      throw new NoteError(`${file}: unknown theme "${theme}"`);
  }
  if (themes.length === 0) throw new NoteError(`${file}: no themes`);
  const paragraphs = m[2]!
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (paragraphs.length === 0) throw new NoteError(`${file}: no body`);
  return {
    id,
    title: fields.title!,
    passages,
    themes: themes as Theme[],
    related: list(fields.related!, file, 'related'),
    paragraphs,
  };
}
