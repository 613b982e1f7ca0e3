/**
 * Reads the files of a zip archive with the platform's DecompressionStream ('deflate-raw'): the
 * central directory at its end lists the files, each is inflated on its own. Stored and
 * deflated entries only; zip64, encryption and archives that would inflate past a limit are
 * refused with a sentence saying so, before anything is inflated.
 */
import { ImportError } from './errors';

/** One file of an archive, inflated. */
export interface ZipFile {
  name: string;
  bytes: Uint8Array;
}

/** The most an archive may inflate to in all (a zip bomb is refused before inflating). */
const MAX_INFLATED = 96 * 1024 * 1024;

/** Whether the bytes start as a zip archive does. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The files of a zip whose names `wanted` accepts, in archive order.
 * @throws ImportError for a damaged, cut short, zip64, encrypted or too large archive.
 */
export async function readZip(bytes: Uint8Array, wanted: (name: string) => boolean): Promise<ZipFile[]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: 22 bytes, then a comment of up to 64 KB.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportError('importErrZipCut');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const start = view.getUint32(eocd + 16, true);
  if (count === 0xffff || start === 0xffffffff) throw new ImportError('importErrZip64');
  if (start + size > eocd) throw new ImportError('importErrZipDamaged');
  const entries: { name: string; method: number; compressed: number; inflated: number; offset: number }[] =
    [];
  const decoder = new TextDecoder();
  let p = start;
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== 0x02014b50) {
      throw new ImportError('importErrZipDamaged');
    }
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const inflated = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const offset = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extra + comment;
    if (name.endsWith('/') || !wanted(name)) continue;
    if (flags & 1) throw new ImportError('importErrZipEncrypted', [], undefined, name);
    if (method !== 0 && method !== 8) {
      throw new ImportError('importErrZipMethod', [method], undefined, name);
    }
    total += inflated;
    if (total > MAX_INFLATED) {
      throw new ImportError('importErrZipTooLarge', [MAX_INFLATED / 1048576]);
    }
    entries.push({ name, method, compressed, inflated, offset });
  }
  const files: ZipFile[] = [];
  for (const entry of entries) {
    const { offset, name } = entry;
    if (offset + 30 > bytes.length || view.getUint32(offset, true) !== 0x04034b50) {
      throw new ImportError('importErrZipEntryDamaged', [], undefined, name);
    }
    const dataStart = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    if (dataStart + entry.compressed > bytes.length)
      throw new ImportError('importErrZipCutShort', [], undefined, name);
    const data = bytes.subarray(dataStart, dataStart + entry.compressed);
    let out: Uint8Array;
    try {
      out = entry.method === 0 ? data : await inflate(data);
    } catch {
      throw new ImportError('importErrZipDataDamaged', [], undefined, name);
    }
    if (out.length !== entry.inflated) throw new ImportError('importErrZipDataDamaged', [], undefined, name);
    files.push({ name, bytes: out });
  }
  return files;
}
