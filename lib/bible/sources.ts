/**
 * Where each bundled translation comes from: the SWORD module the data build exports it from, the
 * Debian package that ships it, and its licence. For the about page and the build scripts; the
 * page code and the first stage do not carry it.
 */
import type { BundledTranslationId } from './translation-ids';

/** A bundled translation's source. */
export interface TranslationSource {
  /** The SWORD module the data build exports it from. */
  readonly module: string;
  /** The Debian package that ships that module. */
  readonly debianPackage: string;
  readonly license: string;
}

/** Every bundled translation's source, by id. */
export const TRANSLATION_SOURCES: Readonly<Record<BundledTranslationId, TranslationSource>> = {
  WEB: {
    module: 'engWEB2015eb',
    debianPackage: 'sword-text-web',
    license: 'Public domain. “World English Bible” is a trademark; the text is shown unaltered.',
  },
  KJV: {
    module: 'engKJV2006eb',
    debianPackage: 'sword-text-kjv',
    license: 'Public domain outside the United Kingdom.',
  },
  RV1909: {
    module: 'spaRV1909eb',
    debianPackage: 'sword-text-sparv',
    license: 'Public domain.',
  },
};
