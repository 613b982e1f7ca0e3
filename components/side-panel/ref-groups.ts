/**
 * How the side panel arranges a page's references: in page order (every occurrence, as the
 * reader meets them) or by book (each passage once, in Bible order, with how often the page
 * cites it), narrowed by the filter box.
 */
import { canonOrder } from '@/lib/bible/order';
import { firstVerse, parseOsis } from '@/lib/bible/osis';
import { isTranslationId, type TranslationId } from '@/lib/bible/translations';
import type { ListedRef } from '@/lib/messaging/refs-port';
import { formatReference } from '@/lib/refs';
import { foldWord } from '@/lib/search/tokenize';

/** The two arrangements the panel's switch offers. */
export type ListOrder = 'page' | 'book';

/** One line of the list. */
export interface PanelItem {
  /** Unique within the list (the page's id in page order; passage and translation by book). */
  key: string;
  osis: string;
  /** The passage's label ("Hebrews 7:25"). */
  label: string;
  /** As the page wrote it, when that differs from the label ("Heb 7:25"). */
  written: string;
  /** The translation the writer named, when Intercede has it. */
  translation?: TranslationId;
  /** The page's ids of every occurrence, in page order; selecting the item shows the first. */
  ids: number[];
  /** The book's canonical position and the passage's first verse, for sorting by book. */
  bookIndex: number;
  order: number;
}

/** A run of items under one heading (a book), or the whole list in page order (no heading). */
export interface PanelGroup {
  heading?: string;
  items: PanelItem[];
}

/**
 * The page's list made into items, dropping any whose id is not a passage Intercede knows;
 * `label` writes a passage's label (the interface's language).
 */
export function toItems(
  refs: readonly ListedRef[],
  label: (osis: string) => string = formatReference,
): PanelItem[] {
  const items: PanelItem[] = [];
  for (const ref of refs) {
    let spans;
    try {
      spans = parseOsis(ref.osis);
    } catch {
      continue;
    }
    const first = firstVerse(spans[0]!);
    items.push({
      key: String(ref.id),
      osis: ref.osis,
      label: label(ref.osis),
      written: ref.text,
      translation: isTranslationId(ref.translation) ? ref.translation : undefined,
      ids: [ref.id],
      bookIndex: first.book.index,
      order: canonOrder(first),
    });
  }
  return items;
}

/** Lower case, no accents, single spaces: what the filter compares. */
function folded(text: string): string {
  return text
    .split(/\s+/)
    .map((word) => foldWord(word))
    .join(' ')
    .trim();
}

/**
 * The items the filter keeps: every word of the filter found in the label, the text as
 * written or the passage's first words (`snippet`), accents and case aside.
 */
export function filterItems(
  items: readonly PanelItem[],
  filter: string,
  snippet: (item: PanelItem) => string | undefined,
): PanelItem[] {
  const words = folded(filter).split(' ').filter(Boolean);
  if (words.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = folded(`${item.label} ${item.written} ${snippet(item) ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** Book order: each passage (in its translation) once, by book, with all its occurrences. */
export function groupByBook(items: readonly PanelItem[], bookName: (index: number) => string): PanelGroup[] {
  const merged = new Map<string, PanelItem>();
  for (const item of items) {
    const key = `${item.osis} ${item.translation ?? ''}`;
    const seen = merged.get(key);
    if (seen) seen.ids.push(...item.ids);
    else merged.set(key, { ...item, key, ids: [...item.ids] });
  }
  const sorted = [...merged.values()].sort((a, b) => a.order - b.order || a.osis.localeCompare(b.osis));
  const groups: PanelGroup[] = [];
  for (const item of sorted) {
    const heading = bookName(item.bookIndex);
    const last = groups.at(-1);
    if (last?.heading === heading) last.items.push(item);
    else groups.push({ heading, items: [item] });
  }
  return groups;
}

/** The passages an action over the list covers: each passage and translation once, in list order. */
export function distinctPassages(
  items: readonly PanelItem[],
  fallback: TranslationId,
): { osis: string; translation: TranslationId }[] {
  const seen = new Set<string>();
  const out: { osis: string; translation: TranslationId }[] = [];
  for (const item of items) {
    const translation = item.translation ?? fallback;
    const key = `${item.osis} ${translation}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ osis: item.osis, translation });
  }
  return out;
}
