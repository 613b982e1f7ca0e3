/**
 * USFM, one book per file (a zip of them, as Paratext and eBible.org publish): `\id` names the
 * book, `\c` and `\v` number chapters and verses; footnotes, cross references, headings and
 * introductions are dropped, word attributes (`\w grace|strong="G5485"\w*`) keep their word,
 * `\d` (a psalm's title) is kept as the chapter's title.
 */
import { osisOfCode } from './book-codes';
import { VerseCollector, verseNumbers, type ImportMeta, type ParsedBible } from './collect';
import { ImportError } from './errors';
import { VerseText } from './verse-text';

/** Markers whose text up to their closing `\x*` is never verse text. */
const NOTES = new Set(['f', 'fe', 'x', 'ef', 'ex', 'fig', 'ca', 'va', 'vp', 'rb', 'jmp', 'cat']);
/** Markers whose line is never verse text (headings, titles, book metadata, introductions). */
const LINE_DROPPED =
  /^(?:id|ide|h\d?|toc\d?|toca\d?|rem|sts|usfm|mt\d?|mte\d?|ms\d?|mr|s\d?|sr|r|sp|sd\d?|cl|cd|cp|periph|i[a-z]*\d?)$/;
/** Character markers: their text runs on with the words around them. */
const CHARACTER =
  /^(?:w|wj|nd|add|qs|qac|sc|it|bd|bdit|em|no|tl|k|pn|png|ord|sig|bk|dc|sls|rq|ref|addpn|qt|lit|wg|wh|wa|ndx|sup|fw|pro)$/;

/** One book file. */
export interface UsfmFile {
  /** Its name in the archive; empty for a file read on its own (its errors then name no file). */
  name: string;
  text: string;
}

/** The position of a marker: its name and where its text starts. */
function markerAt(text: string, i: number): { name: string; end: number } {
  let k = i + 1;
  if (text[k] === '+') k++;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
    if (!word) break;
    k++;
  }
  const name = text.slice(text[i + 1] === '+' ? i + 2 : i + 1, k);
  if (text[k] === '*') return { name: `${name}*`, end: k + 1 };
  // One space (or a line end) after a marker belongs to it.
  if (text[k] === ' ' || text[k] === '\n' || text[k] === '\t') k++;
  else if (text[k] === '\r') k += text[k + 1] === '\n' ? 2 : 1;
  return { name, end: k };
}

function lineOf(text: string, offset: number, from: { line: number; at: number }): number {
  for (let n = text.indexOf('\n', from.at); n >= 0 && n < offset; n = text.indexOf('\n', n + 1)) {
    from.line++;
    from.at = n + 1;
  }
  if (from.at < offset) from.at = offset;
  return from.line;
}

/**
 * Reads one book into `collector`.
 * @throws ImportError naming what is wrong and the line (the caller adds the file).
 */
