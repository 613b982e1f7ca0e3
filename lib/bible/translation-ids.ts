/**
 * Translation ids and their checks, apart from the translations' names and sources, so the page's
 * first stage (which checks the stored settings) carries no more than these few lines.
 */

/** Bundled translation ids, in the order the UI offers them. */
export const TRANSLATION_IDS = ['WEB', 'KJV', 'RV1909'] as const;

/** A bundled translation id. */
export type BundledTranslationId = (typeof TRANSLATION_IDS)[number];

/** An imported translation's id: `u:` and its abbreviation. */
export type ImportedTranslationId = `u:${string}`;

/** Any translation id, bundled or imported. */
export type TranslationId = BundledTranslationId | ImportedTranslationId;

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
