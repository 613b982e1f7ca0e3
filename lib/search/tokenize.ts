/**
 * Words as the word index sees them. The same tokenizer reads verse text when the index is
 * built, the user's query when it is searched, and a result's text when its matches are
 * highlighted, so all three always agree on what a "word" is.
 */

/** One word of a text: its index term and where it stands (UTF-16 offsets). */
export interface Token {
  term: string;
  start: number;
  end: number;
}

// Letters and digits, with apostrophes kept inside a word ("don’t", "Spirit’s").
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const APOSTROPHES = /['’]/g;
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\p{ASCII}]/u;

/** Lower case, no apostrophes, no accents: "Spirit’s" → "spirits", "Élie" → "elie". */
export function foldWord(word: string): string {
  const lower = word.toLowerCase().replace(APOSTROPHES, '');
  // Only words with non-ASCII letters pay for normalisation; Bible text is almost all ASCII.
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(MARKS, '') : lower;
}

const KEEP_S = /(?:ss|us|is)$/;
const DOUBLE = /([^aeiouylsz])\1$/;

/**
 * A light English stemmer, tuned so the forms a reader searches for meet: make, makes, maketh,
 * making → "mak"; pray, prays, prayed, prayeth, praying → "pray"; intercede, intercedes,
 * interceded, interceding → "interced"; sins, sinned, sinneth → "sin"; Spirit’s → "spirit".
 * It only ever removes a plural/possessive s, one of -ing/-eth/-ed, a final e and a doubled
 * consonant, so it never merges unrelated words the way aggressive stemmers do ("priest" stays).
 */
export function stem(word: string): string {
  let w = word;
  if (w.length > 3 && w.endsWith('s') && !KEEP_S.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && (w.endsWith('ing') || w.endsWith('eth'))) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) w = w.slice(0, -2);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && DOUBLE.test(w)) w = w.slice(0, -1);
  return w;
}

/**
 * The language a text is read in. English words are stemmed; Spanish words are only folded
 * (lower case, no accents): a light suffix stemmer merges words a Spanish reader keeps apart
 * ("Dios" would lose its s and meet "dio", he gave), and Spanish verbs have too many endings
 * for a few rules to meet, so a typed prefix ("orac…") does that work instead.
 */
export type Language = 'en' | 'es';

/** The index term of a folded word in `language`. */
export function termOfFolded(folded: string, language: Language = 'en'): string {
  return language === 'en' ? stem(folded) : folded;
}

/** The index term of one written word. */
export function termOf(word: string, language: Language = 'en'): string {
  return termOfFolded(foldWord(word), language);
}

/** Every word of `text` with its term and offsets, in order. */
export function tokenize(text: string, language: Language = 'en'): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const term = termOf(m[0], language);
    if (term) out.push({ term, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The folded words of `text`, in order (the index builder's fast path: it stems them itself). */
export function foldedWordsOf(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = foldWord(m[0]);
    if (folded) out.push(folded);
  }
  return out;
}
