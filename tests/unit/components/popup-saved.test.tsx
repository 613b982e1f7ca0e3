// @vitest-environment happy-dom
import { validateRequest } from '@/lib/messaging/validate';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SavedVerse } from '@/lib/saved/format';
import { disabledSites, storageItems } from '@/lib/settings';
import { enforceSyncQuota, siteList } from '../settings/sync-quota';

/** Whether a list of sites fits in sync storage. */
function fits(sites: string[]): boolean {
  try {
    storageItems('disabledSites', sites);
    return true;
  } catch {
    return false;
  }
}
import { SavedList } from '@/components/popup/saved-list';
import { SiteToggle } from '@/components/popup/site-toggle';

afterEach(cleanup);

const item = (
  id: number,
  osis: string,
  label: string,
  createdAt: number,
  tags: string[] = [],
): SavedVerse => ({
  id,
  osis,
  translation: 'WEB',
  label,
  text: `text of ${label}`,
  note: '',
  tags,
  createdAt,
  updatedAt: createdAt,
});

type Message = { type: string } & Record<string, unknown>;
let sent: Message[];
let items: SavedVerse[];

beforeEach(() => {
  sent = [];
  items = [
    item(1, 'Heb.7.25', 'Hebrews 7:25', 3, ['priesthood']),
    item(2, 'Gen.18.23', 'Genesis 18:23', 1, ['abraham']),
    item(3, 'Rom.8.26', 'Romans 8:26', 2, ['spirit', 'prayer']),
  ];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: Message) => {
    // Every request the component sends must pass the background's real validator.
    validateRequest(m);
    sent.push(m);
    if (m.type === 'listSaved')
      return { ok: true, value: [...items].sort((a, b) => b.createdAt - a.createdAt) };
    if (m.type === 'removeSaved') {
      const removed = items.find((i) => i.id === m.id)!;
      items = items.filter((i) => i !== removed);
      return { ok: true, value: removed };
    }
    if (m.type === 'restoreSaved') {
      items.push(m.item as SavedVerse);
      return { ok: true, value: null };
    }
    if (m.type === 'updateSaved') return { ok: true, value: { ...items.find((i) => i.id === m.id), ...m } };
    if (m.type === 'importSaved')
      return { ok: false, error: { code: 'invalid-data', message: 'The file is not valid JSON' } };
    return { ok: true, value: null };
  }) as never);
});

const labels = () => [...document.querySelectorAll('.saved-list .saved-top .link')].map((b) => b.textContent);

describe('SavedList', () => {
  it('sorts newest first or in Bible order, and filters by words or #tag', async () => {
    render(<SavedList version={0} onOpen={() => undefined} />);
    await screen.findByText('My verses (3)');
    expect(labels()).toEqual(['Hebrews 7:25 (WEB)', 'Romans 8:26 (WEB)', 'Genesis 18:23 (WEB)']);
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort' }), { target: { value: 'canonical' } });
    expect(labels()).toEqual(['Genesis 18:23 (WEB)', 'Romans 8:26 (WEB)', 'Hebrews 7:25 (WEB)']);
    const filter = screen.getByRole('searchbox', { name: 'Filter my verses by words or #tag' });
    fireEvent.input(filter, { target: { value: '#prayer' } });
    expect(labels()).toEqual(['Romans 8:26 (WEB)']);
    fireEvent.input(filter, { target: { value: 'hebrews' } });
    expect(labels()).toEqual(['Hebrews 7:25 (WEB)']);
  });

  it('shows the list asked for as the popup began to load, then asks anew when something changes', async () => {
    const first = Promise.resolve([items[0]!]);
    const { rerender } = render(<SavedList version={0} first={first} onOpen={() => undefined} />);
    await screen.findByText('Hebrews 7:25 (WEB)');
    expect(screen.queryByText('Genesis 18:23 (WEB)')).toBeNull();
    expect(sent.filter((m) => m.type === 'listSaved')).toEqual([]);
    rerender(<SavedList version={1} first={first} onOpen={() => undefined} />);
    await screen.findByText('Genesis 18:23 (WEB)');
    expect(sent.filter((m) => m.type === 'listSaved')).toHaveLength(1);
  });

  it('shows the background’s copy of the list until the worker answers, and the answer wins', async () => {
    let answer!: (list: SavedVerse[]) => void;
    const first = new Promise<SavedVerse[]>((resolve) => (answer = resolve));
    render(<SavedList version={0} first={first} initial={[items[1]!]} onOpen={() => undefined} />);
    await screen.findByText('My verses (1)');
    answer(items);
    await screen.findByText('My verses (3)');
    // An answer that came after the copy was read replaces it, and stays.
    cleanup();
    render(
      <SavedList version={0} first={Promise.resolve(items)} initial={[items[1]!]} onOpen={() => undefined} />,
    );
    await screen.findByText('My verses (3)');
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByText('My verses (3)')).toBeTruthy();
  });

  it('shows the list in hand at its first render, before any effect runs, and the worker’s answer wins', async () => {
    let answer!: (list: SavedVerse[]) => void;
    const first = new Promise<SavedVerse[]>((resolve) => (answer = resolve));
    render(<SavedList version={0} first={first} initial={[items[1]!]} onOpen={() => undefined} />);
    // Synchronously: in the same render, not after a paint.
    expect(screen.getByText('My verses (1)')).toBeTruthy();
    expect(screen.getByText('Genesis 18:23 (WEB)')).toBeTruthy();
    answer(items);
    await screen.findByText('My verses (3)');
  });

  it('writes the dates a frame after the list, so its first paint makes no Intl date format', async () => {
    const day = Date.UTC(2026, 10, 30, 12);
    const list = [item(1, 'Heb.7.25', 'Hebrews 7:25', day), item(2, 'Gen.18.23', 'Genesis 18:23', day)];
    render(
      <SavedList version={0} first={new Promise(() => undefined)} initial={list} onOpen={() => undefined} />,
    );
    const times = () => [...document.querySelectorAll('.saved-list time')];
    // The first render (effects run, no frame yet): the list and its <time> elements, no text.
    expect(screen.getByText('My verses (2)')).toBeTruthy();
    expect(times().map((t) => [t.getAttribute('datetime'), t.textContent])).toEqual([
      ['2026-11-30T12:00:00.000Z', ''],
      ['2026-11-30T12:00:00.000Z', ''],
    ]);
    await waitFor(() => expect(times().map((t) => t.textContent)).toEqual(['Nov 30, 2026', 'Nov 30, 2026']));
  });

  it('removes with Undo, and saves edited notes and tags', async () => {
    render(<SavedList version={0} onOpen={() => undefined} />);
    await screen.findByText('My verses (3)');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Romans 8:26' }));
    await screen.findByText('My verses (2)');
    expect(screen.getByRole('status').textContent).toContain('Removed Romans 8:26.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('My verses (3)');
    expect(sent.find((m) => m.type === 'restoreSaved')).toMatchObject({ item: { id: 3, osis: 'Rom.8.26' } });

    const first = screen.getAllByRole('listitem')[0]!;
    fireEvent.change(within(first).getByLabelText('Tags'), { target: { value: '#Priesthood, hebrews' } });
    await waitFor(() =>
      expect(sent).toContainEqual({ type: 'updateSaved', id: 1, note: '', tags: ['priesthood', 'hebrews'] }),
    );
  });

  it('reports a refused import in words', async () => {
    render(<SavedList version={0} onOpen={() => undefined} />);
    await screen.findByText('My verses (3)');
    const file = new File(['{oops'], 'bad.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Import JSON'), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'Nothing imported: The file is not valid JSON',
      ),
    );
  });
});

