/**
 * Props and passages for the card tests. The verse text is made-up placeholder prose: no Bible
 * text is committed to this repository.
 */
import { vi } from 'vitest';
import type { BookId } from '@/lib/bible/books';
import type { Passage, Verse } from '@/lib/bible/passage';
import type { VerseCardProps } from '@/components/verse-card';

/** Verses `from`..`to` of one chapter, each reading "Placeholder text of verse N." */
export function verses(book: BookId, chapter: number, from: number, to: number): Verse[] {
  const out: Verse[] = [];
  for (let verse = from; verse <= to; verse++) {
    out.push({ book, chapter, verse, text: `Placeholder text of verse ${verse}.` });
  }
  return out;
}

/** A passage with the given verses (WEB unless told). */
export function passage(label: string, osis: string, list: Verse[], extra: Partial<Passage> = {}): Passage {
  return { osis, label, translation: 'WEB', verses: list, omitted: [], source: 'cache', ...extra };
}

/** Hebrews 4:14–16, three placeholder verses. */
export const HEB_4 = passage('Hebrews 4:14–16', 'Heb.4.14-Heb.4.16', verses('Heb', 4, 14, 16));

/** Every prop, with spies for the callbacks; override what a test is about. */
export function cardProps(overrides: Partial<VerseCardProps> = {}): VerseCardProps {
  return {
    label: 'Hebrews 4:14–16',
    translation: 'WEB',
    onTranslationChange: vi.fn(),
    passage: { status: 'ready', passage: HEB_4 },
    commentary: { status: 'none' },
    saved: 'unsaved',
    onToggleSave: vi.fn(),
    onCopy: vi.fn(async () => undefined),
    onOpen: vi.fn(),
    onOpenReference: vi.fn(),
    onClose: vi.fn(),
    theme: 'light',
    ...overrides,
  };
}

/** A note with placeholder paragraphs. */
export function note(id: string, title: string, paragraphs: string[] = ['Placeholder note prose.']) {
  return { id, title, passagesLabel: 'Hebrews 4:14–16', paragraphs };
}
