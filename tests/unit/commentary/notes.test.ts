/**
 * The real commentary notes in lib/commentary/notes/, checked the way an editor would:
 * passages that exist in both translations, references a reader can hover, quotations that
 * match the WEB word for word, coverage of every passage the collection promises, no
 * copy-paste between notes. Reads the packs `npm run data` builds in public/data/bible/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOOKS, type BookId } from '@/lib/bible/books';
import { firstVerse, lastVerse, parseOsis } from '@/lib/bible/osis';
import type { BookPack, VersificationPack } from '@/lib/bible/packs';
import { compileNotes } from '@/lib/commentary/compile';
import { matchKind } from '@/lib/commentary/match';
import { THEMES } from '@/lib/commentary/note';
import { findReferences } from '@/lib/refs';
import { COVERAGE } from '../../fixtures/commentary/coverage';

const dir = new URL('../../../lib/commentary/notes/', import.meta.url);
const data = new URL('../../../public/data/bible/', import.meta.url);

// Compiled exactly as the build compiles them: a note the build refuses fails here first.
const notes = compileNotes(
  readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => ({ file, source: readFileSync(new URL(file, dir), 'utf8') })),
);

const readJson = <T>(path: string) => JSON.parse(readFileSync(new URL(path, data), 'utf8')) as T;
const VERSIFICATIONS = (['WEB', 'KJV'] as const).map((t) => {
  const v = readJson<VersificationPack>(`${t}/versification.json`);
  return { ...v, omittedSet: new Set(v.omitted) };
});

/** Every verse position of an OSIS id up to each chapter's `counts`, in canonical order. */
function* versesOf(osis: string, counts: (book: BookId) => readonly number[]) {
  for (const span of parseOsis(osis)) {
    const from = firstVerse(span);
    const to = lastVerse(span);
    for (let b = from.book.index; b <= to.book.index; b++) {
      const book = BOOKS[b]!;
      const chapters = counts(book.id);
      const lastC = b === to.book.index ? to.chapter : chapters.length;
      for (let c = b === from.book.index ? from.chapter : 1; c <= lastC; c++) {
        const inChapter = chapters[c - 1] ?? 0;
        const lastV = b === to.book.index && c === to.chapter ? Math.min(to.verse, inChapter) : inChapter;
        for (let v = b === from.book.index && c === from.chapter ? from.verse : 1; v <= lastV; v++)
          yield { book: book.id, chapter: c, verse: v };
      }
    }
  }
}

/**
 * Why `osis` is not a passage of this translation — an end that does not exist, or no verse
 * with text — or undefined when it is.
 */
function problemIn(v: (typeof VERSIFICATIONS)[number], osis: string): string | undefined {
  for (const span of parseOsis(osis)) {
    for (const end of [firstVerse(span), lastVerse(span)]) {
      if (end.verse > (v.books[end.book.id][end.chapter - 1] ?? 0))
        return `${end.book.id}.${end.chapter}.${end.verse} is not in the ${v.translation}`;
    }
  }
  for (const { book, chapter, verse } of versesOf(osis, (id) => v.books[id])) {
    if (!v.omittedSet.has(`${book}.${chapter}.${verse}`)) return undefined;
  }
  return `no verse of ${osis} has text in the ${v.translation}`;
}

const webBooks = new Map<string, BookPack>();
function webBook(id: BookId): BookPack {
  let pack = webBooks.get(id);
  if (!pack) webBooks.set(id, (pack = readJson<BookPack>(`WEB/${id}.json`)));
  return pack;
}
/** The WEB text of an OSIS id, verses joined by spaces. */
function webText(osis: string): string {
  const out: string[] = [];
  for (const { book, chapter, verse } of versesOf(osis, (id) => webBook(id).chapters.map((c) => c.length))) {
    const text = webBook(book).chapters[chapter - 1]?.[verse - 1];
    if (text) out.push(text);
  }
  return out.join(' ');
}

/** Case, curly or straight quotes and spacing do not count; every other character does. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[‘’'`]/g, '’')
    .replace(/[“”"]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
/** Text compared for near-duplicates: letters and digits only. */
const bare = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const words = (p: string) => p.split(/\s+/).filter(Boolean).length;
const QUOTE = /“([^“”]+)”\s*\(([^()]+)\)/g;

