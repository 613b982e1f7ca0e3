/**
 * What the reader is told of an import error, in English or Spanish, read from the real message
 * files: the parsers name a message and its values, the options page writes it.
 */
import { ImportError } from '@/lib/import/errors';
import type { ImportFailure } from '@/lib/import/worker-protocol';
import { getMessageIn, type Locale } from '../support/interface-language';

/** The reason of `error` as the reader reads it in `locale` (numbers written as Intl writes them there). */
export function reasonText(error: ImportError | ImportFailure, locale: Locale = 'en'): string {
  const format = new Intl.NumberFormat(locale);
  const args = error.args.map((value) => (typeof value === 'number' ? format.format(value) : value));
  const text = getMessageIn(locale, error.reason, args);
  if (!text) throw new Error(`no message ${error.reason}`);
  return text;
}

/** The reason with where it is, as the error's place reads: "42MRK.usfm, line 5: …". */
export function placedText(error: ImportError): string {
  const where = [error.file, error.line === undefined ? undefined : `line ${error.line}`]
    .filter(Boolean)
    .join(', ');
  return `${where}${where ? ': ' : ''}${reasonText(error)}`;
}

/** What the reader is told when `parse` refuses its file; throws when it does not refuse. */
export function refusalOf(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    if (error instanceof ImportError) return placedText(error);
    throw error;
  }
  throw new Error('expected an ImportError');
}
