/**
 * Saved verses as files: a JSON backup that imports back without loss, and Markdown and
 * CSV for reading elsewhere. Pure, so every rule is unit-tested.
 */
import { isValidOsis } from '../bible/osis';
import { isTranslationId, type TranslationId } from '../bible/translations';

/** One saved passage. */
export interface SavedVerse {
  id?: number;
  osis: string;
  translation: TranslationId;
  label: string;
  text: string;
  note: string;
  tags: string[];
  createdAt: number;
  updatedAt: number;
}

/** The marker and version of a JSON backup. */
export const BACKUP_FORMAT = 'intercede-saved-verses';
export const BACKUP_VERSION = 1;
/** Larger files are refused before parsing. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Tags and notes are kept to sane sizes. */
export const MAX_NOTE = 10_000;
export const MAX_TAGS = 20;

/** A backup file that cannot be imported; nothing was changed. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** The JSON backup of a list. */
export function toJson(items: readonly SavedVerse[], now = Date.now()): string {
  const clean = items.map(({ osis, translation, label, text, note, tags, createdAt, updatedAt }) => ({
    osis,
    translation,
    label,
    text,
    note,
    tags,
    createdAt,
    updatedAt,
  }));
  return JSON.stringify(
    { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now, items: clean },
    null,
    2,
  );
}

/** Markdown: one section per passage, with its note and tags. */
export function toMarkdown(items: readonly SavedVerse[]): string {
  const parts = items.map((v) => {
    const lines = [`## ${v.label} (${v.translation})`, '', `> ${v.text}`];
    if (v.note) lines.push('', v.note);
    if (v.tags.length) lines.push('', v.tags.map((t) => `#${t}`).join(' '));
    return lines.join('\n');
  });
  return `# My verses\n\n${parts.join('\n\n')}\n`;
}

function csvCell(value: string): string {
  // Quote every cell; a leading =, +, - or @ is neutralised so spreadsheets don't run it.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** CSV with a header row. */
export function toCsv(items: readonly SavedVerse[]): string {
  const header = ['reference', 'osis', 'translation', 'text', 'note', 'tags', 'saved'];
  const rows = items.map((v) =>
    [
      v.label,
      v.osis,
      v.translation,
      v.text,
      v.note,
      v.tags.join(' '),
      new Date(v.createdAt).toISOString(),
    ].map(csvCell),
  );
  return [header.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}

function fail(message: string): never {
  throw new ImportError(message);
}

/** Reads a JSON backup, checking every item; throws ImportError naming the first problem. */
export function parseBackup(text: string): Omit<SavedVerse, 'id'>[] {
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
  return root.items.map((raw: unknown, i) => {
    const item = raw as Record<string, unknown>;
    const where = `Item ${i + 1}`;
    if (typeof item !== 'object' || item === null) fail(`${where} is not an object`);
    if (typeof item.osis !== 'string' || !isValidOsis(item.osis)) fail(`${where} has no valid reference`);
    if (!isTranslationId(item.translation)) fail(`${where} has an unknown translation`);
    for (const key of ['label', 'text', 'note'] as const) {
      if (typeof item[key] !== 'string' || (item[key] as string).length > MAX_NOTE)
        fail(`${where}: "${key}" is not text`);
    }
    if (
      !Array.isArray(item.tags) ||
      item.tags.length > MAX_TAGS ||
      !item.tags.every((t) => typeof t === 'string')
    ) {
      fail(`${where}: "tags" must be a list of words`);
    }
    for (const key of ['createdAt', 'updatedAt'] as const) {
      if (typeof item[key] !== 'number' || !Number.isFinite(item[key]))
        fail(`${where}: "${key}" is not a date`);
    }
    return {
      osis: item.osis,
      translation: item.translation,
      label: item.label as string,
      text: item.text as string,
      note: item.note as string,
      tags: (item.tags as string[]).map((t) => t.trim()).filter(Boolean),
      createdAt: item.createdAt as number,
      updatedAt: item.updatedAt as number,
    };
  });
}

/** Tags typed as text ("prayer, hebrews  priesthood") as a clean list. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,\s]+/)
        .map((t) => t.replace(/^#/, '').trim().toLowerCase())
        .filter(Boolean),
    ),
  ].slice(0, MAX_TAGS);
}
