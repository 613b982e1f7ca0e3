/**
 * One entry for every import format: refuses a file too large before reading it, tells the
 * format from its first bytes (a zip, or the XML root element), and parses it.
 */
import type { ParsedBible } from './collect';
import { ImportError } from './errors';
import { parseOsis } from './osis';
import { parseUsfm } from './usfm';
import { parseUsfx } from './usfx';
import { parseZefania } from './zefania';
import { isZip, readZip } from './zip';
import { rootName } from './xml';

/** The largest file accepted: a whole Bible with Strong's numbers is about 20-30 MB. */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

/** The formats, by what the reader sees in the file picker. */
export type ImportFormat = 'osis' | 'usfx' | 'zefania' | 'usfm';

/** A USFM book file's name, as Paratext and eBible.org write them. */
const USFM_NAME = /\.(?:usfm|sfm|ptx|u?sfm\d*)$/i;

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
  if (isZip(bytes)) {
    const files = await readZip(bytes, (name) => USFM_NAME.test(name));
    if (files.length === 0) throw new ImportError('importErrZipNoUsfm');
    const texts = files.map(({ name, bytes: data }) => {
      try {
        return { name, text: decodeText(data) };
      } catch (error) {
        throw error instanceof ImportError ? error.inFile(name) : error;
      }
    });
    return { ...parseUsfm(texts, progress), format: 'usfm' };
  }
  const source = decodeText(bytes);
  if (source.trimStart().startsWith('\\id ')) {
    // A lone book file: an error says its line, not a file name the reader never gave.
    return { ...parseUsfm([{ name: '', text: source }], progress), format: 'usfm' };
  }
  const root = rootName(source.slice(0, 4096));
  if (root === 'osis') return { ...parseOsis(source, progress), format: 'osis' };
  if (root === 'usfx') return { ...parseUsfx(source, progress), format: 'usfx' };
  if (root === 'XMLBIBLE') return { ...parseZefania(source, progress), format: 'zefania' };
  throw root ? new ImportError('importErrUnknownRoot', [root], 1) : new ImportError('importErrUnknownFormat');
}

/**
 * Refuses a file larger than MAX_IMPORT_BYTES; called with the size before the file is read.
 * @throws ImportError
 */
export function checkSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    // Megabytes to one decimal, written by the interface (40.5, "40,5" in Spanish).
    throw new ImportError('importErrTooLarge', [
      Math.round(bytes / 104857.6) / 10,
      MAX_IMPORT_BYTES / 1048576,
    ]);
  }
}

/**
 * UTF-8 (with or without a byte-order mark), or UTF-16 with one.
 * @throws ImportError
 */
function decodeText(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  const decoder = new TextDecoder(encoding, { fatal: true });
  let text: string;
  try {
    // Streaming holds back an unfinished character at the end instead of refusing it.
    text = decoder.decode(bytes, { stream: true });
  } catch {
    throw new ImportError('importErrEncoding', [encoding.toUpperCase()]);
  }
  try {
    return text + decoder.decode();
  } catch {
    // A character cut in two at the very end: the file was cut short, not written wrongly.
    throw new ImportError('importErrCutCharacter');
  }
}
