/**
 * The word index of each translation, in IndexedDB. It is built once, the first time a word
 * search needs it, by reading every book through the verse service (which also fills the
 * verse cache the result snippets are read from), and rebuilt only when the packs change.
 * A search runs over every installed translation (or the reader's alone), reads just its
 * words' postings, and keeps recent ones in memory.
 */
import { BOOKS } from '../bible/books';
import type { TranslationId } from '../bible/translations';
import { findReferences } from '../refs';
import { answerQuery, SearchScope, type RankedQuery, type SearchReaders } from '../search/answer';
import { IndexBuilder } from '../search/build';
import type { Language } from '../search/tokenize';
import { familyRoots } from '../search/family';
import { splitVerseKey, verseKeyToOsis } from '../search/verse-key';
import {
  searchedTranslations,
  searchLanguage,
  type SearchIndexStatus,
  type SearchOptions,
  type SearchReply,
} from '../search/results';
import { PassageNotFoundError } from '../errors';
import type { IntercedeDb, SearchIndexRow, SearchTermRow } from './database';
import type { PackSource, VerseService } from './verse-service';

/** Bumps when the index layout or the tokenizer changes, so stored indexes are rebuilt. */
const INDEX_FORMAT = 3;

/** Postings kept in memory, counted in entries (4 bytes each): about the whole of one translation. */
const MEMORY_POSTINGS = 1_000_000;

/** A translation's index header, in memory once loaded. */
type Header = Pick<SearchIndexRow, 'keys' | 'lengths' | 'vocabulary' | 'surfaces' | 'counts' | 'roots'>;

/** The default: every installed translation, typos corrected. */
const EVERY: SearchOptions = { every: true, literal: false };

interface Build {
  done: number;
  total: number;
  promise: Promise<Header>;
}

/** Word search over the bundled translations. */
export class SearchIndexService {
  private headers = new Map<TranslationId, Header>();
  private builds = new Map<TranslationId, Build>();
  /** Why the last build of a translation failed; the next search reports it once, then retries. */
  private failures = new Map<TranslationId, unknown>();
  /** Postings by `${translation}:${term}`, least recently used first. */
  private postingsCache = new Map<string, Uint32Array>();
  private cachedEntries = 0;
  /** The last query's rankings, so "more results" does not rank again. */
  private last?: RankedQuery;
  /** By the translations' ids joined, the reader's first. */
  private scopes = new Map<string, SearchScope>();
  /** Bumped by clear(), so a build that was running meanwhile does not write its stale result. */
  private generation = 0;

  constructor(
    private readonly db: IntercedeDb,
    private readonly verses: Pick<VerseService, 'getPassage'>,
    private readonly packs: Pick<PackSource, 'version'>,
    private readonly now: () => number = Date.now,
    /**
     * The imported translations with the language of each (BCP 47): which of them "every
     * translation" covers, and how each one's words are read.
     */
    private readonly imported: () => Promise<
      readonly { id: TranslationId; language: string }[]
    > = async () => [],
  ) {}

  /**
   * A page of results for `query`, shown in `translation`. When a translation searched has no
   * index yet, its build starts and the reply reports the progress of all of them; the caller
   * asks again.
   */
  async search(
    query: string,
    translation: TranslationId,
    offset: number,
    options: SearchOptions = EVERY,
  ): Promise<SearchReply> {
    const ids = searchedTranslations(translation, options, options.every ? await this.imported() : []);
    const headers = await Promise.all(ids.map((t) => this.header(t)));
    if (!headers.every((h) => h)) {
      for (const t of ids) {
        const failure = this.failures.get(t);
        if (failure !== undefined) {
          this.failures.delete(t);
          throw failure;
        }
      }
      let done = 0;
      headers.forEach((h, i) => (done += h ? BOOKS.length : (this.builds.get(ids[i]!)?.done ?? 0)));
      return { status: 'building', done, total: BOOKS.length * ids.length };
    }
    const scope = this.scope(ids, headers as Header[], await this.language(ids[0]!));
    const readers: SearchReaders = {
      postings: (t, terms) => this.postings(t, terms),
      texts: (t, keys) => this.texts(t, keys),
      find: findReferences,
    };
    const { reply, ranked } = await answerQuery(scope, query, offset, options, readers, this.last);
    if (ranked) this.last = ranked;
    return reply;
  }

