// @vitest-environment happy-dom
import { validateRequest } from '@/lib/messaging/validate';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/options-app';
import { followThemeSetting } from '@/components/theme-root';
import * as settings from '@/lib/settings';
import { BUNDLED_ABOUT } from '@/lib/bible/translations';
import { enforceSyncQuota, siteList } from '../settings/sync-quota';

afterEach(cleanup);

type Message = { type: string } & Record<string, unknown>;
let sent: Message[];

beforeEach(() => {
  sent = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: Message) => {
    // Every request the component sends must pass the background's real validator.
    validateRequest(m);
    sent.push(m);
    if (m.type === 'getSearchStatus') {
      return m.translation === 'WEB'
        ? {
            ok: true,
            value: { state: 'ready', terms: 8937, verses: 31095, bytes: 3_210_000, buildMs: 1, builtAt: 1 },
          }
        : { ok: true, value: { state: 'absent' } };
    }
    if (m.type === 'listTranslations') return { ok: true, value: BUNDLED_ABOUT };
    return { ok: true, value: null };
  }) as never);
});

describe('OptionsApp', () => {
  it('shows each setting’s stored value and writes changes to sync storage', async () => {
    await settings.translation.setValue('KJV');
    await settings.caseInsensitive.setValue(true);
    render(<OptionsApp />);
    const translation = screen.getByRole('combobox', { name: /Default translation/ }) as HTMLSelectElement;
    await waitFor(() => expect(translation.value).toBe('KJV'));
    const lower = screen.getByRole('checkbox', { name: /Lower-case book names/ }) as HTMLInputElement;
    await waitFor(() => expect(lower.checked).toBe(true));
    fireEvent.click(lower);
    await waitFor(async () => expect(await settings.caseInsensitive.getValue()).toBe(false));
    fireEvent.change(screen.getByRole('combobox', { name: /Theme/ }), { target: { value: 'dark' } });
    await waitFor(async () => expect(await settings.theme.getValue()).toBe('dark'));
    fireEvent.change(screen.getByRole('spinbutton', { name: /Hover delay/ }), { target: { value: '99999' } });
    await waitFor(async () =>
      expect(await settings.hoverDelay.getValue()).toBe(settings.HOVER_DELAY_RANGE.max),
    );
    fireEvent.change(screen.getByRole('textbox', { name: /Sites where Intercede is off/ }), {
      target: { value: ' example.com \n\n news.example.org ' },
    });
    await waitFor(async () =>
      expect(await fakeBrowser.storage.sync.get('disabledSites')).toEqual({
        disabledSites: ['example.com', 'news.example.org'],
      }),
    );
  });

  it('saves a long list of sites, and shows why a list too long for sync storage was not saved', async () => {
    enforceSyncQuota();
    render(<OptionsApp />);
    const box = screen.getByRole('textbox', { name: /Sites where Intercede is off/ }) as HTMLTextAreaElement;
    await waitFor(() => expect(box.value).toBe(''));
    const long = siteList(400);
    fireEvent.change(box, { target: { value: long.join('\n') } });
    await waitFor(async () => expect(await settings.disabledSites.getValue()).toEqual(long));
    expect(screen.queryByRole('alert')).toBeNull();
    const tooLong = siteList(5000).join('\n');
    fireEvent.change(box, { target: { value: tooLong } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Not saved: The list of sites is too long to save \(5,000 sites/);
    // What the reader typed stays, to be shortened; storage keeps the last list that fit.
    expect(box.value).toBe(tooLong);
    expect(await settings.disabledSites.getValue()).toEqual(long);
    fireEvent.change(box, { target: { value: 'example.com' } });
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await settings.disabledSites.getValue()).toEqual(['example.com']);
  });

  it('sets how Copy writes a passage', async () => {
    render(<OptionsApp />);
    const layout = (await screen.findByRole('combobox', { name: /Reference/ })) as HTMLSelectElement;
    expect(layout.value).toBe('text-ref');
    fireEvent.change(layout, { target: { value: 'ref-text' } });
    await waitFor(async () =>
      expect(await settings.copyFormat.getValue()).toEqual({
        layout: 'ref-text',
        numbers: true,
        translation: true,
      }),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Verse numbers' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'The translation after the reference' }));
    await waitFor(async () =>
      expect(await settings.copyFormat.getValue()).toEqual({
        layout: 'ref-text',
        numbers: false,
        translation: false,
      }),
    );
  });

  it('sets a second translation among the others, none by default', async () => {
    await settings.translation.setValue('KJV');
    render(<OptionsApp />);
    const second = (await screen.findByRole('combobox', { name: /Second translation/ })) as HTMLSelectElement;
    await waitFor(() => expect([...second.options].map((o) => o.value)).toEqual(['none', 'WEB', 'RV1909']));
    expect(second.value).toBe('none');
    fireEvent.change(second, { target: { value: 'RV1909' } });
    await waitFor(async () => expect(await settings.secondTranslation.getValue()).toBe('RV1909'));
    // The first translation changed to the second: both are the same, shown as none.
    fireEvent.change(screen.getByRole('combobox', { name: /Default translation/ }), {
      target: { value: 'RV1909' },
    });
    await waitFor(() => expect([...second.options].map((o) => o.value)).toEqual(['none', 'WEB', 'KJV']));
    expect(second.value).toBe('none');
    fireEvent.change(second, { target: { value: 'none' } });
    await waitFor(async () => expect(await settings.secondTranslation.getValue()).toBe('none'));
  });

  it('follows a change made elsewhere (another device, the popup)', async () => {
    render(<OptionsApp />);
    const chapters = screen.getByRole('checkbox', { name: /Chapters without a verse/ }) as HTMLInputElement;
    await waitFor(() => expect(chapters.checked).toBe(true));
    await settings.chapterOnly.setValue(false);
    await waitFor(() => expect(chapters.checked).toBe(false));
  });

  it('reports the word indexes and clears the cache, never saved verses', async () => {
    render(<OptionsApp />);
    await screen.findByText(
      'Word index — WEB: 3.1 MB, 8,937 words; KJV: built on the first word search; RV1909: built on the first word search.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear cache' }));
    await screen.findByText('Cache cleared. Saved verses are untouched.');
    expect(sent.map((m) => m.type)).toContain('clearCache');
    expect(sent.map((m) => m.type)).not.toContain('removeSaved');
  });
});

describe('followThemeSetting', () => {
  it('puts light or dark on the root, removes it for auto, and follows changes', async () => {
    const root = document.createElement('div');
    await settings.theme.setValue('dark');
    const stop = await followThemeSetting(root);
    expect(root.dataset.theme).toBe('dark');
    await settings.theme.setValue('auto');
    await waitFor(() => expect(root.dataset.theme).toBeUndefined());
    await settings.theme.setValue('light');
    await waitFor(() => expect(root.dataset.theme).toBe('light'));
    stop();
  });
});