function readBook(text: string, collector: VerseCollector): string | undefined {
  let book: string | null | undefined;
  let chapter = 0;
  let versesInChapter = 0;
  let verse: { numbers: number[]; line: number; text: VerseText } | undefined;
  let title: VerseText | undefined;
  /** Inside a footnote or cross reference: its closing marker. */
  let note: string | undefined;
  /** Inside a line-dropped marker: until the next paragraph marker or line end. */
  let lineDropped = false;
  /** Inside `\w …|attributes\w*`: attributes are dropped. */
  let inAttributes = false;
  /** Open character markers: only inside one does `|` start attributes. */
  let inCharacter = 0;
  const lines = { line: 1, at: 0 };
  const sink = () => title ?? verse?.text;

  const endVerse = () => {
    if (!verse) return;
    const done = verse.text.finish();
    verse.numbers.forEach((n, i) => collector.verse(book!, chapter, n, i === 0 ? done : '', verse!.line));
    verse = undefined;
  };
  const endTitle = () => {
    if (title) collector.title(book!, chapter, title.finish());
    title = undefined;
  };
  const addText = (raw: string) => {
    if (note || !raw) return;
    let value = raw;
    if (lineDropped) {
      const newline = value.indexOf('\n');
      if (newline < 0) return;
      lineDropped = false;
      value = value.slice(newline);
    }
    if (inAttributes) return;
    const bar = value.indexOf('|');
    if (bar >= 0 && inCharacter > 0) {
      inAttributes = true;
      value = value.slice(0, bar);
    }
    sink()?.add(value);
  };

  let i = 0;
  while (i < text.length) {
    const slash = text.indexOf('\\', i);
    addText(text.slice(i, slash < 0 ? text.length : slash));
    if (slash < 0) break;
    const { name, end } = markerAt(text, slash);
    i = end;
    if (note) {
      if (name === `${note}*`) note = undefined;
      continue;
    }
    if (name.endsWith('*')) {
      if (CHARACTER.test(name.slice(0, -1))) {
        inAttributes = false;
        inCharacter = Math.max(0, inCharacter - 1);
      }
      continue;
    }
    if (/-[se]$/.test(name)) {
      // A USFM 3 milestone (`\qt-s |who="Pilate"\*`, unfoldingWord's `\zaln-s |x-strong="G1"\*`):
      // its attributes, up to the `\*` that closes it, are not verse text.
      const close = text.indexOf('\\*', end);
      if (close === text.indexOf('\\', end)) {
        if (close >= 0) i = close + 2;
        continue;
      }
    }
    const line = () => lineOf(text, slash, lines);
    if (NOTES.has(name)) {
      note = name;
      sink()?.soft();
      continue;
    }
    if (CHARACTER.test(name)) {
      inCharacter++;
      continue;
    }
    if (name === 'id') {
      // A file may hold several books: the last verse and title belong to the book before.
      endVerse();
      endTitle();
      chapter = 0;
      versesInChapter = 0;
      let k = end;
      while (k < text.length && /[A-Z0-9]/i.test(text[k]!)) k++;
      const code = text.slice(end, k);
      book = osisOfCode(code);
      if (book === undefined) throw new ImportError('importErrUnknownBookId', [code], line());
      lineDropped = true;
      continue;
    }
    if (book === undefined) throw new ImportError('importErrBeforeId', [name], line());
    if (book === null) {
      // Front matter, a glossary: nothing in it is a verse.
      lineDropped = true;
      continue;
    }
    if (name === 'c' || name === 'v') {
      let k = end;
      while (k < text.length && /[0-9a-z-]/i.test(text[k]!)) k++;
      const number = text.slice(end, k);
      i = text[k] === ' ' ? k + 1 : k;
      endVerse();
      endTitle();
      lineDropped = false;
      if (name === 'c') {
        chapter = parseInt(number, 10);
        if (!Number.isInteger(chapter) || chapter < 1)
          throw new ImportError('importErrChapterNotNumber', [number], line());
        versesInChapter = 0;
        continue;
      }
      if (chapter === 0) throw new ImportError('importErrVerseBeforeChapter', [number], line());
      const numbers = verseNumbers(number);
      if (!numbers) throw new ImportError('importErrVerseNotNumber', [number], line());
      verse = { numbers, line: line(), text: new VerseText() };
      versesInChapter++;
      continue;
    }
    if (name === 'd') {
      if (chapter > 0 && (versesInChapter === 0 || verse?.numbers[0] === 1)) {
        title = new VerseText();
        lineDropped = false;
      } else lineDropped = true;
      continue;
    }
    endTitle();
    if (LINE_DROPPED.test(name)) {
      lineDropped = true;
      continue;
    }
    // A paragraph or poetry marker: a break between words.
    lineDropped = false;
    verse?.text.soft();
  }
  if (note) throw new ImportError('importErrNoteUnclosed', [note], lineOf(text, text.length, lines));
  endVerse();
  endTitle();
  return book ?? undefined;
}

/**
 * Parses the USFM books of a zip (or a single file), reporting the share of files read.
 * @throws ImportError naming the file and line of what is wrong.
 */
export function parseUsfm(files: readonly UsfmFile[], progress?: (share: number) => void): ParsedBible {
  const collector = new VerseCollector();
  const seen = new Map<string, string>();
  files.forEach((file, n) => {
    progress?.(n / files.length);
    try {
      const book = readBook(file.text, collector);
      if (book) {
        const other = seen.get(book);
        if (other) throw new ImportError('importErrBookTwice', [book, other]);
        seen.set(book, file.name);
      }
    } catch (error) {
      throw error instanceof ImportError && file.name ? error.inFile(file.name) : error;
    }
  });
  progress?.(1);
  const meta: ImportMeta = { name: '', abbreviation: '', language: '', copyright: '' };
  return collector.result(meta);
}
