/**
 * A translation named right after a reference — "John 3:16 KJV", "Rom 8:28 (WEB)", "Juan 3:16
 * RVR1909" (Reina-Valera 1909, whose one spelling is `RV1909`) — read so the match can carry it and the card open that translation if installed.
 */
import { isDigit, isLetter, isSpace, isUpper, isWordChar } from './chars';

/**
 * The codes read, as writers print them, mapped to one spelling each: the public-domain ones
 * the extension can install (KJV, WEB, Reina-Valera 1909) and the common modern ones, which
 * the card may not have but which still belong to the reference, not to the sentence.
 */
const CODES: ReadonlyMap<string, string> = new Map(
  (
    'KJV AKJV NKJV KJ21 WEB WEBBE ASV RSV NRSV NRSVA NRSVUE NRSVue:NRSVUE ESV ESVUK NIV NIVUK TNIV NIrV:NIRV ' +
    'NIRV NASB NASB95 NASB1995 NASB2020 LSB NLT CSB HCSB NET AMP AMPC MSG YLT DRA DRB NAB NABRE NJB RJB ' +
    'REB NEB CEB CEV GNT GNB TEV NCV ERV ISV LEB BSB MEV EHV CJB TLB NLV RV RV1909 RVR1909:RV1909 ' +
    'RVR1960 RV1960:RVR1960 RVR60:RVR1960 RVA NVI LBLA'
  )
    .split(' ')
    .map((entry) => {
      const [written, code] = entry.split(':');
      return [written!, code ?? written!] as const;
    }),
);

/** The one spelling of a translation code as a writer prints it ("RVR60" → `RVR1960`), if it is one read. */
export function translationCode(written: string): string | undefined {
  return CODES.get(written);
}

/** The longest abbreviation a reader may give a translation they import (lib/bible/translation-ids.ts). */
const LONGEST_EXTRA = 16;

/** A translation code at the end of a match: where the suffix ends and the code's one spelling. */
export interface TranslationAt {
  end: number;
  code: string;
}

/**
 * The translation code after a reference ending at `i`: after one space ("John 3:16 KJV"), in
 * brackets ("Rom 8:28 (WEB)", "Ps 23 [RVR1909]", "John 3:16(NIV)"), against the verse's number
 * ("John 3:16NIV"), or after a comma where the code ends the clause ("(Heb 7:25, ESV)", "John
 * 3:16, KJV."; "Ps 23, NET income" goes on in the sentence); or undefined. `extra` holds more
 * codes, exactly as written: the abbreviations of the translations the reader imported ("Jn 3:16
 * (LSG)", "Rom 8:28 NBLA-2005"), read before the common ones.
 */
export function translationAfter(
  text: string,
  i: number,
  extra: ReadonlySet<string> = NONE,
): TranslationAt | undefined {
  if (text.charCodeAt(i) !== 44) return codeAfter(text, i, extra);
  if (text.charCodeAt(i + 1) !== 32) return undefined;
  const found = codeAfter(text, i + 1, extra);
  return found && endsClause(text, found.end) ? found : undefined;
}

/** Whether a clause ends at `i`: the text's end, a closing bracket, a punctuation mark or a line break. */
function endsClause(text: string, i: number): boolean {
  return i >= text.length || ')]}.,;:!?\n\r'.includes(text[i]!);
}

/** A code after one space, in brackets or against the number (translationAfter). */
function codeAfter(text: string, i: number, extra: ReadonlySet<string>): TranslationAt | undefined {
  let k = i;
  const space = text.charCodeAt(k);
  if (isSpace(space) && space !== 10 && space !== 13) k++;
  const open = text.charCodeAt(k);
  const close = open === 40 ? 41 : open === 91 ? 93 : 0;
  if (close) k++;
  // "John 3:16NIV": a code in capitals written against the verse's number.
  else if (k === i && !(isUpper(open) && isDigit(text.charCodeAt(i - 1)))) return undefined;
  const s = k;
  if (extra.size > 0) {
    let e = s;
    while (e - s < LONGEST_EXTRA && isCodeChar(text, e)) e++;
    const written = text.slice(s, e);
    if (extra.has(written)) return ended(text, e, close, written);
  }
  while (k - s <= 8 && (isLetter(text.charCodeAt(k)) || isDigit(text.charCodeAt(k)))) k++;
  let written = text.slice(s, k);
  // "RV 1909", "RVR 1960": Reina-Valera with its year after a space.
  if ((written === 'RV' || written === 'RVR') && text.charCodeAt(k) === 32) {
    const year = text.slice(k + 1, k + 5);
    if ((year === '1909' || year === '1960') && !isDigit(text.charCodeAt(k + 5))) {
      written += year;
      k += 5;
    }
  }
  const code = CODES.get(written);
  return code === undefined ? undefined : ended(text, k, close, code);
}

const NONE: ReadonlySet<string> = new Set();

/** A letter or digit of any script, or a hyphen: what a code is written with. */
function isCodeChar(text: string, i: number): boolean {
  return i < text.length && (text.charCodeAt(i) === 45 || isWordChar(text, i));
}

/** The code read up to `k`, if what follows ends it: its closing bracket, or the end of the word. */
function ended(text: string, k: number, close: number, code: string): TranslationAt | undefined {
  if (close) return text.charCodeAt(k) === close ? { end: k + 1, code } : undefined;
  // "KJV-only" or "NIV2011" go on as another word: not a code standing alone.
  return isCodeChar(text, k) ? undefined : { end: k, code };
}
