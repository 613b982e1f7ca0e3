import { describe, expect, it } from 'vitest';
import { ImportError } from '@/lib/import/errors';
import { checkSize, MAX_IMPORT_BYTES, parseTranslationFile } from '@/lib/import/parse-file';
import { zip } from './convert';
import { placedText } from './reason';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

/** `text` in UTF-16 with its byte-order mark. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
  return out;
}

const JUDE = '\\id JUD\n\\c 1\n\\p\n\\v 1 alpha beta\n';
const OSIS = '<osis><osisText><verse osisID="Jude.1.1">alpha beta</verse></osisText></osis>';
const USFX = '<usfx><book id="JUD"><c id="1"/><v id="1"/>alpha beta<ve/></book></usfx>';
const ZEFANIA =
  '<XMLBIBLE><BIBLEBOOK bnumber="65"><CHAPTER cnumber="1"><VERS vnumber="1">alpha beta</VERS></CHAPTER></BIBLEBOOK></XMLBIBLE>';

/** What a reader is told of a refused file, with where. */
async function refusal(file: Uint8Array): Promise<string> {
  const error = await parseTranslationFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ImportError) return placedText(error);
  throw new Error(`expected an ImportError, got ${String(error)}`);
}

describe('parseTranslationFile', () => {
  it.each<[string, Uint8Array, string]>([
    ['OSIS', utf8(OSIS), 'osis'],
    ['USFX', utf8(`<?xml version="1.0"?>\n${USFX}`), 'usfx'],
    ['Zefania', utf8(ZEFANIA), 'zefania'],
    ['a USFM file', utf8(JUDE), 'usfm'],
    ['a USFM file after blank lines and a byte-order mark', bytes([0xef, 0xbb, 0xbf], '\n \n', JUDE), 'usfm'],
    ['a zip of USFM files', zip([['65JUDTEST.usfm', JUDE]]), 'usfm'],
    ['OSIS in UTF-16LE', utf16(OSIS, true), 'osis'],
    ['OSIS in UTF-16BE', utf16(OSIS, false), 'osis'],
  ])('reads %s', async (_, file, format) => {
    const parsed = await parseTranslationFile(file);
    expect(parsed.format).toBe(format);
    expect(parsed.books[0]!.chapters[0]![0]).toBe('alpha beta');
  });

  it.each([
    'JUD.usfm',
    'JUD.USFM',
    'JUD.sfm',
    'JUD.SFM',
    'JUD.ptx',
    'JUD.usfm3',
    'JUD.sfm2',
    'dir/65JUD.usfm',
  ])('reads %s in a zip as USFM', async (name) => {
    const parsed = await parseTranslationFile(
      zip([
        ['readme.txt', 'x'],
        [name, JUDE],
      ]),
    );
    expect(parsed.books.map((b) => b.book)).toEqual(['Jude']);
  });

  it.each(['JUD.txt', 'JUD.usfm.txt', 'usfm', 'JUD.xsfm', 'JUD.usfmx'])(
    'leaves %s in a zip out',
    async (name) => {
      expect(await refusal(zip([[name, JUDE]]))).toBe('the zip holds no USFM file (.usfm or .sfm)');
    },
  );

  it('reports its progress through a zip of USFM files, ending at 1', async () => {
    const shares: number[] = [];
    await parseTranslationFile(
      zip([
        ['64-3JN.usfm', '\\id 3JN\n\\c 1\n\\v 1 alpha\n'],
        ['65-JUD.usfm', JUDE],
      ]),
      (share) => shares.push(share),
    );
    expect(shares).toEqual([0, 0.5, 1]);
  });

  it.each([
    [
      'an unknown root element',
      utf8('<?xml version="1.0"?>\n<html><body/></html>'),
      'line 1: its root element is <html>: an OSIS file starts with <osis>, a USFX file with <usfx>, a Zefania file with <XMLBIBLE>',
    ],
    [
      'a root element in other case',
      utf8('<OSIS></OSIS>'),
      'line 1: its root element is <OSIS>: an OSIS file starts with <osis>, a USFX file with <usfx>, a Zefania file with <XMLBIBLE>',
    ],
    [
      'plain text',
      utf8('Genesis 1:1 alpha'),
      'it is neither XML (OSIS, USFX, Zefania) nor a zip of USFM files',
    ],
    ['an empty file', new Uint8Array(), 'it is neither XML (OSIS, USFX, Zefania) nor a zip of USFM files'],
    [
      'USFM not at the start',
      utf8('x \\id JUD\n'),
      'it is neither XML (OSIS, USFX, Zefania) nor a zip of USFM files',
    ],
    [
      'a character cut at the end',
      bytes(OSIS.slice(0, 20), [0xf0, 0x9f, 0x98]),
      'the file ends in the middle of a character: it looks cut short',
    ],
    [
      'a character cut to one byte',
      bytes(OSIS.slice(0, 20), [0xc3]),
      'the file ends in the middle of a character: it looks cut short',
    ],
    ['a byte that is not UTF-8', bytes('<osis>', [0xff], '</osis>'), 'the file is not valid UTF-8 text'],
    ['0xFE second', bytes('<', [0xfe], 'osis/>'), 'the file is not valid UTF-8 text'],
    ['0xFF second', bytes('<', [0xff], 'osis/>'), 'the file is not valid UTF-8 text'],
    ['half a UTF-16LE mark', bytes([0xff], '<osis/>'), 'the file is not valid UTF-8 text'],
    ['half a UTF-16BE mark', bytes([0xfe], '<osis/>'), 'the file is not valid UTF-8 text'],
    ['one byte that is not UTF-8', bytes([0xff]), 'the file is not valid UTF-8 text'],
    [
      'a broken character before the end',
      bytes('<osis>', [0xf0, 0x9f], '</osis>'),
      'the file is not valid UTF-8 text',
    ],
    [
      'UTF-16LE cut in a character',
      utf16(OSIS, true).subarray(0, 21),
      'the file ends in the middle of a character: it looks cut short',
    ],
    [
      'UTF-16BE with a lone surrogate',
      utf16(`<osis>\uD800</osis>`, false),
      'the file is not valid UTF-16BE text',
    ],
    [
      'UTF-16LE with a lone surrogate',
      utf16(`<osis>\uDC00</osis>`, true),
      'the file is not valid UTF-16LE text',
    ],
    [
      'a zip with a file that is not UTF-8',
      zip([
        ['a.usfm', JUDE],
        ['b.usfm', bytes('\\id JUD ', [0xff], '\n\\c 1\n')],
      ]),
      'b.usfm: the file is not valid UTF-8 text',
    ],
    [
      'a zip with a file cut in a character',
      zip([['b.usfm', bytes('\\id JUD ', [0xe2, 0x80])]]),
      'b.usfm: the file ends in the middle of a character: it looks cut short',
    ],
  ])('refuses %s', async (_, file, text) => {
    expect(await refusal(file)).toBe(text);
  });
});

