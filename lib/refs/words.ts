/**
 * Words the finder reads around numbers: units that make a number a count, markers that make
 * the next number a verse, and book numbers written as the first word of a numbered name.
 */
import { BOOK_BY_NAME } from './book-names';
import { fold, isDigit, isNameLetter, spaceRunEnd } from './chars';

/** Words that make a number a count ("Ruth 5 minutes", "Dan 3 points", "and 3 others"). */
export const UNITS = new Set(
  (
    'minutes minute mins min hours hour hrs hr seconds secs sec days day weeks week months month years ' +
    'year yrs points point pts goals runs votes seats stars laps rounds people persons men women kids ' +
    'children guys friends others more times percent km miles mi kg lbs pounds dollars euros items pages ' +
    'games members students players copies feet ft inches cm chapters tickets things ways reasons steps ' +
    'words lessons questions ' +
    // Spanish, without accents: "Marcos 2 hijos", "Sal 2 kg", "Juan 3 años", "Lucas 1:1 y 3 otros".
    'anos ano meses mes dias dia horas hora minutos segundos semanas semana puntos goles votos personas ' +
    'hombres mujeres ninos hijos hijas hermanos hermanas amigos otros otras veces euros pesos dolares ' +
    'centavos kilos gramos g litros metros paginas capitulos libros cucharadas cucharaditas tazas ' +
    'estrellas monedas vueltas partidos cosas formas pasos preguntas'
  ).split(' '),
);

/** Month names: "Juan 3 de mayo" is a date, as "el 3 de mayo" is. */
const MONTHS = new Set(
  'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre'.split(
    ' ',
  ),
);

/** Words that make the next number a verse: "and v. 41", ", vv. 3–5", "verses 26 and 27". */
export const VERSE_MARKERS = new Set([
  'v',
  'vv',
  'verse',
  'verses',
  'ver',
  'vs',
  'vss',
  // Spanish, without accents: "versículos 4 al 6", "vers. 5".
  'versiculo',
  'versiculos',
  'vers',
]);

/** The letters from `s` (ASCII and Latin-1: "años"), as written. */
export function letters(text: string, s: number): string {
  let e = s;
  while (isNameLetter(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

/**
 * Whether the number that ends at `i` is a count or the number of a book rather than a verse
 * or chapter: a unit follows ("3 people", "5 of 7"), or a name that takes a book number
 * ("1 John", "2 Cor"). `loose` (after "Psalm 23. 4", in lists) also takes "of" as a count ("4 of us").
 */
export function countOrBookFollows(text: string, numberStart: number, i: number, loose = false): boolean {
  const s = spaceRunEnd(text, i);
  if (s > i + 2 || s === i) return false;
  const word = fold(letters(text, s));
  if (!word) return false;
  if (UNITS.has(word)) return true;
  // "Job 3 of 5" is a step; after a sentence's full stop, "4 of us" is a count.
  if (word === 'of' && (loose || isDigit(text.charCodeAt(spaceRunEnd(text, s + 2))))) return true;
  const book = i - numberStart === 1 && BOOK_BY_NAME.has(text[numberStart] + word);
  if (word !== 'de') return book;
  // "Juan 3 de mayo", "Job 3 de 5"; "Juan 3:16, 1 de Juan 4:8" names a book after its number.
  const next = spaceRunEnd(text, s + 2);
  return (
    dateOrStep(text, s + 2) ||
    (i - numberStart === 1 && BOOK_BY_NAME.has(text[numberStart] + fold(letters(text, next))))
  );
}

/** After "de" at `i`: a month ("Juan 3 de mayo") or a number ("Job 3 de 5"). */
export function dateOrStep(text: string, i: number): boolean {
  const s = spaceRunEnd(text, i);
  return isDigit(text.charCodeAt(s)) || MONTHS.has(fold(letters(text, s)));
}
