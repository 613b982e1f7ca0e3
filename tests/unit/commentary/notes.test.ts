/**
 * The real commentary notes in lib/commentary/notes/, checked the way an editor would:
 * valid passages in both translations, references a reader can hover, quotations that match
 * the WEB word for word, coverage of every passage the collection promises, no copy-paste.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getBook } from '@/lib/bible/books';
import { firstVerse, lastVerse, parseOsis } from '@/lib/bible/osis';
import type { BookPack, VersificationPack } from '@/lib/bible/packs';
import { matchKind } from '@/lib/commentary/match';
import { parseNote, THEMES, type Note } from '@/lib/commentary/note';
import { findReferences } from '@/lib/refs';

const dir = new URL('../../../lib/commentary/notes/', import.meta.url);
const data = new URL('../../../public/data/bible/', import.meta.url);
const notes: Note[] = readdirSync(dir)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => parseNote(readFileSync(new URL(f, dir), 'utf8'), f));
const versification = (t: string) =>
  JSON.parse(readFileSync(new URL(`${t}/versification.json`, data), 'utf8')) as VersificationPack;
const packs = new Map<string, BookPack>();
function webVerse(book: string, c: number, v: number): string | null {
  let pack = packs.get(book);
  if (!pack) {
    pack = JSON.parse(readFileSync(new URL(`WEB/${book}.json`, data), 'utf8')) as BookPack;
    packs.set(book, pack);
  }
  return pack.chapters[c - 1]?.[v - 1] ?? null;
}
/** The WEB text of an OSIS id, verses joined by spaces. */
function webText(osis: string): string {
  const out: string[] = [];
  for (const span of parseOsis(osis)) {
    const from = firstVerse(span);
    const to = lastVerse(span);
    for (let c = from.chapter; c <= to.chapter; c++) {
      const last = c === to.chapter ? to.verse : from.book.verses[c - 1]!;
      for (let v = c === from.chapter ? from.verse : 1; v <= last; v++) {
        const text = webVerse(from.book.id, c, v);
        if (text) out.push(text);
      }
    }
  }
  return out.join(' ');
}
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[“”"‘’']/g, '’')
    .replace(/\s+/g, ' ')
    .trim();
const words = (p: string) => p.split(/\s+/).filter(Boolean).length;

/** Passages the collection promises to cover (issue #6). */
const COVERAGE =
  'Gen.18.22-Gen.18.33 Gen.20.7 Gen.20.17 Exod.32.11-Exod.32.14 Exod.32.30-Exod.32.32 Deut.9.18-Deut.9.20 ' +
  'Deut.9.25-Deut.9.29 Ps.106.23 Num.16.46-Num.16.48 1Sam.7.5-1Sam.7.9 1Sam.12.19-1Sam.12.23 Job.42.7-Job.42.10 ' +
  '1Kgs.8 Neh.1 Dan.9 Exod.28.29 Lev.16 Ezek.22.30 Isa.59.16 Isa.53.12 Ps.110.4 Zech.3.1-Zech.3.5 ' +
  'Luke.22.31-Luke.22.32 Luke.23.34 John.17 Rom.8.34 Heb.7.23-Heb.7.25 Heb.4.14-Heb.4.16 Heb.9.24 ' +
  'Heb.10.19-Heb.10.22 1John.2.1-1John.2.2 1Tim.2.5 John.14.16 Rom.8.26-Rom.8.27 Rev.12.10 Rom.8.1 ' +
  'Rom.8.31-Rom.8.39 1Tim.2.1-1Tim.2.4 Jas.5.16 Eph.6.18-Eph.6.20 Col.1.9-Col.1.12 Col.4.12 Phil.1.3-Phil.1.11 ' +
  '1Thess.5.17 Matt.5.44 Matt.9.38 Acts.12.5 Rom.3.23 2Cor.5.21 Eph.2.8-Eph.2.9 John.19.30 Matt.11.28 ' +
  '1Cor.12.12-1Cor.12.14';

describe('the commentary collection', () => {
  it('has at least 60 notes with unique ids', () => {
    expect(notes.length).toBeGreaterThanOrEqual(60);
    expect(new Set(notes.map((n) => n.id)).size).toBe(notes.length);
  });

  it('keeps each note between 120 and 350 words', () => {
    for (const note of notes) {
      const n = note.paragraphs.reduce((sum, p) => sum + words(p), 0);
      expect(n, note.id).toBeGreaterThanOrEqual(120);
      expect(n, note.id).toBeLessThanOrEqual(350);
    }
  });

  it('names passages that exist, with text, in both translations', () => {
    const web = versification('WEB');
    const kjv = versification('KJV');
    for (const note of notes) {
      for (const osis of note.passages) {
        for (const span of parseOsis(osis)) {
          for (const end of [firstVerse(span), lastVerse(span)]) {
            for (const v of [web, kjv]) {
              const count = v.books[end.book.id][end.chapter - 1] ?? 0;
              expect(end.verse <= count, `${note.id}: ${osis} in ${v.translation}`).toBe(true);
            }
          }
        }
        expect(webText(osis).length, `${note.id}: ${osis}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives every theme at least 3 notes, and relates only to notes that exist', () => {
    const ids = new Set(notes.map((n) => n.id));
    for (const theme of THEMES)
      expect(notes.filter((n) => n.themes.includes(theme)).length, theme).toBeGreaterThanOrEqual(3);
    for (const note of notes)
      for (const id of note.related) expect(ids.has(id), `${note.id} → ${id}`).toBe(true);
  });

  it('covers every passage the collection promises', () => {
    for (const osis of COVERAGE.split(' ')) {
      const covered = notes.some((n) => {
        const kind = matchKind(osis, n.passages);
        return kind !== undefined && kind !== 'chapter';
      });
      expect(covered, osis).toBe(true);
    }
  });

  it('writes references a reader can hover, each a real passage', () => {
    for (const note of notes) {
      const body = note.paragraphs.join('\n');
      const found = findReferences(body);
      expect(found.length, note.id).toBeGreaterThan(0);
      // Every book-and-number pattern in the text is one the finder picked up.
      const written = body.match(/\b(?:[1-3] )?[A-Z][a-z]+\.? \d+(?::\d+)?/g) ?? [];
      for (const w of written) {
        if (!getBook(w.split(' ')[0]!) && !findReferences(w).length) continue; // an ordinary word followed by a number
        const at = body.indexOf(w);
        expect(
          found.some((m) => m.start <= at && at < m.end),
          `${note.id}: "${w}"`,
        ).toBe(true);
      }
    }
  });

  it('quotes Scripture word for word from the WEB, at most 25 words, with its reference', () => {
    let quotes = 0;
    for (const note of notes) {
      for (const p of note.paragraphs) {
        for (const m of p.matchAll(/“([^”]+)”\s*\(([^)]+)\)/g)) {
          const [, quote, ref] = m;
          const target = findReferences(ref!)[0];
          expect(target, `${note.id}: reference after “${quote}”`).toBeDefined();
          expect(words(quote!), `${note.id}: “${quote}”`).toBeLessThanOrEqual(25);
          const fragment = norm(quote!).replace(/^[\s,.;:!?’]+|[\s,.;:!?’]+$/g, '');
          expect(norm(webText(target!.osis)), `${note.id}: “${quote}” (${ref})`).toContain(fragment);
          quotes++;
        }
        // No curly double quote without its reference.
        const bare = p.replace(/“([^”]+)”\s*\(([^)]+)\)/g, '');
        expect(bare.includes('“'), `${note.id}: a quotation without its reference`).toBe(false);
      }
    }
    expect(quotes).toBeGreaterThan(60);
  });

  it('shares no paragraph or sentence between notes', () => {
    const seen = new Map<string, string>();
    for (const note of notes) {
      for (const p of note.paragraphs) {
        for (const sentence of p.split(/(?<=[.!?])\s+/).filter((s) => words(s) >= 8)) {
          const key = norm(sentence);
          expect(seen.get(key) ?? note.id, `"${sentence}"`).toBe(note.id);
          seen.set(key, note.id);
        }
      }
    }
  });
});
