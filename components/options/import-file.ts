/**
 * The options page's side of an import: a file parsed in a Web Worker (lib/import/worker.ts),
 * its books then passed one at a time from the worker to the background, so neither the page's
 * thread nor one message ever holds the whole Bible.
 */
import type { BookId } from '@/lib/bible/books';
import type { ImportedBook, ImportMeta } from '@/lib/import/collect';
import {
  ImportFailed,
  unexpectedFailure,
  type FromWorker,
  type ImportSummary,
} from '@/lib/import/worker-protocol';
import type { Contract } from '@/lib/messaging/contract';
import { send } from '@/lib/messaging/send';

/** Parses one file and keeps it until its books are taken. */
export interface FileParser {
  /**
   * Parses `file`, reporting the share done.
   * @throws ImportFailed
   */
  parse(file: Blob, progress: (share: number) => void): Promise<ImportSummary>;
  /** One parsed book (undefined when the file has none of it). */
  book(id: BookId): Promise<ImportedBook | undefined>;
  /** Ends the worker. */
  close(): void;
}

/** A parser in a Web Worker: what the options page uses. */
export function workerParser(): FileParser {
  const worker = new Worker(new URL('../../lib/import/worker.ts', import.meta.url), { type: 'module' });
  let listener: ((message: FromWorker) => void) | undefined;
  worker.onmessage = ({ data }: MessageEvent<FromWorker>) => listener?.(data);
  return {
    parse(file, progress) {
      return new Promise((resolve, reject) => {
        listener = (message) => {
          if (message.type === 'progress') progress(message.share);
          else if (message.type === 'parsed') resolve(message.summary);
          else if (message.type === 'failed') reject(new ImportFailed(message.failure));
        };
        worker.onerror = (event) => reject(new ImportFailed(unexpectedFailure(event.message)));
        worker.postMessage({ type: 'parse', file });
      });
    },
    book(id) {
      return new Promise((resolve) => {
        listener = (message) => {
          if (message.type === 'book') resolve(message.book);
        };
        worker.postMessage({ type: 'book', book: id });
      });
    },
    close: () => worker.terminate(),
  };
}

/** What storing an import needs from the background (the real `send` by default). */
export type Sender = <K extends 'beginImport' | 'importBooks' | 'finishImport'>(
  type: K,
  fields: Contract[K]['request'],
) => Promise<Contract[K]['response']>;

/**
 * Sends a parsed file to the background book by book, reporting how many books are stored, and
 * finishes the import: all of it is stored then, or nothing.
 */
export async function storeImport(
  parser: FileParser,
  summary: ImportSummary,
  meta: ImportMeta,
  replace: boolean,
  progress: (done: number, total: number) => void,
  sender: Sender = send,
): Promise<Contract['finishImport']['response']> {
  const { token } = await sender('beginImport', { meta, format: summary.format, replace });
  let done = 0;
  for (const id of summary.books) {
    const book = await parser.book(id);
    if (book) await sender('importBooks', { token, books: [book] });
    progress(++done, summary.books.length);
  }
  return sender('finishImport', { token, apart: summary.apart, repairs: summary.repairs.count });
}
