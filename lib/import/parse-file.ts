/**
 * One entry for every import format: refuses a file too large before reading it, tells the
 * format from its first bytes (a zip, or the XML root element), and parses it.
 */
import type { ParsedBible } from './collect';
import { ImportError } from './errors';
import { parseOsis } from './osis';
import { rootName } from './xml';

/** The largest file accepted: a whole Bible with Strong's numbers is about 20-30 MB. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/** The formats, by what the reader sees in the file picker. */
export type ImportFormat = 'osis';

/**
 * Parses a translation file.
 * @param progress the share done, 0…1
 * @throws ImportError naming what is wrong and where; nothing partial is returned.
 */
export async function parseTranslationFile(
  bytes: Uint8Array,
  progress?: (share: number) => void,
): Promise<ParsedBible & { format: ImportFormat }> {
  checkSize(bytes.byteLength);
  const source = decodeText(bytes);
  const root = rootName(source.slice(0, 4096));
  if (root === 'osis') return { ...parseOsis(source, progress), format: 'osis' };
  throw new ImportError(
    root ? `its root element is <${root}>: an OSIS file starts with <osis>` : 'it is not an XML file (OSIS)',
    root ? 1 : undefined,
  );
}

/**
 * Refuses a file larger than MAX_IMPORT_BYTES; called with the size before the file is read.
 * @throws ImportError
 */
export function checkSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `the file is ${(bytes / 1048576).toFixed(1)} MB; the largest accepted is ${MAX_IMPORT_BYTES / 1048576} MB`,
    );
  }
}

/** UTF-8 (with or without a byte-order mark), or UTF-16 with one. */
function decodeText(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`the file is not valid ${encoding.toUpperCase()} text`);
  }
}
