/**
 * The translations Intercede reads: the public-domain ones bundled with the extension, and any
 * the reader imports (#12 §5), whose ids are `u:` and their abbreviation (`u:NBLA`). The
 * background keeps the imported ones' registry; pages learn of them by asking it.
 */

import {
  isBundledTranslation,
  translationLabel,
  TRANSLATION_IDS,
  type BundledTranslationId,
  type TranslationId,
} from './translation-ids';

export * from './translation-ids';

/** What the UI says of a bundled translation (where it comes from: sources.ts). */
export interface Translation {
  readonly id: BundledTranslationId;
  readonly name: string;
  /** The language of its text (BCP 47), which also picks how word search reads it. */
  readonly language: 'en' | 'es';
}

/** Every bundled translation by id. */
export const TRANSLATIONS: Readonly<Record<BundledTranslationId, Translation>> = {
  WEB: { id: 'WEB', name: 'World English Bible', language: 'en' },
  KJV: { id: 'KJV', name: 'King James Version', language: 'en' },
  RV1909: { id: 'RV1909', name: 'Reina-Valera 1909', language: 'es' },
};

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
export const BUNDLED_ABOUT: readonly TranslationAbout[] = /* @__PURE__ */ TRANSLATION_IDS.map(bundledAbout);

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
