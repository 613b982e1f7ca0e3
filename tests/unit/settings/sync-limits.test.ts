/**
 * Settings over storage.sync's per-item limit: the list of disabled sites is kept in parts that
 * each fit, and a value that cannot fit is refused before anything is written, never dropped.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as settings from '@/lib/settings';
import { enforceSyncQuota, siteList } from './sync-quota';

let quota: ReturnType<typeof enforceSyncQuota>;
beforeEach(() => {
  quota = enforceSyncQuota();
});

/** Every item in sync storage is within the per-item limit. */
async function itemSizes(): Promise<number[]> {
  const all = await fakeBrowser.storage.sync.get(null);
  return Object.entries(all).map(([k, v]) => new TextEncoder().encode(k + JSON.stringify(v)).length);
}

describe('storage.sync limits', () => {
  it('the fake refuses a list of 400 sites under one key, as the browsers do', async () => {
    await expect(fakeBrowser.storage.sync.set({ disabledSites: siteList(400) })).rejects.toThrow(/QUOTA/);
    expect(quota.refused).toEqual(['disabledSites']);
  });

  it.each([300, 400, 1500])('keeps a list of %i sites, every part within 8 KB', async (count) => {
    const sites = siteList(count);
    await settings.disabledSites.setValue(sites);
    expect(await settings.disabledSites.getValue()).toEqual(sites);
    expect(Math.max(...(await itemSizes()))).toBeLessThanOrEqual(settings.SYNC_ITEM_BYTES);
    expect(quota.refused).toEqual([]);
  });

  it('empties the parts a shorter list no longer needs', async () => {
    await settings.disabledSites.setValue(siteList(400));
    await settings.disabledSites.setValue(['example.com']);
    expect(await settings.disabledSites.getValue()).toEqual(['example.com']);
    expect(await fakeBrowser.storage.sync.get('disabledSites.1')).toEqual({ 'disabledSites.1': [] });
  });

  it('tells a watcher the whole list when only one part changed', async () => {
    const sites = siteList(400);
    await settings.disabledSites.setValue(sites);
    const seen: string[][] = [];
    const unwatch = settings.disabledSites.watch((value) => seen.push(value));
    const changed = [...sites.slice(0, -1), 'last.example'];
    await settings.disabledSites.setValue(changed);
    await expect.poll(() => seen.at(-1)).toEqual(changed);
    unwatch();
  });

  it('reads a list stored whole under its name before parts existed', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['old.example', 'news.example'] });
    expect(await settings.disabledSites.getValue()).toEqual(['old.example', 'news.example']);
  });

  it('refuses a list too long for sync storage, and keeps the one saved before', async () => {
    await settings.disabledSites.setValue(['kept.example']);
    await expect(settings.disabledSites.setValue(siteList(5000))).rejects.toThrow(
      /list of sites is too long to save \(5,000 sites/,
    );
    expect(await settings.disabledSites.getValue()).toEqual(['kept.example']);
  });

  it('refuses exclude selectors over 8 KB with a reason, and keeps the old ones', async () => {
    await settings.excludeSelectors.setValue('.ads');
    await expect(settings.excludeSelectors.setValue('.x\n'.repeat(3000))).rejects.toThrow(/too long to save/);
    expect(await settings.excludeSelectors.getValue()).toBe('.ads');
  });
});
