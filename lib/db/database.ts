/**
 * The one IndexedDB database, owned by the background. Only the background imports
 * lib/db (ESLint enforces it); every other context asks through lib/messaging.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ImportedTranslationId, TranslationId } from '../bible/translations';
import type { ApartVerse } from '../import/collect';
import type { SavedVerse } from '../saved/format';
import type { IndexHeader } from '../search/answer';

/** A cached verse. `b` is the book's canonical index so keys sort in canonical order. */
export interface VerseRow {
  t: TranslationId;
  b: number;
  c: number;
  v: number;
  /** null where the translation leaves the slot empty. */
  text: string | null;
  title?: string;
}

/** Marks a book of a translation as fully loaded from its pack. */
export interface LoadedBookRow {
  t: TranslationId;
  b: number;
  version: string;
  loadedAt: number;
}

/** A passage the user saved, with their note and tags (the same shape its backups use). */
export type SavedVerseRow = SavedVerse;

/** One lookup the user made (popup search, card open). */
export interface HistoryRow {
  id?: number;
  osis: string;
  translation: TranslationId;
  at: number;
}

/** Key/value facts about the cache, e.g. `pack:WEB` → version. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** A compiled commentary note (filled in by the commentary pack). */
export interface CommentaryRow {
  id: string;
  title: string;
  /** OSIS ranges the note is about. */
  passages: string[];
  themes: string[];
  related: string[];
  /** Markdown-free paragraphs. */
  body: string[];
  /** `${bookIndex}.${chapter}` keys of every chapter the passages touch, for lookups. */
  chapters: string[];
}

/** A Nave's topic as loaded from its pack; `id` is its position in the pack. */
export interface NaveTopicRow {
  id: number;
  name: string;
  sections: { heading: string; refs: string[] }[];
}

/** The Nave's topics and sections citing one verse (`b` is the canonical book index). */
export interface NaveVerseRow {
  b: number;
  c: number;
  v: number;
  /** [topic id, section index] pairs. */
  refs: [number, number][];
}

/** One term's postings in one translation's word index (see lib/search/build.ts). */
export interface SearchTermRow {
  t: TranslationId;
  term: string;
  /** `ordinal * 256 + position`, ascending. */
  postings: Uint32Array;
}

/**
 * A translation's word index: written last, so its presence means the terms are complete. Its
 * header (verse keys, lengths, vocabulary, written forms, counts, family roots) is what a
 * search reads besides the postings (lib/search/answer.ts).
 */
export interface SearchIndexRow extends IndexHeader {
  t: TranslationId;
  /** The pack version and index format it was built from; any other means rebuild. */
  version: string;
  builtAt: number;
  buildMs: number;
  /** Bytes of postings, keys, lengths and terms as stored. */
  bytes: number;
}

/** An imported translation (#12 §5): what the reader said of it, and what the import found. */
export interface ImportedTranslationRow {
  id: ImportedTranslationId;
  name: string;
  /** The id's tail, as the reader typed it. */
  abbreviation: string;
  /** BCP 47; empty when neither the file nor the reader said. */
  language: string;
  /** Shown under its text in the card and the popup. */
  copyright: string;
  /** The file's format (`osis`, `usfx`, `zefania`, `usfm`). */
  format: string;
  /** Verses with text placed in our versification. */
  verses: number;
  /** OSIS ids of the slots of its books it has no text for. */
  absent: string[];
  /** Books of the 66 it does not have. */
  missingBooks: string[];
  /** Verses outside our versification, kept as read but not shown in cards. */
  apart: ApartVerse[];
  /** Markup faults read past while parsing. */
  repairs: number;
  /** Changes with every import, so cached verses and word indexes of an older import are replaced. */
  version: string;
  importedAt: number;
}

/** One book of an imported translation, in the shape of a bundled book pack. */
export interface ImportedBookRow {
  t: ImportedTranslationId;
  b: number;
  chapters: (string | null)[][];
  titles?: Record<string, string>;
}

/**
 * Schema versions, oldest first. Each entry is the full store list of that version;
 * tests/unit/db/database.test.ts opens a database written by every older version.
 */
export const SCHEMA: readonly Record<string, string>[] = [
  {
    verses: '[t+b+c+v]',
    books: '[t+b]',
    commentary: 'id, *chapters',
    naveTopics: 'id',
    naveVerses: '[b+c+v]',
    saved: '++id, &[osis+translation], createdAt, *tags',
    history: '++id, at',
    meta: 'key',
  },
  {
    verses: '[t+b+c+v]',
    books: '[t+b]',
    commentary: 'id, *chapters',
    naveTopics: 'id',
    naveVerses: '[b+c+v]',
    saved: '++id, &[osis+translation], createdAt, *tags',
    history: '++id, at',
    meta: 'key',
    // Version 2: the word index, built from the book packs on the first word search.
    searchTerms: '[t+term]',
    searchIndex: 't',
  },
  {
    verses: '[t+b+c+v]',
    books: '[t+b]',
    commentary: 'id, *chapters',
    naveTopics: 'id',
    naveVerses: '[b+c+v]',
    saved: '++id, &[osis+translation], createdAt, *tags',
    history: '++id, at',
    meta: 'key',
    searchTerms: '[t+term]',
    searchIndex: 't',
    // Version 3: translations the reader imported (#12 §5), and their books.
    importedTranslations: 'id',
    importedBooks: '[t+b]',
  },
];

/** The database name in IndexedDB. */
const DB_NAME = 'intercede';

/** Intercede's IndexedDB database. */
export class IntercedeDb extends Dexie {
  verses!: Table<VerseRow, [TranslationId, number, number, number]>;
  books!: Table<LoadedBookRow, [TranslationId, number]>;
  commentary!: EntityTable<CommentaryRow, 'id'>;
  naveTopics!: EntityTable<NaveTopicRow, 'id'>;
  naveVerses!: Table<NaveVerseRow, [number, number, number]>;
  saved!: EntityTable<SavedVerseRow, 'id'>;
  history!: EntityTable<HistoryRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  searchTerms!: Table<SearchTermRow, [TranslationId, string]>;
  searchIndex!: Table<SearchIndexRow, TranslationId>;
  importedTranslations!: Table<ImportedTranslationRow, ImportedTranslationId>;
  importedBooks!: Table<ImportedBookRow, [ImportedTranslationId, number]>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    SCHEMA.forEach((stores, i) => this.version(i + 1).stores(stores));
  }
}
