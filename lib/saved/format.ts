/**
 * Saved verses as files: a JSON backup that imports back without loss, and Markdown and
 * CSV for reading elsewhere. Pure, so every rule is unit-tested.
 */
import type { TranslationId } from '../bible/translations';
import { isoTime, MAX_TAG, MAX_TAGS, parseSavedInput, type SavedInput } from './schema';

/** One saved passage. */
export interface SavedVerse {
  id?: number;
  osis: string;
  translation: TranslationId;
  label: string;
  text: string;
  /**
   * The translation shown beside the first when it was saved (the reader's second
   * translation), with its text. Absent on items saved with one, and on every item saved
   * before there were two: no database upgrade is needed.
   */
  second?: TranslationId;
  secondText?: string;
  note: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

/**
 * Whether a passage is saved, and whether the reader has written on it (a note or tags):
 * removing an annotated verse loses the reader's own words, so it is confirmed first.
 */
export type SavedState = 'unsaved' | 'saved' | 'annotated';

/** The state of a saved item (or of none). */
export function savedState(item: Pick<SavedVerse, 'note' | 'tags'> | undefined): SavedState {
  if (!item) return 'unsaved';
  return item.note.trim() !== '' || item.tags.length > 0 ? 'annotated' : 'saved';
}

/** The export formats. */
export type ExportFormat = 'json' | 'markdown' | 'csv';

/** The marker and version of a JSON backup. */
export const BACKUP_FORMAT = 'intercede-saved-verses';
export const BACKUP_VERSION = 1;
/** Larger files are refused before parsing. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** A backup may hold at most this many items (a reader with more can export in parts). */
export const MAX_IMPORT_ITEMS = 10_000;

/** A backup file that cannot be imported; nothing was changed. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** The JSON backup of a list. */
export function toJson(items: readonly SavedVerse[], now = Date.now()): string {
  const clean = items.map(
    ({ osis, translation, label, text, second, secondText, note, tags, createdAt, updatedAt }) => ({
      osis,
      translation,
      label,
      text,
      // Only items that have one carry the second translation, so a backup of one translation reads as before.
      ...(second ? { second, secondText } : {}),
      note,
      tags,
      createdAt,
      updatedAt,
    }),
  );
  return JSON.stringify(
    { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, items: clean },
    null,
    2,
  );
}

/** Markdown: one section per passage, with its note and tags. */
export function toMarkdown(items: readonly SavedVerse[]): string {
  const parts = items.map((v) => {
    const lines = v.second
      ? [
          `## ${v.label} (${v.translation}, ${v.second})`,
          '',
          `> ${v.translation}: ${v.text}`,
          '>',
          `> ${v.second}: ${v.secondText ?? ''}`,
        ]
      : [`## ${v.label} (${v.translation})`, '', `> ${v.text}`];
    if (v.note) lines.push('', v.note);
    if (v.tags.length) lines.push('', v.tags.map((t) => `#${t}`).join(' '));
    return lines.join('\n');
  });
  return `# My verses\n\n${parts.join('\n\n')}\n`;
}

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP's CSV injection list),
 * with the Unicode minus; full-width and small forms (＝, ﹢…) fold to these under NFKC.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\u2212']);

/**
 * Whether a spreadsheet could take the cell for a formula: it starts with a tab, CR or LF
 * (some programs drop them and read on), or its first character after any white space is a
 * trigger in any width.
 */
export function isFormulaLike(value: string): boolean {
  if (/^[\t\r\n]/.test(value)) return true;
  return FORMULA_START.has(value.trimStart().charAt(0).normalize('NFKC'));
}

function csvCell(value: string): string {
  // Quote every cell; a leading apostrophe makes a formula-like cell plain text.
  const safe = isFormulaLike(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** CSV with a header row. */
export function toCsv(items: readonly SavedVerse[]): string {
  // The second translation's columns come last, so a sheet made for the first seven still reads.
  const header = [
    'reference',
    'osis',
    'translation',
    'text',
    'note',
    'tags',
    'saved',
    'second translation',
    'second text',
  ];
  const rows = items.map((v) =>
    [
      v.label,
      v.osis,
      v.translation,
      v.text,
      v.note,
      v.tags.join(' '),
      isoTime(v.createdAt),
      v.second ?? '',
      v.secondText ?? '',
    ].map(csvCell),
  );
  return [header.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

function fail(message: string): never {
  throw new ImportError(message);
}

/**
 * Reads a JSON backup, checking every item against the saved-verse schema; throws
 * ImportError naming the first problem. Labels and texts in the file are not returned: the
 * importer makes them again from the bundled packs.
 */
export function parseBackup(text: string): SavedInput[] {
  if (text.length > MAX_IMPORT_BYTES) fail(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    fail('The file is not valid JSON');
  }
  const root = data as { format?: unknown; version?: unknown; items?: unknown };
  if (typeof root !== 'object' || root === null || root.format !== BACKUP_FORMAT) {
    fail('This is not an Intercede saved-verses backup');
  }
  if (root.version !== BACKUP_VERSION) fail(`Backup version ${String(root.version)} is not supported`);
  if (!Array.isArray(root.items)) fail('The backup has no list of items');
  if (root.items.length > MAX_IMPORT_ITEMS) {
    fail(`The backup has ${root.items.length} items; at most ${MAX_IMPORT_ITEMS} can be imported at once`);
  }
  return root.items.map((raw: unknown, i) =>
    parseSavedInput(raw, `Item ${i + 1}`, (message) => new ImportError(message)),
  );
}

/** Tags typed as text ("prayer, hebrews  priesthood") as a clean list. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\s]+/)
        .map((t) => t.replace(/^#/, '').trim().toLowerCase().slice(0, MAX_TAG))
        .filter(Boolean),
    ),
  ].slice(0, MAX_TAGS);
}
