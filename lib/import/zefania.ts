/**
 * Zefania XML: `<XMLBIBLE>` with `<BIBLEBOOK bnumber>`, `<CHAPTER cnumber>`, `<VERS vnumber>`;
 * notes, cross references and remarks dropped, a caption before a chapter's first verse kept
 * as its title. `<INFORMATION>` gives the title, identifier, language and rights.
 */
import { languageTag, osisOfNumber } from './book-codes';
import { VerseCollector, type ImportMeta, type ParsedBible } from './collect';
import { ImportError } from './errors';
import { VerseText } from './verse-text';
import { readXml, rootName } from './xml';

/** Elements whose text is never verse text. */
const DROPPED = new Set(['NOTE', 'XREF', 'REMARK', 'PROLOG', 'MEDIA', 'DIV', 'SUP']);
const INFORMATION: Record<string, keyof ImportMeta> = {
  title: 'name',
  identifier: 'abbreviation',
  language: 'language',
  rights: 'copyright',
};

/**
 * Parses a Zefania document.
 * @throws ImportError naming what is wrong and the line.
 */
export function parseZefania(source: string, progress?: (share: number) => void): ParsedBible {
  const root = rootName(source);
  if (root !== 'XMLBIBLE') {
    throw new ImportError('importErrNotZefania', [root ?? '?'], 1);
  }
  const collector = new VerseCollector();
  const meta: ImportMeta = { name: '', abbreviation: '', language: '', copyright: '' };
  let info: keyof ImportMeta | undefined;
  let infoText = '';
  let inInformation = false;
  let book: string | undefined;
  let chapter = 0;
  let versesInChapter = 0;
  let verse: { n: number; line: number; text: VerseText } | undefined;
  let caption: VerseText | undefined;
  let dropped = 0;

  readXml(
    source,
    {
      open(name, attributes, empty, line) {
        if (dropped > 0) {
          if (!empty) dropped++;
          return;
        }
        if (name === 'XMLBIBLE') {
          meta.name = attributes.biblename ?? '';
          return;
        }
        if (name === 'INFORMATION') {
          inInformation = !empty;
          return;
        }
        if (inInformation) {
          info = INFORMATION[name];
          infoText = '';
          return;
        }
        if (name === 'BIBLEBOOK') {
          const n = Number(attributes.bnumber);
          book = osisOfNumber(n);
          if (!book) throw new ImportError('importErrUnknownBookNumber', [attributes.bnumber ?? ''], line());
          // A new book has no chapter yet: a verse before its first <CHAPTER> is refused, not
          // stored under the chapter number the book before ended on.
          chapter = 0;
          return;
        }
        if (name === 'CHAPTER') {
          chapter = Number(attributes.cnumber);
          if (!book) throw new ImportError('importErrChapterOutsideBook', [], line());
          if (!Number.isInteger(chapter) || chapter < 1) {
            throw new ImportError('importErrChapterNotNumber', [attributes.cnumber ?? ''], line());
          }
          versesInChapter = 0;
          return;
        }
        if (name === 'VERS') {
          if (!book || chapter === 0) throw new ImportError('importErrVerseOutsideChapter', [], line());
          const n = Number(attributes.vnumber);
          if (!Number.isInteger(n) || n < 0) {
            throw new ImportError('importErrVerseNotNumber', [attributes.vnumber ?? ''], line());
          }
          versesInChapter++;
          if (empty) collector.verse(book, chapter, n, '', line());
          else verse = { n, line: line(), text: new VerseText() };
          return;
        }
        if (name === 'CAPTION' && !empty) {
          if (!verse && versesInChapter === 0) caption = new VerseText();
          else dropped = 1;
          return;
        }
        if (DROPPED.has(name)) {
          if (!empty) dropped = 1;
          verse?.text.soft();
          return;
        }
        if (name === 'BR') verse?.text.soft();
      },
      close(name) {
        if (dropped > 0) {
          dropped--;
          if (dropped === 0) verse?.text.soft();
          return;
        }
        if (name === 'INFORMATION') inInformation = false;
        else if (inInformation && info) {
          const value = infoText.replace(/\s+/g, ' ').trim();
          meta[info] = info === 'language' ? languageTag(value) : value;
          info = undefined;
        } else if (name === 'VERS' && verse) {
          collector.verse(book!, chapter, verse.n, verse.text.finish(), verse.line);
          verse = undefined;
        } else if (name === 'CAPTION' && caption) {
          collector.title(book!, chapter, caption.finish());
          caption = undefined;
        }
      },
      text(value) {
        if (dropped > 0) return;
        if (inInformation) infoText += value;
        else if (caption) caption.add(value);
        else verse?.text.add(value);
      },
    },
    progress,
  );
  return collector.result(meta);
}
