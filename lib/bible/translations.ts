/**
 * The translations Intercede reads: the public-domain ones bundled with the extension, and any
 * the reader imports (#12 §5), whose ids are `u:` and their abbreviation (`u:NBLA`). The
 * background keeps the imported ones' registry; pages learn of them by asking it.
 */

/** Bundled translation ids, in the order the UI offers them. */
export const TRANSLATION_IDS = ['WEB', 'KJV', 'RV1909'] as const;

/** A bundled translation id. */
export type BundledTranslationId = (typeof TRANSLATION_IDS)[number];

/** An imported translation's id: `u:` and its abbreviation. */
export type ImportedTranslationId = `u:${string}`;

/** Any translation id, bundled or imported. */
export type TranslationId = BundledTranslationId | ImportedTranslationId;

/** What the UI and the about page say of a bundled translation. */
export interface Translation {
  readonly id: BundledTranslationId;
  readonly name: string;
  /** The SWORD module the data build exports it from. */
  readonly module: string;
  /** The Debian package that ships that module. */
  readonly debianPackage: string;
  readonly license: string;
  /** The language of its text (BCP 47), which also picks how word search reads it. */
  readonly language: 'en' | 'es';
}

/** Every bundled translation by id. */
export const TRANSLATIONS: Readonly<Record<BundledTranslationId, Translation>> = {
  WEB: {
    id: 'WEB',
    name: 'World English Bible',
    module: 'engWEB2015eb',
    debianPackage: 'sword-text-web',
    license: 'Public domain. “World English Bible” is a trademark; the text is shown unaltered.',
    language: 'en',
  },
  KJV: {
    id: 'KJV',
    name: 'King James Version',
    module: 'engKJV2006eb',
    debianPackage: 'sword-text-kjv',
    license: 'Public domain outside the United Kingdom.',
    language: 'en',
  },
  RV1909: {
    id: 'RV1909',
    name: 'Reina-Valera 1909',
    module: 'spaRV1909eb',
    debianPackage: 'sword-text-sparv',
    license: 'Public domain.',
    language: 'es',
  },
};

/**
 * An imported translation's abbreviation: a letter or digit, then up to 15 letters, digits or
 * hyphens (`NBLA`, `LSG-1910`). It is the id's tail, so it names the translation across the
 * extension, as the bundled ids do.
 */
const ABBREVIATION = /^[\p{L}\p{N}][\p{L}\p{N}-]{0,15}$/u;

/** Whether `text` may be an imported translation's abbreviation. */
export function isAbbreviation(text: string): boolean {
  return ABBREVIATION.test(text) && !(TRANSLATION_IDS as readonly string[]).includes(text);
}

/** Whether `id` names a bundled translation. */
export function isBundledTranslation(id: unknown): id is BundledTranslationId {
  return typeof id === 'string' && (TRANSLATION_IDS as readonly string[]).includes(id);
}

/**
 * Whether `id` is well formed as a translation id: a bundled one, or `u:` and an abbreviation.
 * Whether an imported one is still installed is for the background to say.
 */
export function isTranslationId(id: unknown): id is TranslationId {
  return (
    isBundledTranslation(id) || (typeof id === 'string' && id.startsWith('u:') && isAbbreviation(id.slice(2)))
  );
}

/** The short name the UI shows for a translation: its id, or an imported one's abbreviation. */
export function translationLabel(id: TranslationId): string {
  return isBundledTranslation(id) ? id : id.slice(2);
}

/** What every page may show of a translation, bundled or imported. */
export interface TranslationAbout {
  id: TranslationId;
  name: string;
  /** BCP 47 language of its text; empty when unknown. */
  language: string;
  /** The copyright line shown under its text (empty for the bundled public-domain ones). */
  copyright: string;
  imported: boolean;
}

/** A bundled translation as every page may show it. */
function bundledAbout(id: BundledTranslationId): TranslationAbout {
  const { name, language } = TRANSLATIONS[id];
  return { id, name, language, copyright: '', imported: false };
}

/** The bundled translations, in the order the UI offers them. */
export const BUNDLED_ABOUT: readonly TranslationAbout[] = TRANSLATION_IDS.map(bundledAbout);

/**
 * A translation's name and language, from what a page knows: the bundled table, or an imported
 * one's entry in `known` (the background's list, or a passage's `about`); its label otherwise.
 */
export function aboutTranslation(
  id: TranslationId,
  known: readonly TranslationAbout[] = [],
): TranslationAbout {
  if (isBundledTranslation(id)) return bundledAbout(id);
  return (
    known.find((about) => about.id === id) ?? {
      id,
      name: translationLabel(id),
      language: '',
      copyright: '',
      imported: true,
    }
  );
}