describe('the commentary collection', () => {
  it('has at least 60 notes', () => {
    expect(notes.length).toBeGreaterThanOrEqual(60);
  });

  it('keeps each note between 120 and 350 words, in paragraphs', () => {
    for (const note of notes) {
      const n = note.paragraphs.reduce((sum, p) => sum + words(p), 0);
      expect(n, note.id).toBeGreaterThanOrEqual(120);
      expect(n, note.id).toBeLessThanOrEqual(350);
      expect(note.paragraphs.length, `${note.id}: paragraphs`).toBeGreaterThan(1);
    }
  });

  it('names passages that exist, with text, in both translations', () => {
    for (const note of notes)
      for (const osis of note.passages)
        for (const v of VERSIFICATIONS) expect(problemIn(v, osis), `${note.id}: ${osis}`).toBeUndefined();
  });

  it('gives every theme at least 3 notes', () => {
    for (const theme of THEMES)
      expect(notes.filter((n) => n.themes.includes(theme)).length, theme).toBeGreaterThanOrEqual(3);
  });

  it.each(COVERAGE)('covers %s', (label, osis) => {
    const covering = notes.filter((n) => {
      const kind = matchKind(osis, n.passages);
      return kind !== undefined && kind !== 'chapter';
    });
    expect(
      covering.map((n) => n.id),
      `${label} (${osis})`,
    ).not.toEqual([]);
  });

  it('writes references a reader can hover, each a real passage', () => {
    for (const note of notes) {
      for (const p of note.paragraphs) {
        const found = findReferences(p);
        for (const m of found) {
          for (const v of VERSIFICATIONS)
            expect(problemIn(v, m.osis), `${note.id}: "${m.text}"`).toBeUndefined();
        }
        // Every "Book 1:2"-shaped run the finder knows on its own, it must also find in the prose.
        for (const w of p.matchAll(/\b(?:[1-3] )?[A-Z][a-z]+\.? \d+(?::\d+)?(?:[–-]\d+)?/g)) {
          if (findReferences(w[0]).length === 0) continue; // "In 586", not a reference
          const at = w.index;
          expect(
            found.some((m) => m.start <= at && at < m.end),
            `${note.id}: "${w[0]}" is not found in its sentence`,
          ).toBe(true);
        }
      }
      expect(findReferences(note.paragraphs.join('\n')).length, `${note.id}: no reference`).toBeGreaterThan(
        0,
      );
    }
  });

  it('quotes Scripture word for word from the WEB, at most 25 words, with its reference', () => {
    let quotes = 0;
    for (const note of notes) {
      for (const p of note.paragraphs) {
        for (const [, quote, ref] of p.matchAll(QUOTE)) {
          const where = `${note.id}: “${quote}” (${ref})`;
          const cited = findReferences(ref!);
          expect(cited.length, `${where}: no reference`).toBeGreaterThan(0);
          expect(words(quote!), where).toBeLessThanOrEqual(25);
          const fragment = norm(quote!).replace(/^[\s,.;:!?’"—–-]+|[\s,.;:!?’"—–-]+$/g, '');
          expect(fragment.length, where).toBeGreaterThan(0);
          expect(norm(webText(cited.map((c) => c.osis).join(','))), where).toContain(fragment);
          quotes++;
        }
        // Every double curly quote opens a quotation that is followed by its reference.
        const rest = p.replace(QUOTE, '');
        expect(/[“”]/.test(rest), `${note.id}: a “…” without its (reference): ${rest.slice(0, 80)}`).toBe(
          false,
        );
      }
    }
    expect(quotes).toBeGreaterThan(notes.length);
  });

  it('shares no paragraph and no sentence between notes', () => {
    const paragraphs = new Map<string, string>();
    const sentences = new Map<string, string>();
    for (const note of notes) {
      for (const p of note.paragraphs) {
        const key = bare(p);
        expect(paragraphs.get(key) ?? note.id, `paragraph "${p.slice(0, 60)}…"`).toBe(note.id);
        paragraphs.set(key, note.id);
        for (const sentence of p.split(/(?<=[.!?])\s+(?=[A-Z“])/).filter((s) => words(s) >= 6)) {
          const k = bare(sentence);
          expect(sentences.get(k) ?? note.id, `"${sentence}"`).toBe(note.id);
          sentences.set(k, note.id);
        }
      }
    }
  });
});
