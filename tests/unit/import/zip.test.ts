import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImportError } from '@/lib/import/errors';
import { isZip, readZip } from '@/lib/import/zip';
import { placedText } from './reason';
import { zip } from './convert';

/** One file of a hand-made archive, with what a tool may write differently or wrongly. */
interface Entry {
  name: string;
  text: string;
  method?: number;
  flags?: number;
  /** The sizes the central directory states, when not the real ones. */
  inflated?: number;
  compressed?: number;
  /** An extra field and a comment, as zip tools add (timestamps, owners). */
  extra?: number;
  comment?: number;
}

/** An archive of `entries` (deflated unless `method` says otherwise), with an archive comment. */
function archive(entries: Entry[], comment = 0): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = Buffer.from(e.text, 'utf8');
    const packed = e.method === 0 ? data : deflateRawSync(data);
    const name = Buffer.from(e.name, 'utf8');
    const extra = Buffer.alloc(e.extra ?? 0, 0x55);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.method ?? 8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(e.flags ?? 0, 8);
    head.writeUInt16LE(e.method ?? 8, 10);
    head.writeUInt32LE(e.compressed ?? packed.length, 20);
    head.writeUInt32LE(e.inflated ?? data.length, 24);
    head.writeUInt16LE(name.length, 28);
    head.writeUInt16LE(extra.length, 30);
    head.writeUInt16LE(e.comment ?? 0, 32);
    head.writeUInt32LE(offset, 42);
    locals.push(local, name, extra, packed);
    central.push(head, name, extra, Buffer.alloc(e.comment ?? 0, 0x43));
    offset += 30 + name.length + extra.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(Math.min(comment, 0xffff), 20);
  return new Uint8Array(Buffer.concat([...locals, dir, end, Buffer.alloc(comment, 0x20)]));
}

const all = () => true;
const texts = async (bytes: Uint8Array, wanted: (name: string) => boolean = all) =>
  (await readZip(bytes, wanted)).map(({ name, bytes: data }) => [name, new TextDecoder().decode(data)]);

/** What a reader is told of a refused archive, with the file in it where known. */
async function refusal(bytes: Uint8Array): Promise<string> {
  const error = await readZip(bytes, all).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ImportError) return placedText(error);
  throw new Error(`expected an ImportError, got ${String(error)}`);
}

/** `bytes` with a little-endian number written at `at`. */
function patched(bytes: Uint8Array, at: number, value: number, size: 2 | 4): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  if (size === 2) view.setUint16(at, value, true);
  else view.setUint32(at, value, true);
  return copy;
}

describe('isZip', () => {
  it.each([
    [[0x50, 0x4b, 0x03, 0x04, 0x14], true],
    [[0x51, 0x4b, 0x03, 0x04], false],
    [[0x50, 0x4c, 0x03, 0x04], false],
    [[0x50, 0x4b, 0x05, 0x04], false],
    [[0x50, 0x4b, 0x03, 0x05], false],
    [[0x50, 0x4b, 0x03], false],
    [[], false],
  ])('%j starts a zip: %s', (bytes, is) => {
    expect(isZip(new Uint8Array(bytes))).toBe(is);
  });
});

