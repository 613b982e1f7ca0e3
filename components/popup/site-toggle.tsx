/** The popup's one-click switch for the site in the current tab (kept in the disabledSites setting). */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { disabledSites, isSiteDisabled } from '@/lib/settings';

/** The host of the active tab, when it is a web page. */
async function activeHost(): Promise<string | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  try {
    const url = new URL(tab?.url ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** A checkbox "On for example.com"; hidden on pages Intercede never runs on. */
export function SiteToggle() {
  const [host, setHost] = useState<string>();
  const [sites, setSites] = useState<string[]>();
  useEffect(() => {
    void activeHost().then(setHost);
    void disabledSites.getValue().then(setSites);
    return disabledSites.watch((v) => setSites(v ?? []));
  }, []);
  // Until the list is read, a click would write a list that forgets the other sites.
  if (!host || !sites) return null;
  const off = isSiteDisabled(host, sites);
  const toggle = async () => {
    const current = await disabledSites.getValue();
    const bare = host.replace(/^www\./, '');
    await disabledSites.setValue(
      isSiteDisabled(host, current) ? current.filter((s) => !isSiteDisabled(host, [s])) : [...current, bare],
    );
  };
  return (
    <label class="site-toggle">
      <input type="checkbox" checked={!off} onChange={() => void toggle()} /> On for{' '}
      {host.replace(/^www\./, '')}
    </label>
  );
}
