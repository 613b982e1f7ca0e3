/** The about page: where the texts come from, their status, and who wrote the notes. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { packPaths, type DataManifest } from '@/lib/bible/packs';
import { TRANSLATION_IDS, TRANSLATIONS } from '@/lib/bible/translations';
import { THEME_NAMES, THEMES } from '@/lib/commentary/note';
import type { CommentaryPack } from '@/lib/commentary/pack';

async function read<T>(path: string): Promise<T | undefined> {
  try {
    const response = await fetch(browser.runtime.getURL(path as '/'));
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** The about page's root. */
export function AboutApp() {
  const [manifest, setManifest] = useState<DataManifest>();
  const [pack, setPack] = useState<CommentaryPack>();
  useEffect(() => {
    void read<DataManifest>(packPaths.manifest).then(setManifest);
    void read<CommentaryPack>(packPaths.commentary).then(setPack);
  }, []);
  return (
    <main class="options">
      <h1>About Intercede</h1>
      <p>
        Intercede finds Bible references on the pages you read and shows the passage with notes on what it
        teaches about intercession. Everything it shows ships inside the extension; it makes no network
        requests.
      </p>
      <h2>Bible texts</h2>
      <ul>
        {TRANSLATION_IDS.map((id) => (
          <li key={id}>
            <strong>{TRANSLATIONS[id].name}</strong> ({id}) — {TRANSLATIONS[id].license} From the SWORD module{' '}
            <code>{TRANSLATIONS[id].module}</code>
            {manifest && ` version ${manifest.translations[id].moduleVersion}`}, Debian package{' '}
            <code>{TRANSLATIONS[id].debianPackage}</code>.
          </li>
        ))}
        <li>
          <strong>Nave’s Topical Bible</strong> by Orville J. Nave — public domain. From the SWORD module{' '}
          <code>Nave</code>
          {manifest && ` version ${manifest.nave.moduleVersion}`}, Debian package{' '}
          <code>sword-dict-naves</code>; shown when no note covers a passage.
        </li>
      </ul>
      <h2>The intercession notes</h2>
      <p>
        The notes are original writing by the Intercede contributors (© the Intercede authors), written for
        this extension. Quotations of Scripture in them are from the World English Bible.
      </p>
      {pack && (
        <ul aria-label="Notes by theme">
          {THEMES.map((theme) => (
            <li key={theme}>
              {THEME_NAMES[theme]}: {pack.notes.filter((n) => n.themes.includes(theme)).length} notes
            </li>
          ))}
        </ul>
      )}
      {pack && <p class="muted">{pack.notes.length} notes in all.</p>}
    </main>
  );
}
