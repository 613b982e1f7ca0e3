/**
 * The house-style rules of the commentary (issue #14 §3), as pure functions over compiled
 * notes. Each returns the problems it finds, every one naming its note, so that a failing
 * check says at once which note to fix; house-style.test.ts runs them over the collection
 * and over deliberately broken samples.
 */
import { getBook, isSingleChapter } from '@/lib/bible/books';
import type { CommentaryNote } from '@/lib/commentary/note';
import { intervals } from '@/lib/commentary/match';
import { findReferences } from '@/lib/refs';
import { BRITISH_SPELLINGS, RATIONED_VERSES, STOCK_PHRASES } from '../../fixtures/commentary/house-style';

type Note = Pick<CommentaryNote, 'id' | 'title' | 'passages' | 'paragraphs'>;

/** Canon position of a single-verse OSIS id. */
const positionOf = (osis: string) => intervals(osis)[0]![0];

/** Whether any verse of `osis` is the verse at canon position `at`. */
const covers = (osis: string, at: number) => intervals(osis).some(([a, b]) => a <= at && at <= b);

/** A whole-chapter reference ("Romans 8") names a chapter, not each of its verses. */
const isVerseLevel = (osis: string) => osis.split(/[-,]/).every((part) => part.split('.').length === 3);

/** The prose of a note with its quotations of Scripture taken out: the WEB's words are not ours. */
const ownWords = (text: string) => text.replace(/“[^“”]*”/g, '“”');

/**
 * The rationed verses (Heb 7:25, Rom 8:34) that `text` cites and that lie outside the note's
 * own passages, as labels. A reference cites a verse when its verse range includes it.
 */
function rationedCitations(note: Note, text: string): string[] {
  const refs = findReferences(text).filter((m) => isVerseLevel(m.osis));
  return RATIONED_VERSES.filter(({ osis }) => {
    const at = positionOf(osis);
    return refs.some((m) => covers(m.osis, at)) && !note.passages.some((p) => covers(p, at));
  }).map(({ label }) => label);
}

/** Notes citing a rationed verse anywhere outside their own passages. */
export function notesCitingRationed(notes: readonly Note[]): string[] {
  return notes
    .map((note) => [note.id, rationedCitations(note, note.paragraphs.join('\n'))] as const)
    .filter(([, cited]) => cited.length > 0)
    .map(([id, cited]) => `${id} (${cited.join(', ')})`);
}

/** A note whose last paragraph turns to a rationed verse does not end on its own passage. */
export function endsOnRationed(note: Note): string[] {
  const cited = rationedCitations(note, note.paragraphs.at(-1) ?? '');
  return cited.map((label) => `${note.id}: its last paragraph cites ${label} outside its own passages`);
}

/** Straight apostrophes or single quotes; the house style is the curly ’. */
export function straightApostrophes(note: Note): string[] {
  return [note.title, ...note.paragraphs].flatMap((text) =>
    [...text.matchAll(/'/g)].map(
      (m) => `${note.id}: straight ' in “…${text.slice(Math.max(0, m.index - 20), m.index + 20)}…”`,
    ),
  );
}

function matches(note: Note, rules: [string, RegExp][]): string[] {
  return [note.title, ...note.paragraphs].flatMap((text) =>
    rules.flatMap(([label, pattern]) => {
      // The rest of the word too, so the message shows what the writer typed (“neighbouring”).
      const m = new RegExp(`${pattern.source}\\w*`, pattern.flags).exec(ownWords(text));
      return m ? [`${note.id}: “${m[0]}”, ${label}`] : [];
    }),
  );
}

/** Stock phrases in the note's own words (quotations of Scripture excepted). */
export function stockPhrases(note: Note): string[] {
  return matches(note, STOCK_PHRASES);
}

/** British spellings in the note's own words (quotations of Scripture excepted). */
export function britishSpellings(note: Note): string[] {
  return matches(note, BRITISH_SPELLINGS);
}

/** References to a single-chapter book written with its chapter ("Jude 1:24" for "Jude 24"). */
export function singleChapterWithChapter(note: Note): string[] {
  return note.paragraphs.flatMap((p) =>
    findReferences(p)
      .filter((m) => {
        const book = getBook(m.osis.split('.')[0]!);
        return book !== undefined && isSingleChapter(book) && /\s1:\d/.test(m.text);
      })
      .map((m) => `${note.id}: “${m.text}” (write a single-chapter book as “Jude 20”)`),
  );
}
