/**
 * USFX, Zefania and a zip of USFM files, each made at test time from a few books of the
 * Reina-Valera exported by mod2osis: read back to the same verses, titles and absent slots as
 * the OSIS they came from, and refused with what is wrong and where when damaged.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOsis } from '@/lib/import/osis';
import type { ParsedBible } from '@/lib/import/collect';
import { ImportError } from '@/lib/import/errors';
import { MAX_IMPORT_BYTES, parseTranslationFile } from '@/lib/import/parse-file';
import { codeOf, textsOf, toUsfm, toUsfx, toZefania, zip } from './convert';
import { MOD2OSIS_MISSING, moduleOsis, osisBooks } from './module-export';
import { placedText, reasonText } from './reason';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The error a parse rejects with. */
async function failure(bytes: Uint8Array): Promise<ImportError> {
  const error = await parseTranslationFile(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof ImportError) return error;
  throw new Error(`expected an ImportError, got ${String(error)}`);
}

/** Replaces the first `from` in a file's text (a zip's first USFM file, for USFM). */
type Format = {
  name: string;
  make(parsed: ParsedBible, edit?: (text: string) => string): Uint8Array;
  duplicate(text: string): string;
  unknownBook(text: string): string;
  wrongRoot?(text: string): string;
};

const FORMATS: Format[] = [
  {
    name: 'usfx',
    make: (parsed, edit = (t) => t) => utf8(edit(toUsfx(parsed))),
    duplicate: (text) => text.replace('<v id="2"/>', '<v id="1"/>'),
    unknownBook: (text) => text.replace(`<book id="${codeOf('Jude')}">`, '<book id="XYZ">'),
    wrongRoot: (text) => text.replace('<usfx ', '<usfm ').replace('</usfx>', '</usfm>'),
  },
  {
    name: 'zefania',
    make: (parsed, edit = (t) => t) => utf8(edit(toZefania(parsed))),
    duplicate: (text) => text.replace('<VERS vnumber="2">', '<VERS vnumber="1">'),
    unknownBook: (text) => text.replace('bnumber="65"', 'bnumber="999"'),
    wrongRoot: (text) => text.replace('<XMLBIBLE ', '<BIBLE ').replace('</XMLBIBLE>', '</BIBLE>'),
  },
  {
    name: 'usfm',
    make: (parsed, edit = (t) => t) =>
      zip(toUsfm(parsed).map(([name, text], i) => [name, i === 0 ? edit(text) : text])),
    duplicate: (text) => text.replace('\\v 2 ', '\\v 1 '),
    unknownBook: (text) => text.replace(/^\\id [A-Z0-9]{3}/, '\\id XYZ'),
  },
];

describe.skipIf(MOD2OSIS_MISSING)('the other formats, made from a mod2osis export', () => {
  if (MOD2OSIS_MISSING) it.skip(MOD2OSIS_MISSING, () => undefined);
  let source: ParsedBible;
  beforeAll(() => {
    source = parseOsis(osisBooks(moduleOsis('spaRV1909eb'), ['Ruth', 'Ps', 'Jude']));
    // The Reina-Valera keeps its psalm titles in verse 1: two are added, to be carried too.
    source.books.find((b) => b.book === 'Ps')!.titles = { 3: 'Salmo de prueba.', 51: 'Otro título & más.' };
    // mod2osis exports the whole module first: seconds on a slow machine.
  }, 60_000);

  describe.each(FORMATS)('$name', (format) => {
    it('reads the same verses, psalm titles and absent slots as the OSIS they came from', async () => {
      const parsed = await parseTranslationFile(format.make(source));
      expect(parsed.format).toBe(format.name);
      expect(parsed.books.map((b) => b.book)).toEqual(['Ruth', 'Ps', 'Jude']);
      expect(textsOf(parsed)).toEqual(textsOf(source));
      expect(parsed.absent).toEqual(source.absent);
      const psalms = (p: ParsedBible) => p.books.find((b) => b.book === 'Ps')!.titles;
      expect(psalms(parsed)).toEqual(psalms(source));
      expect(psalms(parsed)).toEqual({ 3: 'Salmo de prueba.', 51: 'Otro título & más.' });
      if (format.name !== 'usfm') expect(parsed.meta.language).toBe('es');
    });

    it('refuses the file cut short', async () => {
      const whole = format.make(source);
      expect(reasonText(await failure(whole.subarray(0, Math.floor(whole.length * 0.6))))).toMatch(
        /cut short/,
      );
    });

    it('refuses a verse given twice, saying where', async () => {
      const error = await failure(format.make(source, format.duplicate));
      expect(reasonText(error)).toMatch(/^Ruth\.1\.1 appears twice \(first on line \d+\)$/);
      expect(error.line).toBeGreaterThan(1);
      if (format.name === 'usfm') expect(error.file).toBe(toUsfm(source)[0]![0]);
    });

    it('refuses an unknown book id', async () => {
      const error = await failure(format.make(source, format.unknownBook));
      expect(reasonText(error)).toMatch(/^unknown book (id "XYZ"|number "999")$/);
      expect(error.line).toBeGreaterThanOrEqual(1);
    });

    it.skipIf(!format.wrongRoot)('refuses a wrong root element, naming it', async () => {
      const error = await failure(format.make(source, format.wrongRoot));
      expect(reasonText(error)).toMatch(/its root element is <(usfm|BIBLE)>/);
    });
  });
});

describe('zip archives', () => {
  it('refuses a zip without USFM files, and a file over the size limit before reading it', async () => {
    expect(reasonText(await failure(zip([['readme.txt', 'hello']])))).toBe(
      'the zip holds no USFM file (.usfm or .sfm)',
    );
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(reasonText(await failure(big))).toMatch(/the largest accepted is 32 MB/);
  });

  it('names the file inside the zip where a fault is', async () => {
    const error = await failure(
      zip([
        ['41MATTEST.usfm', '\\id MAT\n\\c 1\n\\p\n\\v 1 The book.\n'],
        ['42MRKTEST.usfm', '\\id MRK\n\\c 1\n\\p\n\\v 1 The beginning \\f + \\ft a note\n'],
      ]),
    );
    expect(placedText(error)).toBe('42MRKTEST.usfm, line 5: a \\f is never closed: the file looks cut short');
  });

  it('reads a bridged verse onto its first number, leaving the others absent, and drops introductions', async () => {
    const parsed = await parseTranslationFile(
      zip([
        [
          '65JUDTEST.usfm',
          '\\id JUD\n\\ip An introduction.\n\\c 1\n\\p\n\\v 1-2 Two verses \\nd in\\nd* one.\n\\v 3 Next.\n',
        ],
      ]),
    );
    expect(parsed.books[0]!.chapters[0]!.slice(0, 4)).toEqual(['Two verses in one.', null, 'Next.', null]);
  });
});
