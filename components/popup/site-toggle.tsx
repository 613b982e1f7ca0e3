/** The popup's one-click switch for the site in the current tab (kept in the disabledSites setting). */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, tPlural } from '@/lib/i18n';
import { disabledSites, isSiteDisabled } from '@/lib/settings';
import type { PageStatus, TabMessage } from '@/lib/messaging/tab';
import { errorText, notSavedText } from '../error-text';
import { panelOpener } from './open-panel';

/** The host of the active tab, when it is a web page, and what its scan reports. */
async function activeHost(): Promise<{ host?: string; status?: PageStatus; windowId?: number }> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const windowId = tab?.windowId;
  let host: string | undefined;
  try {
    const url = new URL(tab?.url ?? '');
    host = url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : undefined;
  } catch {
    host = undefined;
  }
  if (!host || tab?.id === undefined) return { host, windowId };
  const ask: TabMessage = { type: 'intercede:pageStatus' };
  // A tab whose content script has not started (or is off) has no answer.
  const id = tab.id;
  const status = (await Promise.resolve()
    .then(() => browser.tabs.sendMessage(id, ask))
    .catch(() => undefined)) as PageStatus | undefined;
  return { host, status, windowId };
}

/** A checkbox "On for example.com"; hidden on pages Intercede never runs on. */
export function SiteToggle() {
  const [host, setHost] = useState<string>();
  const [status, setStatus] = useState<PageStatus>();
  const [sites, setSites] = useState<string[]>();
  const [error, setError] = useState('');
  const [openPanel, setOpenPanel] = useState<() => Promise<void>>();
  useEffect(() => {
    void activeHost().then((found) => {
      setHost(found.host);
      setStatus(found.status);
      const opener = panelOpener(found.windowId);
      if (opener) setOpenPanel(() => opener);
    });
    void disabledSites.getValue().then(setSites);
    return disabledSites.watch((v) => setSites(v ?? []));
  }, []);
  // Until the list is read, a click would write a list that forgets the other sites.
  if (!host || !sites) return null;
  const off = isSiteDisabled(host, sites);
  const toggle = async () => {
    const current = await disabledSites.getValue();
    const bare = host.replace(/^www\./, '');
    // A list the browser refuses (too long for sync storage) is said, not dropped silently.
    setError('');
    await disabledSites
      .setValue(
        isSiteDisabled(host, current)
          ? current.filter((s) => !isSiteDisabled(host, [s]))
          : [...current, bare],
      )
      .catch((e: unknown) => setError(notSavedText(e)));
  };
  return (
    <>
      <label class="site-toggle">
        <input type="checkbox" checked={!off} onChange={() => void toggle()} />{' '}
        {t('siteOnFor', host.replace(/^www\./, ''))}
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {!off && openPanel && status !== undefined && status.refs > 0 && (
        <button
          type="button"
          class="link open-panel"
          onClick={() => {
            // Called in the click itself: both browsers open a panel only for a user's action.
            void openPanel().then(
              () => window.close(),
              (e: unknown) => setError(errorText(e)),
            );
          }}
        >
          {tPlural(status.refs, 'popupOpenPanel')}
        </button>
      )}
      {!off && status?.capped && (
        <p class="muted page-capped" role="note">
          {t('siteCapped', status.refs)}
        </p>
      )}
    </>
  );
}
