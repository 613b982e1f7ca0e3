/**
 * Book identifiers of the other import formats, as OSIS ids: the three-letter codes of USFM and
 * USFX (Paratext's), and Zefania's book numbers. Books outside the 66 map to their OSIS ids too,
 * so the collector keeps their verses apart; the non-scripture "books" (front matter, glossary)
 * map to nothing and are skipped.
 */
import { BOOKS } from '../bible/books';

const CANON =
  'GEN EXO LEV NUM DEU JOS JDG RUT 1SA 2SA 1KI 2KI 1CH 2CH EZR NEH EST JOB PSA PRO ECC SNG ISA JER LAM ' +
  'EZK DAN HOS JOL AMO OBA JON MIC NAM HAB ZEP HAG ZEC MAL MAT MRK LUK JHN ACT ROM 1CO 2CO GAL EPH PHP ' +
  'COL 1TH 2TH 1TI 2TI TIT PHM HEB JAS 1PE 2PE 1JN 2JN 3JN JUD REV';

const OTHERS: Record<string, string> = {
  TOB: 'Tob',
  JDT: 'Jdt',
  ESG: 'EsthGr',
  WIS: 'Wis',
  SIR: 'Sir',
  BAR: 'Bar',
  LJE: 'EpJer',
  S3Y: 'PrAzar',
  SUS: 'Sus',
  BEL: 'Bel',
  '1MA': '1Macc',
  '2MA': '2Macc',
  '3MA': '3Macc',
  '4MA': '4Macc',
  '1ES': '1Esd',
  '2ES': '2Esd',
  MAN: 'PrMan',
  PS2: 'Ps151',
  DAG: 'DanGr',
  ODA: 'Odes',
  PSS: 'PssSol',
  LAO: 'EpLao',
};

/** Paratext's codes for material that is not a book of verses. */
const NOT_BOOKS = new Set('FRT BAK OTH INT CNC GLO TDX NDX XXA XXB XXC XXD XXE XXF XXG'.split(' '));

const BY_CODE = new Map<string, string>([
  ...CANON.split(' ').map((code, i) => [code, BOOKS[i]!.id] as [string, string]),
  ...Object.entries(OTHERS),
]);

/**
 * The OSIS id of a USFM/USFX book code; null for front matter and the like (skipped);
 * undefined for a code that is not a book code at all.
 */
export function osisOfCode(code: string): string | null | undefined {
  const upper = code.toUpperCase();
  if (NOT_BOOKS.has(upper)) return null;
  return BY_CODE.get(upper);
}

/** Zefania's numbers past the 66, as its own schema lists them. */
const ZEFANIA_OTHERS = ['Jdt', 'Wis', 'Tob', 'Sir', 'Bar', '1Macc', '2Macc', 'AddDan', 'AddEsth', 'PrMan'];

/** The OSIS id of a Zefania book number, or undefined. */
export function osisOfNumber(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  return n <= 66 ? BOOKS[n - 1]!.id : ZEFANIA_OTHERS[n - 67];
}

const THREE_LETTER: Record<string, string> = {
  eng: 'en',
  spa: 'es',
  deu: 'de',
  ger: 'de',
  fra: 'fr',
  fre: 'fr',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  dut: 'nl',
  rus: 'ru',
  ukr: 'uk',
  pol: 'pl',
  ces: 'cs',
  cze: 'cs',
  ron: 'ro',
  rum: 'ro',
  hun: 'hu',
  fin: 'fi',
  swe: 'sv',
  nor: 'no',
  dan: 'da',
  lat: 'la',
  grc: 'grc',
  heb: 'he',
  zho: 'zh',
  chi: 'zh',
  kor: 'ko',
  jpn: 'ja',
  tgl: 'tl',
  swh: 'sw',
  swa: 'sw',
};

/** A language as a file writes it ("ENG", "eng", "en-US") as a BCP 47 tag, or '' when unreadable. */
export function languageTag(written: string): string {
  const tag = written.trim();
  if (/^[a-zA-Z]{2}(?:-[a-zA-Z0-9]{1,8})*$/.test(tag)) return tag;
  const lower = tag.toLowerCase();
  if (/^[a-z]{3}$/.test(lower)) return THREE_LETTER[lower] ?? lower;
  return '';
}
