/** The public-domain translations bundled with the extension. */

/** Translation ids, in the order the UI offers them. */
export const TRANSLATION_IDS = ['WEB', 'KJV', 'RV1909'] as const;

/** A bundled translation id. */
export type TranslationId = (typeof TRANSLATION_IDS)[number];

/** What the UI and the about page say of a translation. */
export interface Translation {
  readonly id: TranslationId;
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
export const TRANSLATIONS: Readonly<Record<TranslationId, Translation>> = {
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

/** Whether `id` names a bundled translation. */
export function isTranslationId(id: unknown): id is TranslationId {
  return typeof id === 'string' && (TRANSLATION_IDS as readonly string[]).includes(id);
}
