/**
 * The other import formats made at test time from a parsed OSIS export (no Bible text is
 * committed): USFX, Zefania and USFM books, each with the markup a real file has around the
 * text (a footnote, a heading, a psalm title, a Strong's number), and a zip writer for USFM.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import { getBook } from '@/lib/bible/books';
import type { ImportedBook, ParsedBible } from '@/lib/import/collect';

const CODES =
  'GEN EXO LEV NUM DEU JOS JDG RUT 1SA 2SA 1KI 2KI 1CH 2CH EZR NEH EST JOB PSA PRO ECC SNG ISA JER LAM EZK DAN HOS JOL AMO OBA JON MIC NAM HAB ZEP HAG ZEC MAL MAT MRK LUK JHN ACT ROM 1CO 2CO GAL EPH PHP COL 1TH 2TH 1TI 2TI TIT PHM HEB JAS 1PE 2PE 1JN 2JN 3JN JUD REV'.split(
    ' ',
  );

/** The USFM/USFX code of an OSIS book id. */
export const codeOf = (book: string) => CODES[getBook(book)!.index]!;

const xml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** Each verse with text, in order: [chapter, verse, text]. */
function versesOf(book: ImportedBook): [number, number, string][] {
  return book.chapters.flatMap((verses, c) =>
    verses.flatMap((text, v) => (text === null ? [] : [[c + 1, v + 1, text] as [number, number, string]])),
  );
}

/** A USFX document of the parsed books. */
export function toUsfx(parsed: ParsedBible): string {
  const books = parsed.books.map((book) => {
    let out = `<book id="${codeOf(book.book)}"><id id="${codeOf(book.book)}">Test export</id><h>${book.book}</h>\n`;
    let chapter = 0;
    for (const [c, v, text] of versesOf(book)) {
      if (c !== chapter) {
        if (chapter) out += '</p>\n';
        chapter = c;
        out += `<c id="${c}"/><s>A heading</s>\n`;
        const title = book.titles?.[c];
        if (title) out += `<d>${xml(title)}</d>\n`;
        out += '<p>';
      }
      const note = v === 1 ? '<f caller="+"><fr>1:1 </fr><ft>A footnote.</ft></f>' : '';
      out += `<v id="${v}"/>${xml(text)}${note}<ve/>\n`;
    }
    return `${out}</p></book>\n`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<usfx xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n<languageCode>${
    parsed.meta.language === 'es' ? 'spa' : 'eng'
  }</languageCode>\n${books.join('')}</usfx>\n`;
}

/** A Zefania document of the parsed books. */
export function toZefania(parsed: ParsedBible): string {
  const books = parsed.books.map((book) => {
    let out = `<BIBLEBOOK bnumber="${getBook(book.book)!.index + 1}" bname="${book.book}">\n`;
    let chapter = 0;
    for (const [c, v, text] of versesOf(book)) {
      if (c !== chapter) {
        if (chapter) out += '</CHAPTER>\n';
        chapter = c;
        out += `<CHAPTER cnumber="${c}">\n`;
        const title = book.titles?.[c];
        if (title) out += `<CAPTION vref="1">${xml(title)}</CAPTION>\n`;
      }
      const note = v === 1 ? '<NOTE type="x-studynote">A footnote.</NOTE>' : '';
      out += `<VERS vnumber="${v}">${xml(text)}${note}</VERS>\n`;
    }
    return `${out}</CHAPTER>\n</BIBLEBOOK>\n`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>\n<XMLBIBLE xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" biblename="${xml(
    parsed.meta.name,
  )}">\n<INFORMATION><title>${xml(parsed.meta.name)}</title><identifier>TEST</identifier><language>${
    parsed.meta.language === 'es' ? 'SPA' : 'ENG'
  }</language><rights>Public domain.</rights></INFORMATION>\n${books.join('')}</XMLBIBLE>\n`;
}

/** One USFM file per parsed book: [file name, text]. */
export function toUsfm(parsed: ParsedBible): [string, string][] {
  return parsed.books.map((book) => {
    const code = codeOf(book.book);
    let out = `\\id ${code} Test export\n\\usfm 3.0\n\\h ${book.book}\n\\toc1 ${book.book}\n\\mt1 ${book.book}\n`;
    let chapter = 0;
    for (const [c, v, text] of versesOf(book)) {
      if (c !== chapter) {
        chapter = c;
        out += `\\c ${c}\n\\s1 A heading\n`;
        const title = book.titles?.[c];
        if (title) out += `\\d ${title}\n`;
        out += '\\p\n';
      }
      const [first, ...rest] = text.split(' ');
      // A Strong's number on the first word, and a footnote after verse 1.
      const words = `\\w ${first}|strong="H0001"\\w* ${rest.join(' ')}`.trimEnd();
      const note = v === 1 ? '\\f + \\fr 1:1 \\ft A footnote.\\f*' : '';
      out += `\\v ${v} ${words}${note}\n`;
    }
    const n = String(getBook(book.book)!.index + (getBook(book.book)!.index >= 39 ? 2 : 1)).padStart(2, '0');
    return [`${n}${code}TEST.usfm`, out];
  });
}

/** A zip of `files` (deflated), as a zip tool writes it. */
export function zip(files: [string, string | Uint8Array][]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of files) {
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    central.push(entry, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** The verse texts of `parsed` by OSIS id, to compare two parses of the same books. */
export function textsOf(parsed: ParsedBible): Map<string, string> {
  const texts = new Map<string, string>();
  for (const book of parsed.books) {
    for (const [c, v, text] of versesOf(book)) texts.set(`${book.book}.${c}.${v}`, text);
  }
  return texts;
}

/** The verses with text of a parsed file, placed and apart, by OSIS id. */
export function allVersesOf(
  parsed: ParsedBible & { apart: readonly { osis: string; text: string }[] },
): Record<string, string> {
  return {
    ...Object.fromEntries(textsOf(parsed)),
    ...Object.fromEntries(parsed.apart.map((v) => [v.osis, v.text])),
  };
}
