/**
 * The first-run page, opened once when Intercede is installed: how to use it (hover, the
 * keyboard, the popup, the side panel, the settings), with the keyboard shortcuts as the
 * browser has them now (the reader may have changed or removed them).
 */
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageId } from '@/lib/i18n';

/** A keyboard command as `commands.getAll` reports it. */
export interface Shortcut {
  name?: string;
  shortcut?: string;
}

/** The commands the page lists, with what each does. */
const COMMANDS: readonly [string[], MessageId][] = [
  [['open-card'], 'welcomeKeyOpenCard'],
  [['next-reference'], 'welcomeKeyNext'],
  [['previous-reference'], 'welcomeKeyPrevious'],
  [['_execute_action', '_execute_browser_action'], 'welcomeKeyPopup'],
];

/** The page's root. */
export function WelcomeApp({
  shortcuts,
  openOptions,
}: {
  shortcuts(): Promise<Shortcut[]>;
  openOptions(): void;
}) {
  const [keys, setKeys] = useState<Shortcut[]>();
  useEffect(() => {
    shortcuts().then(setKeys, () => setKeys([]));
  }, [shortcuts]);
  const keyOf = (names: string[]) => keys?.find((k) => k.name && names.includes(k.name));
  return (
    <main class="about welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>

      <h2>{t('welcomeHoverHeading')}</h2>
      <p>{t('welcomeHover')}</p>

      <h2>{t('welcomePopupHeading')}</h2>
      <p>{t('welcomePopup')}</p>

      <h2>{t('welcomePanelHeading')}</h2>
      <p>{t('welcomePanel')}</p>

      {keys && keys.length > 0 && (
        <>
          <h2>{t('welcomeKeysHeading')}</h2>
          <table class="welcome-keys">
            <tbody>
              {COMMANDS.map(([names, what]) => {
                const key = keyOf(names);
                if (!key) return null;
                return (
                  <tr key={names[0]}>
                    <th scope="row">{key.shortcut ? <kbd>{key.shortcut}</kbd> : t('welcomeKeyNone')}</th>
                    <td>{t(what)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p class="muted">{t('welcomeKeysChange')}</p>
        </>
      )}

      <h2>{t('welcomeSettingsHeading')}</h2>
      <p>{t('welcomeSettings')}</p>
      <p>
        <button type="button" onClick={openOptions}>
          {t('welcomeOpenSettings')}
        </button>
      </p>
      <p class="muted">{t('welcomePrivacy')}</p>
    </main>
  );
}
