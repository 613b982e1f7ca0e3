/**
 * The messages between the options page and its import worker (lib/import/worker.ts): the page
 * sends the file, the worker parses it off the page's thread, reports progress and a summary,
 * then hands the books over one at a time as the page sends them on to the background.
 */
import type { BookId } from '../bible/books';
import type { ApartVerse, ImportedBook, ImportMeta, ParsedBible } from './collect';
import type { MessageId, Substitution } from '../i18n';
import { ImportError } from './errors';
import type { ImportFormat } from './parse-file';

/** What the page asks of the worker. */
export type ToWorker = { type: 'parse'; file: Blob } | { type: 'book'; book: BookId };

/** What a parsed file holds, for the reader to check before it is stored. */
export interface ImportSummary {
  format: ImportFormat;
  meta: ImportMeta;
  verses: number;
  /** The books of the 66 it has, in canonical order. */
  books: BookId[];
  missingBooks: BookId[];
  /** How many slots of its books it leaves empty, and the first few. */
  absent: { count: number; first: string[] };
  apart: ApartVerse[];
  repairs: { count: number; first?: string };
}

/** Why a file was refused: what is wrong (a message id and its substitutions), and where. */
export interface ImportFailure {
  reason: MessageId;
  args: Substitution[];
  line?: number;
  file?: string;
}

/** What the worker answers. */
export type FromWorker =
  | { type: 'progress'; share: number }
  | { type: 'parsed'; summary: ImportSummary }
  | { type: 'failed'; failure: ImportFailure }
  | { type: 'book'; book: ImportedBook | undefined };

/** A file that could not be imported, with what is wrong and where (on the page's side). */
export class ImportFailed extends Error {
  override name = 'ImportFailed';
  constructor(readonly failure: ImportFailure) {
    super(failure.reason);
  }
}

/** What the reader is shown of a parsed file. */
export function summarize(parsed: ParsedBible & { format: ImportFormat }): ImportSummary {
  return {
    format: parsed.format,
    meta: parsed.meta,
    verses: parsed.verses,
    books: parsed.books.map((b) => b.book),
    missingBooks: parsed.missingBooks,
    absent: { count: parsed.absent.length, first: parsed.absent.slice(0, 5) },
    apart: parsed.apart,
    repairs: parsed.repairs,
  };
}

/** Any error of a parse as what is said of it. */
export function failureOf(error: unknown): ImportFailure {
  if (error instanceof ImportError) {
    const failure: ImportFailure = { reason: error.reason, args: [...error.args] };
    if (error.line !== undefined) failure.line = error.line;
    if (error.file !== undefined) failure.file = error.file;
    return failure;
  }
  return unexpectedFailure(error instanceof Error ? error.message : String(error));
}

/** A fault of the reader itself, not of the file: said as it is, inside a sentence the reader can read. */
export function unexpectedFailure(message: string): ImportFailure {
  const reason: MessageId = 'importErrUnexpected';
  return { reason, args: [message] };
}
