/**
 * OSIS XML (what `mod2osis` and most Bible software export): verses as `<verse osisID>`
 * containers or `sID`/`eID` milestones, footnotes and headings dropped, canonical psalm titles
 * kept as chapter titles. The header gives the name (`work/title`), abbreviation (`osisIDWork`),
 * language (`xml:lang`) and copyright (`work/rights`).
 */
import { VerseCollector, type ImportMeta, type ParsedBible } from './collect';
import { ImportError } from './errors';
import { VerseText } from './verse-text';
import { readXml, rootName, type Attributes } from './xml';

/** Elements whose text is never verse text. */
const DROPPED = new Set(['note', 'header', 'speaker', 'figure', 'rdg']);
/** Elements that separate words: each becomes a soft break. */
const STRUCTURAL = new Set(['l', 'lg', 'lb', 'p', 'div', 'chapter', 'milestone', 'list', 'item', 'verse']);

interface OpenVerse {
  ids: string[];
  line: number;
  text: VerseText;
}

function splitOsisId(id: string): [string, number, number] | undefined {
  // A work prefix ("KJV:Gen.1.1") is allowed and ignored.
  const bare = id.slice(id.indexOf(':') + 1);
  const parts = bare.split('.');
  if (parts.length !== 3) return undefined;
  return [parts[0]!, Number(parts[1]), Number(parts[2])];
}

/**
 * Parses an OSIS document.
 * @throws ImportError naming what is wrong and the line: not OSIS, malformed or cut short,
 *   a verse twice, an unknown book id, no verse of the 66 books.
 */
export function parseOsis(source: string, progress?: (share: number) => void): ParsedBible {
  const root = rootName(source);
  if (root !== 'osis') {
    throw new ImportError('importErrNotOsis', [root ?? '?'], 1);
  }
  const collector = new VerseCollector();
  const meta: ImportMeta = { name: '', abbreviation: '', language: '', copyright: '' };
  /** Element names from the root down. */
  const path: string[] = [];
  let dropped = 0;
  let verse: OpenVerse | undefined;
  let chapter: { book: string; chapter: number } | undefined;
  /** No verse of the current chapter yet: a canonical title here is the chapter's. */
  let beforeFirstVerse = false;
  let title: VerseText | undefined;
  let header: 'name' | 'copyright' | undefined;
  let headerText = '';

  const endVerse = () => {
    if (!verse) return;
    const text = verse.text.finish();
    verse.ids.forEach((id, i) => {
      const ref = splitOsisId(id);
      if (!ref) throw new ImportError('importErrNotVerseRef', [id], verse!.line);
      // Verses joined in one element: the text goes to the first, the rest are left absent.
      collector.verse(ref[0], ref[1], ref[2], i === 0 ? text : '', verse!.line);
    });
    verse = undefined;
  };

  const startVerse = (attributes: Attributes, line: number) => {
    endVerse();
    const ids = (attributes.osisID ?? '').split(/\s+/).filter(Boolean);
    if (ids.length === 0) throw new ImportError('importErrVerseNoId', [], line);
    verse = { ids, line, text: new VerseText() };
    beforeFirstVerse = false;
    const first = splitOsisId(ids[0]!);
    if (first) chapter = { book: first[0], chapter: first[1] };
  };

  readXml(
    source,
    {
      open(name, attributes, empty, line) {
        const inHeader = path.includes('header');
        if (!empty) path.push(name);
        if (path.length === 1 && !empty) return;
        if (name === 'osisText') {
          meta.abbreviation = attributes.osisIDWork ?? '';
          meta.language = attributes['xml:lang'] ?? '';
          return;
        }
        if (inHeader || name === 'header') {
          // The first work's title and rights describe the translation; markup inside them
          // (<hi>) is part of their text, not a new start.
          if (header) return;
          if (name === 'title' && !meta.name && path.at(-2) === 'work') header = 'name';
          else if (name === 'rights' && !meta.copyright) header = 'copyright';
          headerText = '';
          return;
        }
        if (name === 'verse') {
          if (attributes.eID !== undefined) endVerse();
          else if (attributes.osisID !== undefined) startVerse(attributes, line());
          else if (attributes.sID !== undefined) throw new ImportError('importErrVerseNoId', [], line());
          return;
        }
        if (name === 'chapter') {
          // Any chapter element ends a verse left open: its end, an empty one, or the next
          // chapter's start (a verse belongs to one chapter).
          endVerse();
          const parts = attributes.osisID?.split('.');
          if (parts?.length === 2) {
            chapter = { book: parts[0]!, chapter: Number(parts[1]) };
            beforeFirstVerse = true;
          }
        }
        if (dropped > 0) {
          if (!empty) dropped++;
          return;
        }
        if (name === 'title') {
          if (empty) return;
          if (
            attributes.canonical === 'true' &&
            chapter &&
            (verse ? verse.ids[0]!.endsWith('.1') : beforeFirstVerse)
          ) {
            title = new VerseText();
            return;
          }
          dropped = 1;
          return;
        }
        if (DROPPED.has(name)) {
          if (!empty) dropped = 1;
          else verse?.text.soft();
          return;
        }
        if (STRUCTURAL.has(name)) (title ?? verse?.text)?.soft();
      },
      close(name) {
        path.pop();
        if (header && (name === 'title' || name === 'rights')) {
          const value = headerText.replace(/\s+/g, ' ').trim();
          if (header === 'name') meta.name = value;
          else meta.copyright = value;
          header = undefined;
          return;
        }
        if (dropped > 0) {
          dropped--;
          if (dropped === 0) verse?.text.soft();
          return;
        }
        if (name === 'title' && title) {
          if (chapter) collector.title(chapter.book, chapter.chapter, title.finish());
          title = undefined;
          verse?.text.soft();
          return;
        }
        if (name === 'verse') endVerse();
        else if (name === 'chapter' || name === 'div') {
          // A chapter or book that ends closes a milestone verse left open.
          if (name === 'chapter') endVerse();
          else verse?.text.soft();
        } else if (STRUCTURAL.has(name)) verse?.text.soft();
      },
      repair(detail, line) {
        collector.repaired(`line ${line}: ${detail}`);
      },
      text(value) {
        if (header) headerText += value;
        else if (dropped > 0) return;
        else if (title) title.add(value);
        else verse?.text.add(value);
      },
    },
    progress,
  );
  endVerse();
  return collector.result(meta);
}
