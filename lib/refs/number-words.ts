/**
 * Numbers written as words around a chapter or verse, English and Spanish: cardinals ("eight",
 * "twenty-three", "one hundred and nineteen", "veintitrés", "ciento diecinueve"), ordinals
 * ("eighth", "fifty-third", "hundred and nineteenth", "octavo") and ordinal suffixes ("23rd").
 * Used by forward-forms.ts, for "Romans chapter eight", "the twenty-third Psalm" and the like.
 */
import { boundaryAfter, endsLikeOrdinal, fold, isDash, isLetter, isNameLetter, spaceRunEnd } from './chars';

/** A number read at some place in the text, and where its words end. */
export interface NumberAt {
  n: number;
  end: number;
}

/** English ordinal suffixes, checked against the number ("1st", "22nd", "23rd", "119th"). */
export function ordinalSuffix(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/**
 * English ordinals written as words, 1 to 100: "first" … "ninth", "tenth" … "nineteenth",
 * "twentieth" … "ninetieth", "twenty-first" … "ninety-ninth" (or with a space), "hundredth";
 * `ordinalBefore` reads those past a hundred ("hundred and nineteenth").
 */
const ORDINALS: ReadonlyMap<string, number> = (() => {
  const units = 'first second third fourth fifth sixth seventh eighth ninth'.split(' ');
  const teens =
    'tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(
      ' ',
    );
  const tens = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
  const map = new Map<string, number>();
  units.forEach((word, i) => map.set(word, i + 1));
  map.set('hundredth', 100);
  teens.forEach((word, i) => map.set(word, i + 10));
  tens.forEach((word, t) => {
    map.set(`${word.slice(0, -1)}ieth`, (t + 2) * 10);
    units.forEach((unit, i) => map.set(`${word}-${unit}`, (t + 2) * 10 + i + 1));
  });
  return map;
})();

/**
 * Numbers written as words, 1 to 99, keyed in small letters without accents: English "one" …
 * "nineteen", "twenty" … "ninety", "twenty-one" … "ninety-nine" (or with a space), and Spanish
 * "uno" … "quince", "dieciseis" … "veintinueve", "treinta" … "noventa" (with "y" and a unit:
 * "treinta y uno"). `cardinalAt` reads those past a hundred ("one hundred and nineteen",
 * "ciento diecinueve").
 */
export const CARDINALS: ReadonlyMap<string, number> = (() => {
  const units = 'one two three four five six seven eight nine'.split(' ');
  const teens = 'ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
  const tens = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
  const map = new Map<string, number>();
  units.forEach((word, i) => map.set(word, i + 1));
  teens.forEach((word, i) => map.set(word, i + 10));
  tens.forEach((word, t) => {
    map.set(word, (t + 2) * 10);
    units.forEach((unit, i) => map.set(`${word}-${unit}`, (t + 2) * 10 + i + 1));
  });
  // Spanish, without accents: "ocho", "diecinueve", "veintitres", "treinta" (and "treinta y uno").
  const es = 'uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince'.split(' ');
  es.forEach((word, i) => map.set(word, i + 1));
  map.set('un', 1);
  es.slice(5, 9).forEach((unit, i) => map.set(`dieci${unit}`, 16 + i));
  map.set('veinte', 20);
  es.slice(0, 9).forEach((unit, i) => map.set(`veinti${unit}`, 21 + i));
  map.set('veintiun', 21);
  'treinta cuarenta cincuenta sesenta setenta ochenta noventa'
    .split(' ')
    .forEach((word, t) => map.set(word, (t + 3) * 10));
  return map;
})();

/**
 * Spanish ordinals, without accents: "primero" … "decimo", "undecimo" (or "decimoprimero"),
 * "duodecimo" (or "decimosegundo"), and "decimotercero" … "decimonoveno" ("el capítulo octavo", "el octavo capítulo").
 */
export const SPANISH_ORDINALS: ReadonlyMap<string, number> = (() => {
  const units = 'primero segundo tercero cuarto quinto sexto septimo octavo noveno'.split(' ');
  const map = new Map<string, number>();
  units.forEach((word, i) => map.set(word, i + 1));
  map.set('primer', 1);
  map.set('tercer', 3);
  map.set('setimo', 7);
  map.set('decimo', 10);
  map.set('undecimo', 11);
  map.set('duodecimo', 12);
  units.slice(2).forEach((word, i) => map.set(`decimo${word}`, 13 + i));
  // "decimoctavo", as the Academy writes it; "decimoprimero", "decimosegundo" beside "undécimo".
  map.set('decimoctavo', 18);
  map.set('decimoprimero', 11);
  map.set('decimosegundo', 12);
  return map;
})();

/** The end of the word of letters (and hyphens, with `hyphens`) that starts at `i`. */
export function wordEnd(text: string, i: number, hyphens = false): number {
  let e = i;
  while (e < i + 16 && (isNameLetter(text.charCodeAt(e)) || (hyphens && text.charCodeAt(e) === 45))) e++;
  return e;
}

