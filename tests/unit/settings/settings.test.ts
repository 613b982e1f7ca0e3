/**
 * The settings: read only when asked (importing the module costs no storage call), checked
 * on the way in, and watched one change at a time.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useInterfaceLanguage } from '../support/interface-language';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('settings', () => {
  it('reads no storage when the module is imported', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const settings = await import('@/lib/settings');
    expect(get).not.toHaveBeenCalled();
    expect(await settings.hoverDelay.getValue()).toBe(300);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('gives the fallback for a value it cannot use', async () => {
    const settings = await import('@/lib/settings');
    for (const bad of [
      null,
      'text',
      { layout: 'sideways', numbers: true, translation: true },
      { layout: 'ref' },
    ]) {
      await fakeBrowser.storage.sync.set({ copyFormat: bad });
      expect(await settings.copyFormat.getValue()).toEqual({
        layout: 'text-ref',
        numbers: true,
        translation: true,
      });
    }
    await fakeBrowser.storage.sync.set({ copyFormat: { layout: 'ref', numbers: false, translation: true } });
    expect(await settings.copyFormat.getValue()).toEqual({
      layout: 'ref',
      numbers: false,
      translation: true,
    });
    await fakeBrowser.storage.sync.set({ theme: 'purple', translation: 'KJV', hoverDelay: 9e9 });
    expect(await settings.theme.getValue()).toBe('auto');
    for (const size of ['huge', 1.5, null, 'toString', { size: 'large' }]) {
      await fakeBrowser.storage.sync.set({ textSize: size });
      expect(await settings.textSize.getValue()).toBe('normal');
    }
    for (const size of settings.TEXT_SIZES) {
      await fakeBrowser.storage.sync.set({ textSize: size });
      expect(await settings.textSize.getValue()).toBe(size);
    }
    expect(settings.TEXT_SIZES).toEqual(['small', 'normal', 'large', 'xlarge']);
    expect(await settings.translation.getValue()).toBe('KJV');
    expect(await settings.hoverDelay.getValue()).toBe(300);
  });

  it('shows no second translation until one is chosen, and refuses one not installed', async () => {
    const settings = await import('@/lib/settings');
    expect(await settings.secondTranslation.getValue()).toBe('none');
    for (const bad of ['NIV', 'web', '', null, 7, ['KJV'], { id: 'KJV' }]) {
      await fakeBrowser.storage.sync.set({ secondTranslation: bad });
      expect(await settings.secondTranslation.getValue()).toBe('none');
    }
    for (const good of ['KJV', 'RV1909', 'WEB', 'none'] as const) {
      await settings.secondTranslation.setValue(good);
      expect(await settings.secondTranslation.getValue()).toBe(good);
    }
  });

  it('starts a Spanish-speaking browser in the Reina-Valera until the reader picks', async () => {
    const { translationForLanguage } = await import('@/lib/settings');
    expect(['es', 'es-MX', 'ES-es', 'es-419'].map(translationForLanguage)).toEqual(Array(4).fill('RV1909'));
    expect(['en-US', 'et', 'est', 'pt-BR', '', undefined].map(translationForLanguage)).toEqual(
      Array(6).fill('WEB'),
    );
    // The browser chose our Spanish messages: its interface speaks Spanish.
    useInterfaceLanguage('es');
    vi.resetModules();
    const settings = await import('@/lib/settings');
    expect(await settings.translation.getValue()).toBe('RV1909');
    await settings.translation.setValue('KJV');
    expect(await settings.translation.getValue()).toBe('KJV');
  });

  it('writes under the setting’s own name and tells its watchers, with the fallback on removal', async () => {
    const settings = await import('@/lib/settings');
    const seen: unknown[] = [];
    const unwatch = settings.chapterOnly.watch((value, old) => seen.push([value, old]));
    const other = settings.skipCode.watch(() => seen.push('skipCode'));
    await settings.chapterOnly.setValue(false);
    expect(await fakeBrowser.storage.sync.get('chapterOnly')).toEqual({ chapterOnly: false });
    await fakeBrowser.storage.sync.remove('chapterOnly');
    await fakeBrowser.storage.local.set({ chapterOnly: false });
    unwatch();
    await settings.chapterOnly.setValue(false);
    other();
    expect(seen).toEqual([
      [false, true],
      [true, false],
    ]);
  });
});
