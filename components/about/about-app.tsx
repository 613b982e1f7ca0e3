/**
 * The about page: where the Bible texts and Nave's Topical Bible come from and their
 * public-domain status, the module versions the packs were built from, and who wrote the notes.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { packPaths, type DataManifest } from '@/lib/bible/packs';
import { TRANSLATION_IDS, TRANSLATIONS } from '@/lib/bible/translations';
import { THEME_NAMES, THEMES } from '@/lib/commentary/note';
import type { CommentaryPack } from '@/lib/commentary/pack';

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

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** " (module version 426.0)" once the manifest is read. */
function moduleVersion(version: string | undefined) {
  return version ? ` version ${version}` : '';
}

/** The about page's root; `read` is the extension's packs unless a test passes fixtures. */
export function AboutApp({ read = readExtensionPack }: { read?: ReadPack }) {
  const manifest = usePack<DataManifest>(read, packPaths.manifest);
  const pack = usePack<CommentaryPack>(read, packPaths.commentary);
  const m = manifest.status === 'ready' ? manifest.value : undefined;
  const notes = pack.status === 'ready' ? pack.value?.notes : undefined;
  return (
    <main class="about">
      <h1>About Intercede</h1>
      <p>
        Intercede finds Bible references on the pages you read and shows the passage with notes on what it
        teaches about intercession. Everything it shows ships inside the extension; it makes no network
        requests.
      </p>

      <h2>Bible texts and reference works</h2>
      <ul class="about-sources">
        {TRANSLATION_IDS.map((id) => {
          const t = TRANSLATIONS[id];
          return (
            <li key={id}>
              <strong>{t.name}</strong> ({id}): {t.license} From the SWORD module <code>{t.module}</code>
              {moduleVersion(m?.translations[id]?.moduleVersion)}, Debian package{' '}
              <code>{t.debianPackage}</code>.
            </li>
          );
        })}
        <li>
          <strong>Nave’s Topical Bible</strong> by Orville J. Nave: public domain. From the SWORD module{' '}
          <code>Nave</code>
          {moduleVersion(m?.nave.moduleVersion)}, Debian package <code>sword-dict-naves</code>. Its topics are
          offered for passages no note covers.
        </li>
      </ul>
      {manifest.status === 'ready' && !m && (
        <p class="muted" role="status">
          The data manifest is missing from this build, so the module versions are not known.
        </p>
      )}

      <h2>The intercession notes</h2>
      <p>
        Written for Intercede by its contributors; © the Intercede authors. Quotations of Scripture in the
        notes are from the World English Bible.
      </p>
      {pack.status === 'loading' && <p class="muted">Counting the notes…</p>}
      {pack.status === 'ready' && !notes && (
        <p class="muted" role="status">
          The notes are missing from this build.
        </p>
      )}
      {notes && (
        <>
          <ul aria-label="Notes by theme" class="about-themes">
            {THEMES.map((theme) => (
              <li key={theme}>
                <span>{THEME_NAMES[theme]}</span>{' '}
                <span class="muted">
                  {plural(notes.filter((n) => n.themes.includes(theme)).length, 'note')}
                </span>
              </li>
            ))}
          </ul>
          <p class="muted">{plural(notes.length, 'note')} in all; a note may carry more than one theme.</p>
        </>
      )}
      {m && (
        <p class="muted about-build">
          Data packs version <code>{m.version}</code>
          {pack.status === 'ready' && pack.value && (
            <>
              , notes version <code>{pack.value.version}</code>
            </>
          )}
          .
        </p>
      )}
    </main>
  );
}
