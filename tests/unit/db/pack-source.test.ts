import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { extensionPacks } from '@/lib/db/pack-source';

/** A fetch over a map of extension paths; anything else is a 404. */
function serve(files: Record<string, string>) {
  const asked: string[] = [];
  const fetch = vi.fn(async (url: string) => {
    const path = url.replace(`chrome-extension://${fakeBrowser.runtime.id}`, '');
    asked.push(path);
    return path in files ? new Response(files[path]) : new Response('not found', { status: 404 });
  });
  vi.stubGlobal('fetch', fetch);
  return asked;
}

beforeEach(() => vi.unstubAllGlobals());
afterEach(() => vi.unstubAllGlobals());

describe('extensionPacks', () => {
  it('reads each pack from its path in the package, and the manifest once', async () => {
    const asked = serve({
      '/data/manifest.json': '{"version":"v7","nave":{"topics":5320}}',
      '/data/bible/KJV/Heb.json': '{"book":"Heb"}',
      '/data/commentary.json': '{"notes":[]}',
      '/data/nave/topics/3.json': '[1]',
      '/data/nave/index/Heb.json': '{"a":1}',
    });
    const packs = extensionPacks();
    expect(await packs.version()).toBe('v7');
    expect(await packs.naveVersion()).toBe('v7');
    expect(await packs.book('KJV', 'Heb')).toEqual({ book: 'Heb' });
    expect(await packs.commentary()).toEqual({ notes: [] });
    expect(await packs.naveTopics(3)).toEqual([1]);
    expect(await packs.naveIndex('Heb')).toEqual({ a: 1 });
    expect(await packs.naveTopicCount()).toBe(5320);
    expect(asked).toEqual([
      '/data/manifest.json',
      '/data/bible/KJV/Heb.json',
      '/data/commentary.json',
      '/data/nave/topics/3.json',
      '/data/nave/index/Heb.json',
    ]);
  });

  it('says how to fix a pack missing from the package', async () => {
    serve({});
    await expect(extensionPacks().book('WEB', 'Heb')).rejects.toThrow(
      'Data pack /data/bible/WEB/Heb.json is missing from the extension package; rebuild with `npm run build`',
    );
  });

  it('says the same when the package cannot be read at all', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    await expect(extensionPacks().commentary()).rejects.toThrow(
      'Data pack /data/commentary.json is missing from the extension package; rebuild with `npm run build`',
    );
  });

  it('tells a damaged pack from a missing one', async () => {
    serve({ '/data/manifest.json': '{"version":' });
    await expect(extensionPacks().version()).rejects.toThrow(
      'Data pack /data/manifest.json is damaged; rebuild with `npm run build`',
    );
  });
});
