/**
 * The shapes of the generated data packs in public/data/ (built by `npm run data`,
 * never committed) as the background reads them.
 */
import type { BookId } from './books';
import type { TranslationId } from './translations';

/** public/data/manifest.json: what was built, and from which module versions. */
export interface DataManifest {
  /** Bumps when the pack layout changes. */
  format: number;
  /** Changes whenever any pack's content may have changed; cached rows of an older version are replaced. */
  version: string;
  translations: Record<
    TranslationId,
    { module: string; moduleVersion: string; verses: number; omitted: string[] }
  >;
  nave: { module: string; moduleVersion: string; topics: number };
}

/** public/data/bible/<translation>/<book>.json: one book of one translation. */
export interface BookPack {
  translation: TranslationId;
  book: BookId;
  version: string;
  /** chapters[c - 1][v - 1] is the text of c:v; null where the translation omits the verse. */
  chapters: (string | null)[][];
  /** Canonical chapter titles (psalm superscriptions) by chapter number. */
  titles?: Record<string, string>;
}

/** public/data/bible/<translation>/versification.json. */
export interface VersificationPack {
  translation: TranslationId;
  version: string;
  /** Verses per chapter for each book. */
  books: Record<BookId, number[]>;
  /** OSIS ids of verse slots the translation leaves empty (e.g. WEB's Acts.8.37). */
  omitted: string[];
}

/** One headed section of a Nave's topic. */
export interface NaveSection {
  heading: string;
  refs: string[];
}

/**
 * public/data/nave/topics/<n>.json: topics in module order, NAVE_TOPIC_CHUNK to a file (a
 * topic's id is its position over all files), so a card needs only the files of its topics.
 */
export interface NaveTopic {
  name: string;
  sections: NaveSection[];
}

/**
 * public/data/nave/index/<book>.json: one book's verse OSIS ids → [topic id, section index]
 * pairs citing them, so a card needs only its own book's index.
 */
export type NaveIndex = Record<string, [number, number][]>;

/** How many Nave's topics one topics file holds (about 45 KB of JSON). */
export const NAVE_TOPIC_CHUNK = 100;

/** Where a pack lives inside the extension, relative to its root. */
export const packPaths = {
  manifest: '/data/manifest.json',
  book: (translation: TranslationId, book: BookId) => `/data/bible/${translation}/${book}.json`,
  versification: (translation: TranslationId) => `/data/bible/${translation}/versification.json`,
  naveTopics: (chunk: number) => `/data/nave/topics/${chunk}.json`,
  naveIndex: (book: BookId) => `/data/nave/index/${book}.json`,
  commentary: '/data/commentary.json',
} as const;
