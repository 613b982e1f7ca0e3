// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SHOWN_STEP, SidePanel, type PanelRequests } from '@/components/side-panel/side-panel';
import type { LineBrowser, LinePort } from '@/components/side-panel/page-line';
import type { Passage } from '@/lib/bible/passage';
import type { ListedRef, PageRefsMessage } from '@/lib/messaging/refs-port';
import { RequestError } from '@/lib/messaging/send';
import { t } from '@/lib/i18n';

afterEach(cleanup);

/** A browser whose active tab's page answers with `refs`, and records what the panel asks it. */
function pageWith(refs: ListedRef[], capped = false) {
  const shown: number[] = [];
  let toPage: ((m: unknown) => void) | undefined;
  const port: LinePort = {
    name: 'intercede:refs',
    postMessage: (m) => shown.push((m as { id: number }).id),
    disconnect: () => undefined,
    onMessage: { addListener: (l) => (toPage = l) },
    onDisconnect: { addListener: () => undefined },
  };
  const none = { addListener: () => undefined, removeListener: () => undefined };
  const api = {
    tabs: {
      query: async () => [{ id: 1 }],
      connect: () => {
        queueMicrotask(() =>
          toPage?.({ type: 'refs', title: 'A sermon', refs, capped } satisfies PageRefsMessage),
        );
        return port;
      },
      onActivated: none,
      onUpdated: none,
    },
    windows: { getCurrent: async () => ({ id: 1 }) },
    runtime: { onConnect: none },
  } as unknown as LineBrowser;
  return { api, shown, send: (m: PageRefsMessage) => toPage?.(m) };
}

function requests(): PanelRequests & { [K in keyof PanelRequests]: ReturnType<typeof vi.fn> } {
  return {
    getPassages: vi.fn(async (items: { osis: string; translation: string }[]) =>
      items.map((item) => ({
        ok: true as const,
        value: {
          osis: item.osis,
          translation: item.translation,
          label: item.osis,
          verses: [
            { book: 'Heb', chapter: 1, verse: 1, text: `first words of ${item.osis} in ${item.translation}` },
          ],
          omitted: [],
        } as unknown as Passage,
      })),
    ),
    savePassages: vi.fn(async (items: unknown[]) => ({ added: items.length - 1, already: 1 })),
    copyPassages: vi.fn(async () => null),
  } as never;
}

const REFS: ListedRef[] = [
  { id: 10, osis: 'Heb.7.25', text: 'Heb 7:25' },
  { id: 11, osis: 'John.17', text: 'John 17', translation: 'KJV' },
  { id: 12, osis: 'Heb.7.25', text: 'v. 25' },
];

