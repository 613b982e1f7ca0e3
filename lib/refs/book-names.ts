/**
 * How people write the 66 book names: full names, the SBL abbreviations, the short forms of
 * other style guides (NAB's "Jgs", "1 Tm"), and common informal ones. Numbered books are
 * listed without their number ("Cor" → 1Cor, 2Cor); the finder reads the number (1, I, First,
 * 1st…) written in front. Keys are lower-case; the finder applies the case rule.
 *
 * "Jo" is read only after a book number ("1Jo 2:1", the SBL form), since alone it is a name.
 *
 * Left out on purpose, because as words they are far more often English or something else:
 * "Jo", "Mar" (March), "Phi", "Pp" (pages). "Is", "Am" and "Act" are {@link AMBIGUOUS}. "Hb"
 * follows NAB (Habakkuk), since "Heb" is what everyone writes for Hebrews; "Ez" (Ezekiel) and
 * "Mc" (Mark) follow NAB and the Spanish Bibles, and "1 Mc" (Maccabees) is refused.
 */
import type { BookId } from '../bible/books';

// OSIS id (or "#" + numbered stem) → spellings, space-separated; "_" stands for a space in a name.
const NAMES: readonly (readonly [string, string])[] = [
  ['Gen', 'genesis gen ge gn'],
  ['Exod', 'exodus exod exo ex'],
  ['Lev', 'leviticus lev le lv'],
  ['Num', 'numbers num nu nm nb'],
  ['Deut', 'deuteronomy deut deu dt'],
  ['Josh', 'joshua josh jos jsh'],
  ['Judg', 'judges judg jdg jg jgs jdgs'],
  ['Ruth', 'ruth ru rth'],
  ['#Sam', 'samuel sam sa sm'],
  ['#Kgs', 'kings kgs ki kin'],
  ['#Chr', 'chronicles chron chr ch'],
  ['Ezra', 'ezra ezr'],
  ['Neh', 'nehemiah neh ne'],
  ['Esth', 'esther esth est'],
  ['Job', 'job jb'],
  ['Ps', 'psalms psalm ps psa pss psm pslm'],
  ['Prov', 'proverbs prov pro prv pr'],
  ['Eccl', 'ecclesiastes eccl eccles ecc ec qoheleth qoh'],
  ['Song', 'song_of_songs song_of_solomon song_of_sol song canticles cant sg'],
  ['Isa', 'isaiah isa'],
  ['Jer', 'jeremiah jer je jr'],
  ['Lam', 'lamentations lam la'],
  ['Ezek', 'ezekiel ezek eze ezk'],
  ['Dan', 'daniel dan da dn'],
  ['Hos', 'hosea hos ho'],
  ['Joel', 'joel jl'],
  ['Amos', 'amos'],
  ['Obad', 'obadiah obad ob'],
  ['Jonah', 'jonah jon jnh'],
  ['Mic', 'micah mic mi'],
  ['Nah', 'nahum nah na'],
  ['Hab', 'habakkuk hab hb'],
  ['Zeph', 'zephaniah zeph zep zp'],
  ['Hag', 'haggai hag hg'],
  ['Zech', 'zechariah zech zec zc'],
  ['Mal', 'malachi mal ml'],
  ['Matt', 'matthew matt mat mt'],
  ['Mark', 'mark mrk mk mr'],
  ['Luke', 'luke luk lk lu'],
  ['John', 'john jn jhn joh jno'],
  ['Acts', 'acts_of_the_apostles acts ac'],
  ['Rom', 'romans rom ro rm'],
  ['#Cor', 'corinthians cor co'],
  ['Gal', 'galatians gal ga'],
  ['Eph', 'ephesians eph ephes'],
  ['Phil', 'philippians phil php'],
  ['Col', 'colossians col'],
  ['#Thess', 'thessalonians thess thes th'],
  ['#Tim', 'timothy tim ti tm'],
  ['Titus', 'titus tit ti'],
  ['Phlm', 'philemon philem phlm phm'],
  ['Heb', 'hebrews heb'],
  ['Jas', 'james jas jam jm jms'],
  ['#Pet', 'peter pet pe pt'],
  ['#John', 'john jn jhn joh jo jno'],
  ['Jude', 'jude jud'],
  ['Rev', 'revelation revelations rev re rv'],
];

/**
 * Spanish names and abbreviations (Reina-Valera's names, the abbreviations of its editions and
 * of the Catholic Spanish Bibles), keyed without accents: "Éxodo" and "Exodo" are both read.
 * Spellings that English shares ("Jn", "Ro", "Heb") are listed above, not here. "Os" (Oseas) is
 * {@link AMBIGUOUS}: it is a Spanish pronoun. The single letters of "1 S", "1 R", "1 P" are
 * read only with their number, a capital and a chapter and verse.
 */
