/**
 * Builds Nave's Topical Bible packs: topics → headed sections → OSIS references, and the
 * inverse index verse → (topic, section).
 */
import { isValidOsis, parseOsis, firstVerse, lastVerse } from '../../lib/bible/osis';
import { versesIn } from '../../lib/bible/books';
import type { NaveIndex, NaveSection, NaveTopic } from '../../lib/bible/packs';
import type { ImpEntry } from './sword';

/**
 * A reference spanning more verses than this is indexed under its first verse only:
 * a topic citing "Genesis 37–50" should not claim every one of its verses.
 */
const MAX_INDEXED_SPAN = 40;

const REF = /<ref\b[^>]*\bosisRef="([^"]+)"[^>]*>[\s\S]*?<\/ref>/g;

/** A heading is the text before a line's first reference ("EXEMPLIFIED", "In behalf of Sodom"). */
function cleanHeading(markup: string): string {
  return markup
    .split(/<ref\b/)[0]!
    .replace(/<[^>]+>/g, ' ')
    .replace(/→/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:.-]+|[\s,;:.(-]+$/g, '')
    .trim();
}

function refsIn(markup: string, rejected: string[]): string[] {
  const refs: string[] = [];
  for (const m of markup.matchAll(REF)) {
    const osis = m[1]!.trim();
    if (isValidOsis(osis)) refs.push(osis);
    else rejected.push(osis);
  }
  return refs;
}

/** Splits one entry's definition into sections at line breaks and list items. */
function sectionsOf(body: string, rejected: string[]): NaveSection[] {
  const def = /<def>([\s\S]*)<\/def>/.exec(body)?.[1] ?? body;
  const sections: NaveSection[] = [];
  let parent = '';
  for (const line of def.split(/<lb\s*\/>/)) {
    const [lead, ...items] = line.split(/<item>/);
    const heading = cleanHeading(lead!.replace(/<\/?list>/g, ''));
    if (line.trimStart().startsWith('→')) parent = heading;
    const leadRefs = refsIn(lead!, rejected);
    if (heading || leadRefs.length) sections.push({ heading: heading || parent, refs: leadRefs });
    for (const item of items) {
      const text = item.split('</item>')[0]!;
      const refs = refsIn(text, rejected);
      const itemHeading = cleanHeading(text);
      if (refs.length || itemHeading) {
        sections.push({
          heading: parent && parent !== heading ? `${parent} › ${itemHeading}` : itemHeading,
          refs,
        });
      }
    }
  }
  return sections.filter((s) => s.refs.length > 0);
}

/** Every verse OSIS id a reference covers, or its first verse when the span is long. */
function versesOf(osis: string): string[] {
  const out: string[] = [];
  for (const span of parseOsis(osis)) {
    const from = firstVerse(span);
    const to = lastVerse(span);
    const one = `${from.book.id}.${from.chapter}.${from.verse}`;
    if (from.book !== to.book) {
      out.push(one);
      continue;
    }
    const list: string[] = [];
    for (let c = from.chapter; c <= to.chapter && list.length <= MAX_INDEXED_SPAN; c++) {
      const last = c === to.chapter ? to.verse : versesIn(from.book, c);
      for (let v = c === from.chapter ? from.verse : 1; v <= last; v++)
        list.push(`${from.book.id}.${c}.${v}`);
    }
    if (list.length > MAX_INDEXED_SPAN) out.push(one);
    else out.push(...list);
  }
  return out;
}

/** The Nave's packs, plus the references dropped because they name no real verse. */
export function buildNavePacks(entries: ImpEntry[]): {
  topics: NaveTopic[];
  index: NaveIndex;
  rejected: string[];
} {
  const topics: NaveTopic[] = [];
  const index: NaveIndex = {};
  const rejected: string[] = [];
  for (const { key, body } of entries) {
    if (!body.includes('<entryFree')) continue;
    const sections = sectionsOf(body, rejected);
    if (sections.length === 0) continue;
    const topicIndex = topics.push({ name: key, sections }) - 1;
    sections.forEach((section, sectionIndex) => {
      for (const ref of section.refs) {
        for (const verse of versesOf(ref)) {
          const list = (index[verse] ??= []);
          const last = list[list.length - 1];
          if (!last || last[0] !== topicIndex || last[1] !== sectionIndex)
            list.push([topicIndex, sectionIndex]);
        }
      }
    });
  }
  return { topics, index, rejected };
}
