// @vitest-environment happy-dom
// The popup's results (the reference finder, the passage view, the word results) are a second
// chunk, loaded once the box holds something (components/popup/lazy-results.ts).
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const chunk = vi.hoisted(() => ({ loads: 0 }));
vi.mock('@/components/popup/query-results', async (original) => {
  chunk.loads++;
  return original();
});

afterEach(cleanup);

type Message = { type: string } & Record<string, unknown>;

beforeEach(() => {
  vi.resetModules();
  chunk.loads = 0;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: Message) => {
    const value =
      m.type === 'getHistory'
        ? [{ osis: 'Heb.7.25', translation: 'WEB', at: 1 }]
        : m.type === 'listSaved'
          ? []
          : m.type === 'getPassage'
            ? {
                osis: m.osis,
                translation: 'WEB',
                label: 'Hebrews 7:25',
                verses: [{ book: 'Heb', chapter: 7, verse: 25, text: 'He always lives' }],
                omitted: [],
                source: 'cache',
              }
            : m.type === 'search'
              ? {
                  status: 'ready',
                  mode: 'all',
                  total: 1,
                  phrases: 0,
                  offset: 0,
                  hits: [
                    {
                      osis: 'Heb.7.25',
                      label: 'Hebrews 7:25',
                      text: 'intercession',
                      marks: [],
                      translation: 'WEB',
                    },
                  ],
                  translations: ['WEB'],
                }
              : m.type === 'getCommentary'
                ? { notes: [], topics: [] }
                : m.type === 'savedState'
                  ? 'unsaved'
                  : null;
    return { ok: true, value };
  }) as never);
});

const box = () =>
  screen.getByRole('combobox', { name: 'Search the Bible or look up a passage' }) as HTMLInputElement;

async function popup(props: { initialQuery?: string } = {}) {
  const { PopupApp } = await import('@/components/popup/popup-app');
  render(<PopupApp {...props} />);
}

describe('the popup loads its results only for a query', () => {
  it('opens with an empty box without the results chunk, and loads it at the first query', async () => {
    await popup();
    await screen.findByRole('region', { name: 'Recent lookups' });
    await screen.findByText(/Nothing saved yet/);
    expect(chunk.loads).toBe(0);
    // Spaces are no query either.
    fireEvent.input(box(), { target: { value: '   ' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(chunk.loads).toBe(0);
    expect(screen.getByRole('region', { name: 'Recent lookups' })).toBeTruthy();

    fireEvent.input(box(), { target: { value: 'heb 7:25' } });
    await screen.findByRole('heading', { name: 'Hebrews 7:25' });
    expect(chunk.loads).toBe(1);
  });

  it('keeps the search box and the results one combobox across the chunk', async () => {
    await popup();
    fireEvent.input(box(), { target: { value: 'intercession' } });
    const list = await screen.findByRole('listbox', { name: 'Verses found' });
    await waitFor(() => expect(box().getAttribute('aria-expanded')).toBe('true'));
    expect(box().getAttribute('aria-controls')).toBe(list.id);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    await waitFor(() =>
      expect(box().getAttribute('aria-activedescendant')).toBe(within(list).getByRole('option').id),
    );
    // Cleared: the results go, and the box no longer points at them.
    fireEvent.input(box(), { target: { value: '' } });
    await screen.findByRole('region', { name: 'Recent lookups' });
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(box().hasAttribute('aria-activedescendant')).toBe(false);
    // Enter with nothing typed does nothing (no handler left from the results).
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(box().value).toBe('');
  });

  it('says so when the results chunk cannot load, and keeps the saved verses', async () => {
    vi.doMock('@/components/popup/query-results', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    await popup();
    fireEvent.input(box(), { target: { value: 'heb 7:25' } });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Something went wrong in Intercede/);
    expect(screen.getByText(/Nothing saved yet/)).toBeTruthy();
  });
});
