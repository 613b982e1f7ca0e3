/**
 * Word families: the derivational step beside the stemmer. The stemmer (tokenize.ts) only
 * removes inflections, so "intercede" and "intercession", "pray" and "prayer", "righteous" and
 * "righteousness" stay apart in the index. A query word is widened at search time to every
 * index term of its family — the terms that share its root — and the index itself keeps the
 * stems, so a verse with the very word typed can still rank above one with a relative.
 *
 * Rules, each applied to a stem (all written for this project):
 * - The divine name: "yahweh" (WEB), "jehovah" (KJV in four places), "yah"/"jah" and "lord"
 *   (KJV's "the LORD") are one name.
 * - British and American spelling meet: -our → -or ("saviour"/"savior", "honour"/"honor"),
 *   since the KJV and the WEB spell them differently.
 * - -ness names the quality of an adjective: "righteousness" → "righteous", "holiness" →
 *   "holy", "forgiveness" → "forgive" (the base at least four letters: "witness" stays).
 * - -cession/-cessor belong to -cede: "intercession", "intercessor" → "intercede".
 * - -emption to -eem: "redemption" → "redeem".
 * - -ification/-ified to -ify: "sanctification", "sanctified" → "sanctify".
 * - -ation/-ator to -ate: "mediator", "mediation" → "mediate"; "creation", "creator" →
 *   "create" (at least three letters before -ation: "nation", "station" stay).
 * - -ies/-ied (which the stemmer leaves as -i) to -y when that word is known: "mercies" →
 *   "mercy", "glorified" → "glory"'s family only through -ify.
 * - Agent nouns in -er from a list: "prayer", "redeemer", "deliverer", "believer", "teacher"…
 *   A rule would be wrong more often than right: "corner", "hunger", "mother", "brother",
 *   "gather", "flower", "shoulder", "tender", "hinder", "liver" are not agents of a verb
 *   written as their first letters.
 * - -ment, -ance/-ence, -ly and the KJV's second person -est ("prayest", "lovest", "goest")
 *   and short -eth ("goeth", "doeth") come off only when what is left is itself a word of the
 *   index: "judgment" → "judge", "repentance" → "repent", "righteously" → "righteous", but
 *   "garment", "priest", "harvest", "only" stay. "forest" and "earnest" are listed apart, as
 *   "for" and "earn" are words too.
 * Not merged, on purpose: -ful ("faithful" is not "faith"), negations ("unrighteousness"),
 * -ity, and anything that would need a dictionary.
 */
import { stem, type Language } from './tokenize';

/** Spellings of the divine name, all read as one. */
const NAME_ROOT = 'lord';
const NAMES = new Set(['yahweh', 'jehovah', 'yah', 'jah', 'lord']);

/**
 * Agent nouns in -er (stems, as the stemmer leaves them) and the stem of their verb. Only
 * words that occur in the bundled translations or that readers type for them.
 */
const AGENTS: Readonly<Record<string, string>> = {
  prayer: 'pray',
  redeemer: 'redeem',
  deliverer: 'deliver',
  believer: 'believ',
  unbeliever: 'unbeliev',
  teacher: 'teach',
  preacher: 'preach',
  worshipper: 'worship',
  worshiper: 'worship',
  sinner: 'sin',
  keeper: 'keep',
  builder: 'build',
  sower: 'sow',
  reaper: 'reap',
  ruler: 'rul',
  lover: 'lov',
  giver: 'giv',
  hearer: 'hear',
  doer: 'do',
  seeker: 'seek',
  helper: 'help',
  healer: 'heal',
  leader: 'lead',
  speaker: 'speak',
  writer: 'writ',
  reader: 'read',
  singer: 'sing',
  comforter: 'comfort',
  transgressor: 'transgress',
  oppressor: 'oppress',
  persecutor: 'persecut',
  counselor: 'counsel',
  counsellor: 'counsel',
  governor: 'govern',
  possessor: 'possess',
  deceiver: 'deceiv',
  avenger: 'aveng',
  forgiver: 'forgiv',
  creator: 'creat',
};

/**
 * Irregular verbs: each base form with its past forms, as written (the stemmer only knows
 * endings). Forms that are also other words, or stem to one, are left out: "saw", "left",
 * "rose", "fell", "found", "lay", "ground", "bore", "made" (stems to "mad"), "done" ("don"),
 * "borne" ("born").
 */
const IRREGULAR_VERBS = `forgive forgave forgiven|give gave given|speak spake spoke spoken|choose chose chosen
write wrote written|take took taken|forsake forsook forsaken|seek sought|teach taught|bring brought
slay slew slain|stand stood|understand understood|withstand withstood|say said|go went gone
come came|become became|overcome overcame|see seen|know knew known|hear heard|send sent|tell told
sit sat|eat ate eaten|do did|begin began begun|drink drank drunk|sing sang sung|run ran
grow grew grown|throw threw thrown|draw drew drawn|keep kept|sleep slept|weep wept|feel felt
mean meant|buy bought|catch caught|fight fought|build built|spend spent|lose lost|pay paid
hold held|sell sold|shake shook shaken|steal stole stolen|break brake broke broken|hide hid hidden
feed fed|flee fled|lead led|meet met|think thought|shine shone|strike smote smitten
arise arose arisen|forget forgot forgotten|fly flew flown|wear wore worn|tear tore torn|swear sware swore sworn`;