const SPANISH_NAMES: readonly (readonly [string, string])[] = [
  ['Exod', 'exodo'],
  ['Lev', 'levitico'],
  ['Num', 'numeros'],
  ['Deut', 'deuteronomio'],
  ['Josh', 'josue'],
  ['Judg', 'jueces jue'],
  ['Ruth', 'rut'],
  ['#Sam', 's'],
  ['#Kgs', 'reyes r'],
  ['#Chr', 'cronicas cr'],
  ['Ezra', 'esdras esd'],
  ['Neh', 'nehemias'],
  ['Esth', 'ester'],
  ['Ps', 'salmos salmo sal'],
  ['Prov', 'proverbios'],
  ['Eccl', 'eclesiastes ecl'],
  ['Song', 'cantares cantar_de_los_cantares cnt'],
  ['Isa', 'isaias'],
  ['Jer', 'jeremias'],
  ['Lam', 'lamentaciones lm'],
  ['Ezek', 'ezequiel ez'],
  ['Hos', 'oseas'],
  ['Obad', 'abdias abd'],
  ['Jonah', 'jonas'],
  ['Mic', 'miqueas'],
  ['Hab', 'habacuc'],
  ['Zeph', 'sofonias sof'],
  ['Hag', 'hageo'],
  ['Zech', 'zacarias zac'],
  ['Mal', 'malaquias'],
  ['Matt', 'mateo'],
  ['Mark', 'marcos mc'],
  ['Luke', 'lucas lc'],
  ['John', 'juan'],
  ['Acts', 'hechos hechos_de_los_apostoles hch'],
  ['Rom', 'romanos'],
  ['#Cor', 'corintios'],
  ['Gal', 'galatas'],
  ['Eph', 'efesios ef'],
  ['Phil', 'filipenses flp fil'],
  ['Col', 'colosenses'],
  ['#Thess', 'tesalonicenses ts tes'],
  ['#Tim', 'timoteo'],
  ['Titus', 'tito'],
  ['Phlm', 'filemon flm'],
  ['Heb', 'hebreos'],
  ['Jas', 'santiago stg sant'],
  ['#Pet', 'pedro p'],
  ['#John', 'juan'],
  ['Jude', 'judas'],
  ['Rev', 'apocalipsis apoc ap'],
];

/** The numbers a numbered book may carry, for each stem. */
const NUMBERED: Readonly<Record<string, readonly number[]>> = {
  Sam: [1, 2],
  Kgs: [1, 2],
  Chr: [1, 2],
  Cor: [1, 2],
  Thess: [1, 2],
  Tim: [1, 2],
  Pet: [1, 2],
  John: [1, 2, 3],
};

/**
 * Book ids by lower-case spelling: unnumbered names map directly ("heb"), numbered ones with
 * their number in front ("1cor"), so "Ti" is Titus and "1 Ti" is 1 Timothy.
 */
function keysOf(table: readonly (readonly [string, string])[], add: (key: string, id: BookId) => void): void {
  for (const [id, spellings] of table) {
    for (const raw of spellings.split(' ')) {
      const name = raw.replace(/_/g, ' ');
      if (id.startsWith('#')) {
        const stem = id.slice(1);
        for (const n of NUMBERED[stem]!) add(`${n}${name}`, `${n}${stem}` as BookId);
      } else {
        add(name, id as BookId);
      }
    }
  }
}

const map = new Map<string, BookId>();
keysOf(NAMES, (key, id) => map.set(key, id));
const spanish = new Set<string>();
keysOf(SPANISH_NAMES, (key, id) => {
  map.set(key, id);
  spanish.add(key);
});

/**
 * Book ids by lower-case spelling without accents: unnumbered names map directly ("heb",
 * "exodo"), numbered ones with their number in front ("1cor", "1corintios"), so "Ti" is Titus
 * and "1 Ti" is 1 Timothy.
 */
export const BOOK_BY_NAME: ReadonlyMap<string, BookId> = map;

/**
 * The keys only Spanish writes ("juan", "1corintios", "sal"): after them "3,16" is a chapter and
 * verse, as Spanish prints it, where after English names "Psalms 39,62" lists two chapters.
 */
export const SPANISH_ONLY: ReadonlySet<string> = spanish;