describe('a USFM book read on its own', () => {
  it('is refused with the line only: it has no file name inside an archive to give', async () => {
    const error = await parseTranslationFile(utf8('\\id JUD\n\\c 1\n\\v x alpha\n')).then(
      () => undefined,
      (e: unknown) => e as ImportError,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect(error!.file).toBeUndefined();
    expect(placedText(error!)).toBe('line 3: verse "x" is not a number');
  });
});

describe('a file that is not UTF-8 near its end', () => {
  // A Latin-1 file whose last accented letter is among its last three bytes: the bytes after it
  // are whole characters, so the file is written wrongly, not cut short.
  it.each<[string, Uint8Array]>([
    ['é two bytes before the end', bytes('\\id JUD\n\\c 1\n\\v 1 am', [0xe9], 'n\n')],
    ['ÿ before a line end', bytes('<osis>alpha</osis', [0xff], '\n')],
    ['a lead byte before two letters', bytes('<osis>alpha</osis>', [0xc3], 'ab')],
  ])('is refused as not UTF-8, not as cut short: %s', async (_, file) => {
    expect(await refusal(file)).toBe('the file is not valid UTF-8 text');
  });
});

describe('checkSize', () => {
  it('accepts a file of the largest size, and refuses one byte more, in MB to one decimal', () => {
    expect(() => checkSize(MAX_IMPORT_BYTES)).not.toThrow();
    expect(() => checkSize(MAX_IMPORT_BYTES + 1)).toThrow(
      expect.objectContaining({ reason: 'importErrTooLarge', args: [32, 32] }),
    );
    expect(() => checkSize(33.3 * 1024 * 1024)).toThrow(expect.objectContaining({ args: [33.3, 32] }));
    expect(() => checkSize(33.96 * 1024 * 1024)).toThrow(expect.objectContaining({ args: [34, 32] }));
  });
});