/** A number under 100 in words at `i` ("eight", "twenty-three", "twenty three"), where it ends. */
function tensAt(text: string, i: number): NumberAt | undefined {
  const e = wordEnd(text, i, true);
  const word = fold(text.slice(i, e));
  const n = CARDINALS.get(word);
  if (n === undefined) return undefined;
  const u = spaceRunEnd(text, e);
  if (n >= 20 && n % 10 === 0 && u > e) {
    // "twenty three"; Spanish "treinta y uno"
    const y = text.startsWith('y', u) && spaceRunEnd(text, u + 1) > u + 1 ? spaceRunEnd(text, u + 1) : u;
    const ue = wordEnd(text, y);
    const unit = fold(text.slice(y, ue));
    const ones = CARDINALS.get(unit);
    const both =
      y === u
        ? CARDINALS.get(`${word}-${unit}`)
        : n >= 30 && ones !== undefined && ones < 10
          ? n + ones
          : undefined;
    if (both !== undefined && boundaryAfter(text, ue)) return { n: both, end: ue };
  }
  return boundaryAfter(text, e) ? { n, end: e } : undefined;
}

/**
 * A number from 1 to 199 written in words at `i` — "eight", "twenty-three", "twenty three", "a
 * hundred", "one hundred and nineteen", "hundred nineteen" — and where it ends.
 */
export function cardinalAt(text: string, i: number): NumberAt | undefined {
  // Most often a number in digits ("Psalm 23", "chapter 3 of John").
  if (!isNameLetter(text.charCodeAt(i))) return undefined;
  let e = wordEnd(text, i);
  let word = fold(text.slice(i, e));
  // Spanish: "cien", "ciento diecinueve".
  if (word === 'cien' && boundaryAfter(text, e)) return { n: 100, end: e };
  if (word === 'ciento') {
    const r = spaceRunEnd(text, e);
    const rest = r > e ? tensAt(text, r) : undefined;
    return rest && { n: 100 + rest.n, end: rest.end };
  }
  if (word === 'one' || word === 'a') {
    const h = spaceRunEnd(text, e);
    const he = wordEnd(text, h);
    if (h > e && text.slice(h, he).toLowerCase() === 'hundred') {
      e = he;
      word = 'hundred';
    }
  }
  if (word !== 'hundred') {
    const small = word === 'a' ? undefined : tensAt(text, i);
    // "eight hundred" is a larger number.
    const h = small ? spaceRunEnd(text, small.end) : i;
    return small && text.slice(h, h + 7).toLowerCase() !== 'hundred' ? small : undefined;
  }
  let r = spaceRunEnd(text, e);
  if (r > e && text.startsWith('and', r) && spaceRunEnd(text, r + 3) > r + 3) r = spaceRunEnd(text, r + 3);
  const rest = r > e ? tensAt(text, r) : undefined;
  if (rest) return { n: 100 + rest.n, end: rest.end };
  return boundaryAfter(text, e) ? { n: 100, end: e } : undefined;
}

/**
 * The ordinal written in words that ends at `w`, and where it starts: one word, hyphenated or not
 * ("eighth", "fifty-third"), two ("fifty third"), and past a hundred ("hundred and nineteenth",
 * "one hundred nineteenth", "the hundredth"); undefined for any other word.
 */
export function ordinalBefore(text: string, w: number): { s: number; n: number } | undefined {
  // Most words end as no ordinal does.
  if (!endsLikeOrdinal(text, w)) return undefined;
  let s = w;
  while (s > 0 && w - s <= 14 && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 45)) s--;
  let n = ORDINALS.get(text.slice(s, w).toLowerCase());
  if (n === undefined) return undefined;
  if (n < 10 && text.charCodeAt(s - 1) === 32) {
    let t = s - 1;
    while (t > 0 && s - t <= 8 && isLetter(text.charCodeAt(t - 1))) t--;
    const tens = ORDINALS.get(`${text.slice(t, s - 1).toLowerCase()}-first`);
    if (tens !== undefined) {
      n += tens - 1;
      s = t;
    }
  }
  if (n < 100) {
    for (const hundred of ['hundred and ', 'hundred ', 'Hundred and ', 'Hundred '])
      if (text.endsWith(hundred, s)) {
        n += 100;
        s -= hundred.length;
        break;
      }
  }
  if (n >= 100)
    for (const one of ['one ', 'a ', 'One ', 'A '])
      if (text.endsWith(one, s)) {
        s -= one.length;
        break;
      }
  return { s, n };
}

/** The second number of a range in words after `i`: " to eleven", " through eleven", "–eleven", " al once". */
export function rangeInWords(text: string, i: number): NumberAt | undefined {
  let k = i;
  if (isDash(text.charCodeAt(k))) k++;
  else {
    const w = spaceRunEnd(text, k);
    const e = wordEnd(text, w);
    const word = text.slice(w, e);
    if (w === k || (word !== 'to' && word !== 'through' && word !== 'al')) return undefined;
    k = spaceRunEnd(text, e);
    if (k === e) return undefined;
  }
  return cardinalAt(text, k);
}

/** A Spanish ordinal at `i` ("octavo", "décimo"), and where it ends. */
export function spanishOrdinalAt(text: string, i: number): NumberAt | undefined {
  const e = wordEnd(text, i);
  const n = SPANISH_ORDINALS.get(fold(text.slice(i, e)));
  return n !== undefined && boundaryAfter(text, e) ? { n, end: e } : undefined;
}