describe('SiteToggle', () => {
  it('turns Intercede off and on for the current tab’s site', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { url: 'https://www.example.com/article', id: 1, index: 0 } as never,
    ]);
    await disabledSites.setValue(['other.org']);
    render(<SiteToggle />);
    const toggle = (await screen.findByRole('checkbox', { name: 'On for example.com' })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual(['other.org', 'example.com']));
    await waitFor(() => expect(toggle.checked).toBe(false));
    fireEvent.click(toggle);
    await waitFor(async () => expect(await disabledSites.getValue()).toEqual(['other.org']));
  });

  it('says so when the list of sites is full, and keeps the list saved before', async () => {
    enforceSyncQuota();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { url: 'https://www.example.com/article', id: 1, index: 0 } as never,
    ]);
    // A list that fits in sync storage, with no room left for example.com.
    let count = 2000;
    while (fits(siteList(count + 1))) count++;
    const full = siteList(count);
    while (fits([...full, 'example.com'])) full.push(`x${full.length}.io`);
    await disabledSites.setValue(full);
    render(<SiteToggle />);
    const toggle = (await screen.findByRole('checkbox', { name: 'On for example.com' })) as HTMLInputElement;
    fireEvent.click(toggle);
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /^Not saved: The list of sites is too long/,
    );
    expect(await disabledSites.getValue()).toEqual(full);
    expect(toggle.checked).toBe(true);
  });

  it('says when the page has more references than are underlined', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { url: 'https://concordance.example/all', id: 7, index: 0 } as never,
    ]);
    const asked: unknown[] = [];
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (id: number, message: unknown) => {
      asked.push([id, message]);
      return { refs: 20_000, capped: true };
    });
    await disabledSites.setValue([]);
    render(<SiteToggle />);
    expect((await screen.findByRole('note')).textContent).toBe(
      'This page has more references than Intercede underlines: the first 20,000 are underlined, the rest are not.',
    );
    expect(asked).toEqual([[7, { type: 'intercede:pageStatus' }]]);
  });

  it('says nothing of the bound on an ordinary page', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { url: 'https://example.com/a', id: 7, index: 0 } as never,
    ]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ refs: 12, capped: false });
    await disabledSites.setValue([]);
    render(<SiteToggle />);
    await screen.findByRole('checkbox', { name: 'On for example.com' });
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('is absent on pages Intercede never runs on', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { url: 'chrome://extensions', id: 1, index: 0 } as never,
    ]);
    const { container } = render(<SiteToggle />);
    await new Promise((r) => queueMicrotask(() => r(undefined)));
    expect(container.textContent).toBe('');
  });
});