describe('readZip', () => {
  it('reads deflated and stored files, with extra fields and comments, in archive order', async () => {
    const bytes = archive(
      [
        { name: 'b.usfm', text: 'beta beta beta', extra: 9, comment: 5 },
        { name: 'dir/', text: '', method: 0 },
        { name: 'a.usfm', text: 'alpha', method: 0, extra: 4 },
        { name: 'notes.txt', text: 'not wanted', flags: 1, method: 99 },
        { name: 'c.usfm', text: 'gamma ✓', comment: 3 },
      ],
      10,
    );
    expect(await texts(bytes, (name) => name.endsWith('.usfm'))).toEqual([
      ['b.usfm', 'beta beta beta'],
      ['a.usfm', 'alpha'],
      ['c.usfm', 'gamma ✓'],
    ]);
  });

  it('reads an empty archive as holding nothing, and leaves directories out', async () => {
    expect(await texts(archive([]))).toEqual([]);
    expect(
      await texts(
        archive([
          { name: 'books/', text: '', method: 0 },
          { name: 'books/a.usfm', text: 'alpha' },
        ]),
      ),
    ).toEqual([['books/a.usfm', 'alpha']]);
  });

  it('reads an archive with the longest comment a zip can have', async () => {
    expect(await texts(archive([{ name: 'a.usfm', text: 'alpha' }], 0xffff))).toEqual([['a.usfm', 'alpha']]);
  });

  it('reads an archive that is part of a larger buffer', async () => {
    const bytes = zip([['a.usfm', 'alpha']]);
    const larger = new Uint8Array(bytes.length + 8);
    larger.set(bytes, 8);
    expect(await texts(larger.subarray(8))).toEqual([['a.usfm', 'alpha']]);
  });

  it('reads an inflated size at the limit, refusing it only past the limit', async () => {
    const limit = 96 * 1024 * 1024;
    expect(await refusal(archive([{ name: 'a.usfm', text: 'alpha', inflated: limit }]))).toBe(
      'a.usfm: its compressed data is damaged',
    );
    expect(
      await refusal(
        archive([
          { name: 'a.usfm', text: 'alpha', inflated: limit / 2 },
          { name: 'b.usfm', text: 'beta', inflated: limit / 2 + 1 },
        ]),
      ),
    ).toBe('the zip inflates to more than 96 MB, the largest accepted');
  });

  const one = archive([{ name: 'a.usfm', text: 'alpha alpha alpha' }]);
  const eocd = one.length - 22;
  const dir = eocd - 46 - 'a.usfm'.length;

  it.each<[string, Uint8Array, string]>([
    [
      'too short for a zip',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04]),
      'the zip has no table of contents at its end: it looks cut short',
    ],
    [
      'cut short',
      one.subarray(0, one.length - 1),
      'the zip has no table of contents at its end: it looks cut short',
    ],
    [
      'a comment longer than a zip has',
      archive([{ name: 'a.usfm', text: 'alpha' }], 0x10000),
      'the zip has no table of contents at its end: it looks cut short',
    ],
    ['zip64 (count)', patched(one, eocd + 10, 0xffff, 2), 'zip64 archives are not read; zip the files again'],
    [
      'zip64 (offset)',
      patched(one, eocd + 16, 0xffffffff, 4),
      'zip64 archives are not read; zip the files again',
    ],
    [
      'a directory past its end',
      patched(one, eocd + 12, 47 + 'a.usfm'.length, 4),
      'the zip’s table of contents is damaged',
    ],
    ['more entries than it holds', patched(one, eocd + 10, 2, 2), 'the zip’s table of contents is damaged'],
    ['a damaged entry', patched(one, dir, 0x02014b51, 4), 'the zip’s table of contents is damaged'],
    ['encrypted', patched(one, dir + 8, 1, 2), 'a.usfm: the file is encrypted'],
    ['encrypted, other flags set', patched(one, dir + 8, 0x0809, 2), 'a.usfm: the file is encrypted'],
    [
      'bzip2',
      patched(one, dir + 10, 12, 2),
      'a.usfm: compressed with method 12; only stored and deflated files are read',
    ],
    ['a local header elsewhere', patched(one, dir + 42, 1, 4), 'a.usfm: its entry in the zip is damaged'],
    [
      'a local header past its end',
      patched(one, dir + 42, one.length - 2, 4),
      'a.usfm: its entry in the zip is damaged',
    ],
    [
      'a local header at its very end',
      patched(one, dir + 42, one.length - 30, 4),
      'a.usfm: its entry in the zip is damaged',
    ],
    ['data past its end', patched(one, dir + 20, one.length, 4), 'a.usfm: the zip is cut short'],
    [
      'a directory entry running into the end record',
      (() => {
        const bytes = patched(patched(one, eocd - 4, 0x02014b50, 4), eocd + 16, eocd - 4, 4);
        return patched(bytes, eocd + 12, 4, 4);
      })(),
      'the zip’s table of contents is damaged',
    ],
    [
      'stored data running to its very end',
      patched(patched(one, dir + 10, 0, 2), dir + 20, one.length - 30 - 'a.usfm'.length, 4),
      'a.usfm: its compressed data is damaged',
    ],
    ['a wrong inflated size', patched(one, dir + 24, 5, 4), 'a.usfm: its compressed data is damaged'],
    [
      'damaged data',
      patched(one, 30 + 'a.usfm'.length, 0xffffffff, 4),
      'a.usfm: its compressed data is damaged',
    ],
  ])('refuses an archive with %s', async (_, bytes, text) => {
    expect(await refusal(bytes)).toBe(text);
  });
});