describe('SidePanel', () => {
  it('lists the page’s references with their first words, and selecting one asks the page to show it', async () => {
    const page = pageWith(REFS);
    const req = requests();
    render(<SidePanel api={page.api} translation="WEB" requests={req} />);
    await screen.findByText('A sermon');
    const buttons = screen.getAllByRole('button', { name: /Hebrews 7:25|John 17/ });
    expect(buttons.map((b) => b.querySelector('.panel-label')!.textContent)).toEqual([
      'Hebrews 7:25',
      'John 17 (KJV)',
      'Hebrews 7:25',
    ]);
    expect(screen.getByRole('status').textContent).toMatch(/3/);
    // One verse per passage, each in the translation it shows; the same passage asked once.
    await waitFor(() => expect(req.getPassages).toHaveBeenCalledTimes(1));
    expect(req.getPassages.mock.calls[0]![0]).toEqual([
      { osis: 'Heb.7.25', translation: 'WEB' },
      { osis: 'John.17.1', translation: 'KJV' },
    ]);
    await screen.findByText('first words of John.17.1 in KJV');
    fireEvent.click(buttons[2]!);
    expect(page.shown).toEqual([12]);
  });

  it('labels a passage the writer named in an imported translation by its abbreviation, and saves it in it', async () => {
    const page = pageWith([{ id: 1, osis: 'Jude.1.24', text: 'Jude 24 (LSG)', translation: 'u:LSG' }]);
    const req = requests();
    render(<SidePanel api={page.api} translation="WEB" requests={req} />);
    await screen.findByText('A sermon');
    expect(screen.getByRole('button', { name: /Jude 24/ }).querySelector('.panel-label')!.textContent).toBe(
      'Jude 24 (LSG)',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save all' }));
    await waitFor(() =>
      expect(req.savePassages).toHaveBeenCalledWith([{ osis: 'Jude.1.24', translation: 'u:LSG' }]),
    );
  });

  it('by book, selecting a passage cited twice goes to each place in turn', async () => {
    const page = pageWith(REFS);
    render(<SidePanel api={page.api} translation="WEB" requests={requests()} />);
    await screen.findByText('A sermon');
    fireEvent.click(screen.getByLabelText('By book'));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'John',
      'Hebrews',
    ]);
    const hebrews = screen.getByRole('button', { name: /Hebrews 7:25/ });
    expect(hebrews.textContent).toContain('2 times');
    for (let i = 0; i < 3; i++) fireEvent.click(hebrews);
    expect(page.shown).toEqual([10, 12, 10]);
  });

  it('saves and copies what the filter keeps, each passage once, and says what it did', async () => {
    const page = pageWith(REFS);
    const req = requests();
    render(<SidePanel api={page.api} translation="WEB" requests={req} />);
    await screen.findByText('A sermon');
    fireEvent.input(screen.getByLabelText('Filter the list'), { target: { value: 'hebrews' } });
    expect(screen.getAllByRole('button', { name: /Hebrews/ })).toHaveLength(2);
    expect(screen.getByText('Showing 2 of 3.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save all' }));
    await screen.findByText('Saved 0 new; 1 were saved already.');
    expect(req.savePassages).toHaveBeenCalledWith([{ osis: 'Heb.7.25', translation: 'WEB' }]);
    fireEvent.click(screen.getByRole('button', { name: 'Copy all' }));
    await screen.findByText('Copied 1 passage.');
    expect(req.copyPassages).toHaveBeenCalledWith([{ osis: 'Heb.7.25', translation: 'WEB' }]);

    fireEvent.input(screen.getByLabelText('Filter the list'), { target: { value: 'Philemon' } });
    expect(screen.getByText('No reference matches “Philemon”.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Save all' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('saves a long list in batches the background takes, and copies the first batch and says so', async () => {
    const many: ListedRef[] = Array.from({ length: 450 }, (_, i) => ({
      id: i,
      osis: `Ps.${(i % 150) + 1}.1`,
      text: 'x',
      translation: ['WEB', 'KJV', 'RV1909'][Math.floor(i / 150)],
    }));
    const page = pageWith(many);
    const req = requests();
    render(<SidePanel api={page.api} translation="WEB" requests={req} />);
    await screen.findByText('A sermon');
    // A long list is drawn in steps.
    expect(screen.getAllByRole('listitem')).toHaveLength(SHOWN_STEP);
    fireEvent.click(screen.getByRole('button', { name: `Show ${450 - SHOWN_STEP} more` }));
    expect(screen.getAllByRole('listitem')).toHaveLength(450);
    fireEvent.click(screen.getByRole('button', { name: 'Save all' }));
    await screen.findByText('Saved 447 new; 3 were saved already.');
    expect(req.savePassages.mock.calls.map((c) => (c[0] as unknown[]).length)).toEqual([200, 200, 50]);
    fireEvent.click(screen.getByRole('button', { name: 'Copy all' }));
    await screen.findByText('Copied the first 200 of 450 passages.');
  });

  it('says when saving is off, when the page has none, and when the list stops short', async () => {
    const page = pageWith(REFS, true);
    render(<SidePanel api={page.api} translation="WEB" requests={requests()} saveOff="Saving is off here" />);
    await screen.findByText('A sermon');
    expect((screen.getByRole('button', { name: 'Save all' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Saving is off here')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('the list stops at 3');
    page.send({ type: 'refs', title: 'Empty', refs: [], capped: false });
    await screen.findByText('No references on this page.');
  });

  it('asks once for first words the background does not answer', async () => {
    const page = pageWith(REFS);
    const req = requests();
    // One reply for two passages, then a failure: neither is asked for again.
    req.getPassages.mockResolvedValueOnce([{ ok: false, error: { code: 'not-found', message: 'x' } }]);
    render(<SidePanel api={page.api} translation="WEB" requests={req} />);
    await screen.findByText('A sermon');
    await new Promise((r) => setTimeout(r, 20));
    expect(req.getPassages).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll('.panel-snippet')).toHaveLength(0);
  });

  it('shows the reason when the background refuses', async () => {
    const page = pageWith(REFS);
    const req = requests();
    req.savePassages.mockRejectedValue(new RequestError('quota', 'QuotaExceededError'));
    render(<SidePanel api={page.api} translation="WEB" requests={req} />);
    await screen.findByText('A sermon');
    fireEvent.click(screen.getByRole('button', { name: 'Save all' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe(t('errorQuota')));
  });

  it('moves between lines with the arrow keys', async () => {
    const page = pageWith(REFS);
    render(<SidePanel api={page.api} translation="WEB" requests={requests()} />);
    await screen.findByText('A sermon');
    const lines = document.querySelectorAll<HTMLButtonElement>('.panel-ref');
    lines[0]!.focus();
    fireEvent.keyDown(lines[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(lines[1]);
    fireEvent.keyDown(lines[1]!, { key: 'ArrowUp' });
    fireEvent.keyDown(lines[0]!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(lines[0]);
  });
});