/** Stem of an irregular form → stem of its base form. */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  IRREGULAR_VERBS.split(/[|\n]/).flatMap((group) => {
    const [base, ...forms] = group.trim().split(' ');
    // "hid" and "hide" stem alike already.
    return forms.map((form): [string, string] => [stem(form), stem(base!)]).filter(([f, b]) => f !== b);
  }),
);

/**
 * Words whose -est, -eth, -ment, -ence or -ly ending is part of the word although the rest is
 * a word too (found by reading every family of the WEB and the KJV).
 */
const KEEP = new Set([
  'forest',
  'earnest',
  'madest',
  'modest',
  'arrest',
  'honest',
  'dishonest',
  'sheth',
  'someth',
  'sentenc',
  'violenc',
  'casement',
  'parchment',
  'battlement',
  'lordly',
  'supply',
  'suppli',
  'lowly',
  'only',
  'early',
  'holy',
  'godly',
  'belly',
]);

/** Whether a term is in the vocabulary the families are drawn from. */
export type HasTerm = (term: string) => boolean;

/** The family root of an index term (a stem). `has` tells which terms the index holds. */
function familyRoot(term: string, has: HasTerm): string {
  if (NAMES.has(term)) return NAME_ROOT;
  const base = AGENTS[term] ?? IRREGULAR.get(term);
  if (base !== undefined) return familyRoot(base, has);
  let w = term;
  if (w.length > 5 && w.endsWith('our')) w = `${w.slice(0, -3)}or`;
  const rule = derive(w, has);
  return rule === undefined ? w : familyRoot(rule, has);
}

/**
 * The family root of a term without an index to consult: the rules that need to know which
 * words exist (-ment, -ly, -est…) do not apply. For comparing short texts such as topic names.
 */
export function familyKey(term: string): string {
  return familyRoot(term, () => false);
}

/** One derivational step, or undefined when none applies. */
function derive(w: string, has: HasTerm): string | undefined {
  if (w.endsWith('ness') && w.length >= 8) {
    const base = w.slice(0, -4);
    return base.endsWith('i') ? `${base.slice(0, -1)}y` : stem(base);
  }
  if (/cess(?:ion|or)$/.test(w)) return w.replace(/cess(?:ion|or)$/, 'ced');
  if (w.endsWith('emption')) return `${w.slice(0, -7)}eem`;
  if (/ifi(?:cation)?$/.test(w)) return w.replace(/ifi(?:cation)?$/, 'ify');
  if (/...at(?:ion|or)$/.test(w)) return w.replace(/(?:ion|or)$/, '');
  if (w.length >= 4 && w.endsWith('i') && has(`${w.slice(0, -1)}y`) && w !== 'levi')
    return `${w.slice(0, -1)}y`;
  if (KEEP.has(w)) return undefined;
  for (const [suffix, min] of CONDITIONAL) {
    if (w.length - suffix.length < min || !w.endsWith(suffix)) continue;
    const base = known(w.slice(0, -suffix.length), has);
    if (base !== undefined) return base;
  }
  return undefined;
}

/** Suffixes that come off only when the rest is a known word, with the least that must remain. */
const CONDITIONAL: readonly [string, number][] = [
  ['ment', 4],
  ['anc', 4],
  ['enc', 4],
  ['ly', 4],
  ['est', 2],
  ['eth', 2],
];

/** The index term `base` stands for, if the index holds it in one of its written forms. */
function known(base: string, has: HasTerm): string | undefined {
  // "seest" → "se" → "see"; "useth" → "use" (not "us"); "sittest" → "sit"; "criest" → "cry".
  const candidates = [stem(`${base}e`), `${base}e`, base, stem(base)];
  if (/(.)\1$/.test(base)) candidates.push(base.slice(0, -1));
  if (base.endsWith('i')) candidates.push(`${base.slice(0, -1)}y`);
  return candidates.find((c) => c.length >= 2 && has(c));
}

/**
 * The index's terms grouped by family root, for widening a query word to its relatives. The
 * rules are English; a Spanish index gives each term as its own root, so its words are not widened.
 */
export class Families {
  private readonly members = new Map<string, string[]>();
  private readonly roots = new Map<string, string>();
  private readonly has: HasTerm;

  /**
   * `vocabulary`: every term of every index searched, so relatives in any of them are found.
   * `roots`, when given, holds each term's root as `familyRoots` worked it out when its index was
   * built (parallel to `vocabulary`), which spares a worker that has just started the work.
   */
  constructor(
    vocabulary: readonly string[],
    roots?: readonly string[],
    private readonly language: Language = 'en',
  ) {
    const terms = new Set(vocabulary);
    this.has = (t) => terms.has(t);
    vocabulary.forEach((term, i) => {
      if (this.roots.has(term)) return;
      const root = roots?.[i] ?? familyRoot(term, this.has);
      this.roots.set(term, root);
      const list = this.members.get(root);
      if (list) list.push(term);
      else this.members.set(root, [term]);
    });
  }

  /** `term` and the index terms of its family (the term first), whether or not `term` is indexed. */
  of(term: string): string[] {
    const root = this.roots.get(term) ?? (this.language === 'en' ? familyRoot(term, this.has) : term);
    const family = this.members.get(root) ?? [];
    return [term, ...family.filter((t) => t !== term)];
  }
}

/** The family root of each term of an index's vocabulary, for `Families` (stored with the index). */
export function familyRoots(vocabulary: readonly string[], language: Language = 'en'): string[] {
  if (language !== 'en') return [...vocabulary];
  const terms = new Set(vocabulary);
  return vocabulary.map((term) => familyRoot(term, (t) => terms.has(t)));
}
