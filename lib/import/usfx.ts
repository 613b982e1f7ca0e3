/**
 * USFX XML (the eBible.org exports): `<book id="GEN">`, chapters and verses as milestones
 * (`<c id="1"/>`, `<v id="1"/>` … `<ve/>`), footnotes, cross references and headings dropped,
 * psalm titles (`<d>`) kept as chapter titles. Its language is `<languageCode>`; it carries no
 * name, which the reader gives.
 */
import { osisOfCode, languageTag } from './book-codes';
import { VerseCollector, verseNumbers, type ImportMeta, type ParsedBible } from './collect';
import { ImportError } from './errors';
import { VerseText } from './verse-text';
import { readXml, rootName } from './xml';

/** Elements whose text is never verse text. */
const DROPPED = new Set([
  'f',
  'fe',
  'x',
  'h',
  'toc',
  'rem',
  's',
  'ms',
  'mt',
  'r',
  'cl',
  'cp',
  'id',
  'ide',
  'fig',
  'ca',
  'va',
  'vp',
  'sts',
  'generated',
  'periph',
]);
/** Character styles: their text runs on with the words around them. */
const INLINE = new Set([
  'w',
  'wj',
  'nd',
  'add',
  'qs',
  'qac',
  'sc',
  'it',
  'bd',
  'bdit',
  'em',
  'no',
  'tl',
  'k',
  'pn',
  'ord',
  'sig',
  'bk',
  'dc',
  'sls',
  'rq',
  'ref',
  'rb',
  'wg',
  'wh',
  'wa',
  'ndx',
  'png',
  'addpn',
  'qt',
  'lit',
  'fw',
]);

/**
 * Parses a USFX document.
 * @throws ImportError naming what is wrong and the line.
 */
export function parseUsfx(source: string, progress?: (share: number) => void): ParsedBible {
  const root = rootName(source);
  if (root !== 'usfx') {
    throw new ImportError('importErrNotUsfx', [root ?? '?'], 1);
  }
  const collector = new VerseCollector();
  const meta: ImportMeta = { name: '', abbreviation: '', language: '', copyright: '' };
  let book: string | null | undefined;
  let chapter = 0;
  let verse: { numbers: number[]; line: number; text: VerseText } | undefined;
  let versesInChapter = 0;
  let dropped = 0;
  let title: VerseText | undefined;
  let language: string | undefined;

  const endVerse = () => {
    if (!verse) return;
    const text = verse.text.finish();
    verse.numbers.forEach((n, i) => collector.verse(book!, chapter, n, i === 0 ? text : '', verse!.line));
    verse = undefined;
  };

  readXml(
    source,
    {
      open(name, attributes, empty, line) {
        if (dropped > 0) {
          if (!empty) dropped++;
          return;
        }
        if (name === 'languageCode' && !empty) {
          language = '';
          return;
        }
        if (name === 'book') {
          endVerse();
          const code = attributes.id ?? '';
          book = osisOfCode(code);
          if (book === undefined) throw new ImportError('importErrUnknownBookId', [code], line());
          chapter = 0;
          return;
        }
        if (book === undefined || book === null) {
          if (!empty && name !== 'usfx') dropped = 1;
          return;
        }
        if (name === 'c') {
          endVerse();
          chapter = Number(attributes.id);
          if (!Number.isInteger(chapter) || chapter < 1) {
            throw new ImportError('importErrChapterNotNumber', [attributes.id ?? ''], line());
          }
          versesInChapter = 0;
          return;
        }
        if (name === 'v') {
          endVerse();
          if (chapter === 0)
            throw new ImportError('importErrVerseBeforeChapter', [attributes.id ?? ''], line());
          const numbers = verseNumbers(attributes.id ?? '');
          if (!numbers) throw new ImportError('importErrVerseNotNumber', [attributes.id ?? ''], line());
          verse = { numbers, line: line(), text: new VerseText() };
          versesInChapter++;
          return;
        }
        if (name === 've') return endVerse();
        if (name === 'd' && !empty) {
          if (versesInChapter === 0 || verse?.numbers[0] === 1) title = new VerseText();
          else {
            // A title inside a later verse (Habakkuk 3:19) is dropped like a heading: a break.
            dropped = 1;
            verse?.text.soft();
          }
          return;
        }
        if (DROPPED.has(name)) {
          if (!empty) dropped = 1;
          verse?.text.soft();
          return;
        }
        if (!INLINE.has(name)) (title ?? verse?.text)?.soft();
      },
      close(name) {
        if (dropped > 0) {
          dropped--;
          return;
        }
        if (name === 'languageCode') {
          meta.language = languageTag(language ?? '');
          language = undefined;
        } else if (name === 'book') {
          endVerse();
          book = undefined;
        } else if (name === 'd' && title) {
          collector.title(book!, chapter, title.finish());
          title = undefined;
        } else if (!INLINE.has(name)) verse?.text.soft();
      },
      text(value) {
        if (dropped > 0) return;
        if (language !== undefined) language += value;
        else if (title) title.add(value);
        else verse?.text.add(value);
      },
    },
    progress,
  );
  endVerse();
  return collector.result(meta);
}
