/**
 * Builds the word index of one translation from its verses, in canonical order. Each term's
 * postings are one sorted Uint32Array of `ordinal * 256 + position` (the verse's number in
 * the translation and the word's place in the verse), so a phrase is found by checking that
 * `p + 1` is in the next word's list, and the lists store compactly in IndexedDB.
 */
import { foldedWordsOf, termOfFolded, type Language } from './tokenize';
import { verseKey } from './verse-key';

/** Positions are stored in one byte; no verse in either translation has more than 103 words. */
const MAX_POSITION = 255;

/** The word index of one translation. */
export interface WordIndex {
  /** Verse keys (see verse-key.ts) by ordinal, ascending. */
  keys: Uint32Array;
  /** Words per verse by ordinal (at most 255). */
  lengths: Uint8Array;
  /** Term → postings (`ordinal * 256 + position`), ascending. */
  postings: Map<string, Uint32Array>;
  /** Term → the written form (folded) it stands for most often, for "Showing results for …". */
  surfaces: Map<string, string>;
}

/** Collects verses in canonical order, then hands over the finished index. */
export class IndexBuilder {
  private readonly lists = new Map<string, number[]>();
  private readonly keys: number[] = [];
  private readonly lengths: number[] = [];
  /** Folded word → [its term, how often it is written]. */
  private readonly forms = new Map<string, [string, number]>();

  /** `language`: how the translation's words become terms (see tokenize.ts). */
  constructor(private readonly language: Language = 'en') {}

  /** Adds one verse; verses must come in canonical order. */
  add(bookIndex: number, chapter: number, verse: number, text: string): void {
    const key = verseKey(bookIndex, chapter, verse);
    if (this.keys.length > 0 && key <= this.keys.at(-1)!) {
      throw new Error(`Verses must be added in canonical order (${key} after ${this.keys.at(-1)})`);
    }
    const ordinal = this.keys.length;
    this.keys.push(key);
    const words = foldedWordsOf(text);
    this.lengths.push(Math.min(words.length, MAX_POSITION));
    words.forEach((word, i) => {
      let form = this.forms.get(word);
      if (form) form[1]++;
      else this.forms.set(word, (form = [termOfFolded(word, this.language), 1]));
      const term = form[0];
      let list = this.lists.get(term);
      if (!list) this.lists.set(term, (list = []));
      list.push(ordinal * 256 + Math.min(i, MAX_POSITION));
    });
  }

  /** How many verses were added. */
  get size(): number {
    return this.keys.length;
  }

  /** The index; postings come out sorted because verses and positions came in order. */
  finish(): WordIndex {
    const postings = new Map<string, Uint32Array>();
    for (const [term, list] of this.lists) postings.set(term, Uint32Array.from(list));
    const surfaces = new Map<string, string>();
    const counts = new Map<string, number>();
    for (const [word, [term, n]] of this.forms) {
      if (n > (counts.get(term) ?? 0)) {
        counts.set(term, n);
        surfaces.set(term, word);
      }
    }
    return { keys: Uint32Array.from(this.keys), lengths: Uint8Array.from(this.lengths), postings, surfaces };
  }
}