  /** The scope of a set of translations, made on its first search (and again after a rebuild). */
  private scope(ids: TranslationId[], headers: Header[], language: Language): SearchScope {
    const id = ids.join(',');
    const known = this.scopes.get(id);
    if (known && known.headers.every((h, i) => h === headers[i])) return known;
    const scope = new SearchScope(ids, headers, language);
    this.scopes.set(id, scope);
    return scope;
  }

  /** Whether the translation's index is built, being built, or not there. */
  async status(translation: TranslationId): Promise<SearchIndexStatus> {
    const build = this.builds.get(translation);
    if (build) return { state: 'building', done: build.done, total: build.total };
    const row = await this.db.searchIndex.get(translation);
    if (!row || row.version !== (await this.version(translation))) return { state: 'absent' };
    const { vocabulary, keys, bytes, buildMs, builtAt } = row;
    return { state: 'ready', terms: vocabulary.length, verses: keys.length, bytes, buildMs, builtAt };
  }

  /** The index, built if need be; resolves when it is ready (tests and the benchmark wait on it). */
  async ready(translation: TranslationId): Promise<void> {
    if (await this.header(translation)) return;
    const failure = this.failures.get(translation);
    this.failures.delete(translation);
    if (failure !== undefined) throw failure;
    await this.builds.get(translation)!.promise;
  }

  /** Drops every index (the "clear cache" button); the next word search builds again. */
  async clear(): Promise<void> {
    this.generation++;
    this.headers.clear();
    this.builds.clear();
    this.failures.clear();
    this.postingsCache.clear();
    this.cachedEntries = 0;
    this.last = undefined;
    this.scopes.clear();
    await this.db.transaction('rw', this.db.searchTerms, this.db.searchIndex, async () => {
      await this.db.searchTerms.clear();
      await this.db.searchIndex.clear();
    });
  }

  /**
   * Forgets one translation's index (an imported translation replaced or removed); a search in
   * it builds it again.
   */
  async forget(translation: TranslationId): Promise<void> {
    this.generation++;
    this.headers.delete(translation);
    this.builds.delete(translation);
    this.failures.delete(translation);
    for (const key of [...this.postingsCache.keys()]) {
      if (key.startsWith(`${translation}:`)) {
        this.cachedEntries -= this.postingsCache.get(key)!.length;
        this.postingsCache.delete(key);
      }
    }
    this.last = undefined;
    for (const key of [...this.scopes.keys()]) {
      if (key.split(',').includes(translation)) this.scopes.delete(key);
    }
    await this.db.transaction('rw', this.db.searchTerms, this.db.searchIndex, async () => {
      await this.db.searchTerms.where('[t+term]').between([translation], [translation, []]).delete();
      await this.db.searchIndex.delete(translation);
    });
  }

  private async version(translation: TranslationId): Promise<string> {
    return `${await this.packs.version(translation)}/${INDEX_FORMAT}`;
  }

  private async language(translation: TranslationId): Promise<Language> {
    const about = (await this.imported()).find((t) => t.id === translation);
    return searchLanguage(translation, about?.language);
  }

  /** The header when the index is ready; otherwise starts (or joins) its build and returns undefined. */
  private async header(translation: TranslationId): Promise<Header | undefined> {
    const known = this.headers.get(translation);
    if (known) return known;
    if (this.builds.has(translation) || this.failures.has(translation)) return undefined;
    const version = await this.version(translation);
    const row = await this.db.searchIndex.get(translation);
    if (row?.version === version) {
      const { keys, lengths, vocabulary, surfaces, counts, roots } = row;
      const header = { keys, lengths, vocabulary, surfaces, counts, roots };
      this.headers.set(translation, header);
      return header;
    }
    if (!this.builds.has(translation)) this.startBuild(translation, version);
    return undefined;
  }

  private startBuild(translation: TranslationId, version: string): void {
    const build: Build = { done: 0, total: BOOKS.length, promise: Promise.resolve() as never };
    const generation = this.generation;
    build.promise = this.build(translation, version, build, generation).finally(() => {
      if (this.builds.get(translation) === build) this.builds.delete(translation);
    });
    // A failed build (a damaged pack, a full disk) is reported by the next search; the one after retries.
    build.promise.catch((error: unknown) => {
      if (generation === this.generation) this.failures.set(translation, error);
    });
    this.builds.set(translation, build);
  }

