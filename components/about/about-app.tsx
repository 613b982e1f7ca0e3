/**
 * The about page: where the Bible texts and Nave's Topical Bible come from and their
 * public-domain status, the module versions the packs were built from, and who wrote the notes.
 */
import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { packPaths, type DataManifest } from '@/lib/bible/packs';
import { TRANSLATION_SOURCES } from '@/lib/bible/sources';
import { TRANSLATION_IDS, TRANSLATIONS, type TranslationId } from '@/lib/bible/translations';
import { THEMES, type Theme } from '@/lib/commentary/note';
import type { CommentaryPack } from '@/lib/commentary/pack';
import { t, tParts, tPlural, type MessageId } from '@/lib/i18n';

/** Reads a pack shipped in the extension, or undefined when it is missing or damaged. */
export type ReadPack = <T>(path: string) => Promise<T | undefined>;

/** The extension's own packs, read over its chrome-extension:// (moz-extension://) URLs. */
export const readExtensionPack: ReadPack = async <T,>(path: string) => {
  try {
    // getURL's type lists only public paths WXT knows at build time; data packs are generated.
    const response = await fetch(browser.runtime.getURL(path as '/'));
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
};

type Loaded<T> = { status: 'loading' } | { status: 'ready'; value: T | undefined };

function usePack<T>(read: ReadPack, path: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void read<T>(path).then((value) => live && setState({ status: 'ready', value }));
    return () => {
      live = false;
    };
  }, [read, path]);
  return state;
}

/**
 * The licence lines in the interface language. lib/bible/translations.ts keeps the English
 * one, shown for a translation this list does not name yet.
 */
const LICENSES: Record<TranslationId, MessageId> = {
  WEB: 'licenseWEB',
  KJV: 'licenseKJV',
  RV1909: 'licenseRV1909',
};

/** The themes' names in the interface language (lib/commentary/note.ts keeps the English). */
const THEME_MESSAGES: Record<Theme, MessageId> = {
  'human-intercessors': 'themeHumanIntercessors',
  priesthood: 'themePriesthood',
  'christ-intercedes': 'themeChristIntercedes',
  'spirit-intercedes': 'themeSpiritIntercedes',
  'standing-in-the-gap': 'themeStandingInTheGap',
  'praying-for-others': 'themePrayingForOthers',
  'accuser-answered': 'themeAccuserAnswered',
  'grace-and-access': 'themeGraceAndAccess',
};

/** "From the SWORD module engWEB2015eb version 426.0, Debian package sword-text-web." */
function FromModule({
  module,
  version,
  debianPackage,
}: {
  module: string;
  version?: string;
  debianPackage: string;
}) {
  const code = (text: string) => <code>{text}</code>;
  return (
    <>
      {version
        ? tParts<ComponentChild>('aboutFromModuleVersion', code(module), version, code(debianPackage))
        : tParts('aboutFromModule', code(module), code(debianPackage))}
    </>
  );
}

/** The about page's root; `read` is the extension's packs unless a test passes fixtures. */
export function AboutApp({ read = readExtensionPack }: { read?: ReadPack }) {
  const manifest = usePack<DataManifest>(read, packPaths.manifest);
  const pack = usePack<CommentaryPack>(read, packPaths.commentary);
  const m = manifest.status === 'ready' ? manifest.value : undefined;
  const notes = pack.status === 'ready' ? pack.value?.notes : undefined;
  return (
    <main class="about">
      <h1>{t('aboutTitle')}</h1>
      <p>{t('aboutIntro')}</p>

      <h2>{t('aboutSources')}</h2>
      <ul class="about-sources">
        {TRANSLATION_IDS.map((id) => {
          const bible = TRANSLATIONS[id];
          const source = TRANSLATION_SOURCES[id];
          const license = LICENSES[id];
          return (
            <li key={id}>
              <strong>{bible.name}</strong> ({id}): {license ? t(license) : source.license}{' '}
              <FromModule
                module={source.module}
                version={m?.translations[id]?.moduleVersion}
                debianPackage={source.debianPackage}
              />
            </li>
          );
        })}
        <li>
          <strong>{t('naveTitle')}</strong> {t('aboutNaveBy')}{' '}
          <FromModule module="Nave" version={m?.nave.moduleVersion} debianPackage="sword-dict-naves" />{' '}
          {t('aboutNaveUse')}
        </li>
      </ul>
      {manifest.status === 'ready' && !m && (
        <p class="muted" role="status">
          {t('aboutNoManifest')}
        </p>
      )}

      <h2>{t('aboutNotesTitle')}</h2>
      <p>{t('aboutNotesBy')}</p>
      {pack.status === 'loading' && <p class="muted">{t('aboutCounting')}</p>}
      {pack.status === 'ready' && !notes && (
        <p class="muted" role="status">
          {t('aboutNoNotes')}
        </p>
      )}
      {notes && (
        <>
          <ul aria-label={t('aboutThemesLabel')} class="about-themes">
            {THEMES.map((theme) => (
              <li key={theme}>
                <span>{t(THEME_MESSAGES[theme])}</span>{' '}
                <span class="muted">
                  {tPlural(notes.filter((n) => n.themes.includes(theme)).length, 'aboutNotes')}
                </span>
              </li>
            ))}
          </ul>
          <p class="muted">{tPlural(notes.length, 'aboutNotesTotal')}</p>
        </>
      )}
      {m && (
        <p class="muted about-build">
          {pack.status === 'ready' && pack.value
            ? tParts('aboutBuildNotes', <code>{m.version}</code>, <code>{pack.value.version}</code>)
            : tParts('aboutBuild', <code>{m.version}</code>)}
        </p>
      )}
    </main>
  );
}