/**
 * English books' full names ("Psalms", "1 Samuel" as "samuel"): after them "39,62" lists two
 * chapters, as Spurgeon writes "Psalms 39,62, 77". After an abbreviation ("Jn 3,16", "Mt 5,44")
 * and after any Spanish name, a comma touching two numbers separates chapter and verse, as
 * Catholic, Spanish and other European Bibles print it.
 */
export const ENGLISH_FULL_NAMES: ReadonlySet<string> = new Set([
  ...NAMES.map(([, spellings]) => spellings.split(' ')[0]!.replace(/_/g, ' ')),
  'psalm',
  // The name writers give Acts in full ("Acts of the Apostles" is its first spelling above).
  'acts',
  'song of solomon',
  'canticles',
  'qoheleth',
  'revelations',
]);

/**
 * Abbreviations that are everyday English words: "Is 2 enough?", "Am 5 minutes late",
 * "Act 2, scene 1", "He 3 times". They are read only with an explicit chapter and verse ("(Is 53:5)"), never
 * as a bare chapter, and in small letters only when the caller asks for case-insensitive names.
 */
export const AMBIGUOUS: ReadonlyMap<string, BookId> = new Map<string, BookId>([
  ['is', 'Isa'],
  ['am', 'Amos'],
  ['act', 'Acts'],
  // Matthew Henry's and other older commentaries: "He 11:4" (Hebrews), "Ha 2:6" (Habakkuk).
  ['he', 'Heb'],
  ['ha', 'Hab'],
  // Spanish words: "os" (you), "es" (is; English writers use "Est" or "Esth" for Esther).
  ['os', 'Hos'],
  ['es', 'Esth'],
]);

/**
 * Names that are also places and people ("Santiago 5" is a street or a score more often than
 * James 5): read only with a chapter and verse, like a name after "San" ("San Juan 12").
 */
export const VERSE_ONLY: ReadonlySet<string> = new Set(['santiago']);

/**
 * Names that are also English words, everyday names or codes ("job", "mark", "song 3:45", "est
 * 9:30", "rev 2:1"): read in small letters only when case-insensitive matching is on.
 */
const SMALL_LETTER_WORDS = new Set(
  (
    'is am act he ha mark job song songs kings judges numbers est es rev col pro jam kin mat lam hag nah sam dan ' +
    'tim pet gal ruth joel amos ezra titus jude hosea micah ex re ch ' +
    // Spanish words and names: salt, bad, Ruth, Esther, Luke, Mark, Matthew, Tito, James, Judas.
    'os sal mal rut ester lucas marcos mateo tito tit santiago sant judas jud fil zac sof'
  ).split(' '),
);

/** Two-letter abbreviations distinctive enough in small letters: "mt 5:44", "jn 3:16", "ps 23:1". */
const SMALL_LETTER_PAIRS = new Set('mt mk lk jn gn dt rm jl zc zp hg ml jr dn jg jb ps'.split(' '));

/**
 * Whether a name written in small letters (without case-insensitive matching) may be a book
 * when a chapter and verse follow: "jer 31:22", "rom 8:28", "mt 5:44", never "is 2:3" or "mark 4:15".
 */
export function smallLettersName(name: string): boolean {
  if (name.length === 2) return SMALL_LETTER_PAIRS.has(name);
  return !SMALL_LETTER_WORDS.has(name);
}

/**
 * Spellings of book numbers, lower-case: 1, I, First, 1st…, and the Spanish ones: "Primera
 * (de) Juan", "1ª Juan", "1.ª Corintios", "1ra Juan", "Segundo Reyes".
 */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['primera', 1],
  ['primero', 1],
  ['primer', 1],
  ['segunda', 2],
  ['segundo', 2],
  ['tercera', 3],
  ['tercero', 3],
  ['1ª', 1],
  ['2ª', 2],
  ['3ª', 3],
  ['1º', 1],
  ['2º', 2],
  ['3º', 3],
  ['1.ª', 1],
  ['2.ª', 2],
  ['3.ª', 3],
  ['1.º', 1],
  ['2.º', 2],
  ['3.º', 3],
  ['1ra', 1],
  ['2da', 2],
  ['3ra', 3],
  ['1ro', 1],
  ['2do', 2],
  ['3ro', 3],
  ['1', 1],
  ['2', 2],
  ['3', 3],
  ['i', 1],
  ['ii', 2],
  ['iii', 3],
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
]);

/** Names of more than one word, keyed by their last word, so the look-back can check the rest. */
export const MULTI_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const name of BOOK_BY_NAME.keys()) {
    const words = name.split(' ');
    if (words.length > 1) {
      const last = words[words.length - 1]!;
      map.set(last, [...(map.get(last) ?? []), name]);
    }
  }
  return map;
})();