  private async build(
    translation: TranslationId,
    version: string,
    progress: Build,
    generation: number,
  ): Promise<Header> {
    const started = performance.now();
    const language = await this.language(translation);
    const builder = new IndexBuilder(language);
    for (const book of BOOKS) {
      const chapters = book.verses.length;
      const osis = chapters === 1 ? `${book.id}.1` : `${book.id}.1-${book.id}.${chapters}`;
      const passage = await this.verses.getPassage(osis, translation).catch((error: unknown) => {
        // A book the translation leaves wholly empty has nothing to index.
        if (error instanceof PassageNotFoundError) return undefined;
        throw error;
      });
      for (const v of passage?.verses ?? []) builder.add(book.index, v.chapter, v.verse, v.text);
      progress.done++;
    }
    const index = builder.finish();
    const rows: SearchTermRow[] = [];
    let bytes = index.keys.byteLength + index.lengths.byteLength;
    for (const [term, postings] of index.postings) {
      rows.push({ t: translation, term, postings });
      bytes += postings.byteLength + term.length;
    }
    const vocabulary = [...index.postings.keys()].sort();
    const header: SearchIndexRow = {
      t: translation,
      version,
      keys: index.keys,
      lengths: index.lengths,
      vocabulary,
      surfaces: vocabulary.map((term) => index.surfaces.get(term) ?? term),
      counts: Uint32Array.from(vocabulary, (term) => index.postings.get(term)!.length),
      roots: familyRoots(vocabulary, language),
      builtAt: this.now(),
      buildMs: 0,
      bytes,
    };
    // The header's sorted terms, written forms, family roots and counts are stored too.
    for (let i = 0; i < vocabulary.length; i++) {
      header.bytes += vocabulary[i]!.length + header.surfaces[i]!.length + header.roots[i]!.length;
    }
    header.bytes += header.counts.byteLength;
    if (generation !== this.generation) throw new Error('The cache was cleared while the index was built');
    await this.db.transaction('rw', this.db.searchTerms, this.db.searchIndex, async () => {
      await this.db.searchIndex.delete(translation);
      await this.db.searchTerms.where('[t+term]').between([translation], [translation, []]).delete();
      await this.db.searchTerms.bulkPut(rows);
      // Written last: a build cut short (the worker stopped) leaves no header, so it is redone.
      await this.db.searchIndex.put({ ...header, buildMs: Math.round(performance.now() - started) });
    });
    this.headers.set(translation, header);
    return header;
  }

  /** Postings of `terms`, from memory or IndexedDB. */
  private async postings(
    translation: TranslationId,
    terms: readonly string[],
  ): Promise<(Uint32Array | undefined)[]> {
    const out = terms.map((term) => this.touch(`${translation}:${term}`));
    const missing = terms.filter((_, i) => !out[i]);
    if (missing.length > 0) {
      const rows = await this.db.searchTerms.bulkGet(missing.map((term) => [translation, term]));
      const found = new Map(rows.filter((r) => r).map((r) => [r!.term, r!.postings]));
      terms.forEach((term, i) => {
        const postings = found.get(term);
        if (out[i] || !postings) return;
        out[i] = postings;
        this.remember(`${translation}:${term}`, postings);
      });
    }
    return out;
  }

  private touch(key: string): Uint32Array | undefined {
    const postings = this.postingsCache.get(key);
    if (postings) {
      this.postingsCache.delete(key);
      this.postingsCache.set(key, postings);
    }
    return postings;
  }

  private remember(key: string, postings: Uint32Array): void {
    this.postingsCache.set(key, postings);
    this.cachedEntries += postings.length;
    for (const [old, list] of this.postingsCache) {
      if (this.cachedEntries <= MEMORY_POSTINGS || old === key) break;
      this.postingsCache.delete(old);
      this.cachedEntries -= list.length;
    }
  }

  /** The text of each verse, from the verse cache, else through the verse service. */
  private async texts(translation: TranslationId, keys: readonly number[]): Promise<string[]> {
    const rows = await this.db.verses.bulkGet(
      keys.map((key) => {
        const { bookIndex, chapter, verse } = splitVerseKey(key);
        return [translation, bookIndex, chapter, verse] as [TranslationId, number, number, number];
      }),
    );
    return Promise.all(
      rows.map(async (row, i) => {
        if (typeof row?.text === 'string') return row.text;
        // Not cached (cleared, or still being written): the verse service reads its book.
        const passage = await this.verses.getPassage(verseKeyToOsis(keys[i]!), translation);
        return passage.verses[0]?.text ?? '';
      }),
    );
  }
}
