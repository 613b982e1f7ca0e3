// @vitest-environment happy-dom
/**
 * Two translations side by side (#12 §4) in the card, the popup and the saved list: verses
 * interleaved by number, each line named for a screen reader, a missing verse shown absent in
 * its place, and Copy and Save carrying the second translation only when it is shown.
 * Placeholder text only.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CardHost, type CardHostProps } from '@/components/card-host';
import { PopupApp } from '@/components/popup/popup-app';
import { SavedList } from '@/components/popup/saved-list';
import { VerseCard } from '@/components/verse-card';
import type { Passage } from '@/lib/bible/passage';
import { validateRequest } from '@/lib/messaging/validate';
import { PassageStore } from '@/lib/page/passage-store';
import type { SavedVerse } from '@/lib/saved/format';
import { HEB_4, cardProps, passage, verses } from './verse-card-fixtures';

afterEach(cleanup);

/** Hebrews 4:14–16 in the KJV, its text marked so the two sides can be told apart. */
const HEB_4_KJV: Passage = {
  ...HEB_4,
  translation: 'KJV',
  verses: HEB_4.verses.map((v) => ({ ...v, text: `Second text of verse ${v.verse}.` })),
};

/** Each row as its visible lines: `number | first line | second line`, spoken-only labels left out. */
function rows(root: ParentNode = document): string[] {
  return [...root.querySelectorAll<HTMLElement>('.ic-row')].map((row) => {
    const clone = row.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('span[style]').forEach((el) => el.remove());
    return [...clone.children].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');
  });
}

describe('VerseCard with a second translation', () => {
  it('shows each verse number, then the first translation’s line, then the second’s, each labelled', () => {
    render(
      <VerseCard
        {...cardProps({ second: { translation: 'KJV', passage: { status: 'ready', passage: HEB_4_KJV } } })}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Hebrews 4:14–16 (WEB, KJV)' })).toBeTruthy();
    expect(rows()).toEqual([
      '14 | WEB Placeholder text of verse 14. | KJV Second text of verse 14.',
      '15 | WEB Placeholder text of verse 15. | KJV Second text of verse 15.',
      '16 | WEB Placeholder text of verse 16. | KJV Second text of verse 16.',
    ]);
    // The second line is set apart, and a screen reader hears each line's translation by name.
    const [first, second] = document
      .querySelectorAll<HTMLElement>('.ic-row')[0]!
      .querySelectorAll('.ic-side');
    expect(second!.classList.contains('ic-second')).toBe(true);
    expect(first!.textContent).toContain('World English Bible: ');
    expect(second!.textContent).toContain('King James Version: ');
    expect(first!.querySelector('.ic-tr')!.getAttribute('aria-hidden')).toBe('true');
  });

  it('marks the Spanish text as Spanish and the English as English', () => {
    const rv: Passage = { ...HEB_4_KJV, translation: 'RV1909' };
    render(
      <VerseCard
        {...cardProps({ second: { translation: 'RV1909', passage: { status: 'ready', passage: rv } } })}
      />,
    );
    const row = document.querySelector('.ic-row')!;
    expect(row.querySelector('.ic-first [lang]')!.getAttribute('lang')).toBe('en');
    expect(row.querySelector('.ic-second [lang]')!.getAttribute('lang')).toBe('es');
    cleanup();
    // Alone, too: the Reina-Valera's verses are Spanish.
    render(
      <VerseCard {...cardProps({ translation: 'RV1909', passage: { status: 'ready', passage: rv } })} />,
    );
    expect(document.querySelector('[data-verse-text]')!.getAttribute('lang')).toBe('es');
  });

  it('shows a verse one translation lacks as absent in its place, the rest beside their own numbers', () => {
    const web = passage(
      'Acts 8:36–38',
      'Acts.8.36-Acts.8.38',
      [...verses('Acts', 8, 36, 36), ...verses('Acts', 8, 38, 38)],
      {
        omitted: ['Acts.8.37'],
      },
    );
    const kjv = passage('Acts 8:36–38', 'Acts.8.36-Acts.8.38', verses('Acts', 8, 36, 38), {
      translation: 'KJV',
    });
    render(
      <VerseCard
        {...cardProps({
          label: 'Acts 8:36–38',
          passage: { status: 'ready', passage: web },
          second: { translation: 'KJV', passage: { status: 'ready', passage: kjv } },
        })}
      />,
    );
    expect(rows()).toEqual([
      '36 | WEB Placeholder text of verse 36. | KJV Placeholder text of verse 36.',
      '37 | WEB not in the WEB | KJV Placeholder text of verse 37.',
      '38 | WEB Placeholder text of verse 38. | KJV Placeholder text of verse 38.',
    ]);
    // The row says it already: no separate note that Acts 8:37 is not in the WEB.
    expect(screen.queryByText(/Acts 8:37 is not in the WEB/)).toBeNull();
  });

  it('waits for the second translation, and shows the first alone with the reason when it fails', () => {
    const loading = cardProps({ second: { translation: 'KJV', passage: { status: 'loading' } } });
    const { rerender } = render(<VerseCard {...loading} />);
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(screen.queryByText(/Placeholder text/)).toBeNull();
    rerender(
      <VerseCard
        {...cardProps({
          second: { translation: 'KJV', passage: { status: 'error', message: 'Not in this one.' } },
        })}
      />,
    );
    expect(document.querySelectorAll('.ic-row')).toHaveLength(0);
    expect(screen.getByText(/Placeholder text of verse 14/)).toBeTruthy();
    expect(screen.getByText('KJV: Not in this one.')).toBeTruthy();
  });

  it('folds a long passage to its first verses, both translations together', () => {
    const long = passage('Psalm 119:1–12', 'Ps.119.1-Ps.119.12', verses('Ps', 119, 1, 12));
    render(
      <VerseCard
        {...cardProps({
          passage: { status: 'ready', passage: long },
          second: {
            translation: 'KJV',
            passage: { status: 'ready', passage: { ...long, translation: 'KJV' } },
          },
        })}
      />,
    );
    expect(document.querySelectorAll('.ic-row')).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Show all 12 verses' }));
    expect(document.querySelectorAll('.ic-row')).toHaveLength(12);
  });
});

describe('CardHost with a second translation', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  function host(overrides: Partial<CardHostProps>, answers: Record<string, Passage | Error>) {
    const transport = {
      getPassage: vi.fn(async ({ translation }: { translation: string }) => {
        const answer = answers[translation]!;
        if (answer instanceof Error) throw Object.assign(answer, { code: 'not-found' });
        return answer;
      }),
      getPassages: vi.fn(async (items: { translation: string }[]) =>
        items.map(({ translation }) => {
          const answer = answers[translation]!;
          return answer instanceof Error
            ? { ok: false as const, error: { code: 'not-found' as const, message: answer.message } }
            : { ok: true as const, value: answer };
        }),
      ),
    };
    const props: CardHostProps = {
      osis: HEB_4.osis,
      label: HEB_4.label,
      anchor: () => new DOMRect(10, 10, 50, 20),
      openedBy: 'hover',
      translation: 'WEB',
      onTranslationChange: vi.fn(),
      theme: 'light',
      store: new PassageStore(transport),
      loadCommentary: async () => ({ notes: [], topics: [] }),
      savedState: async () => 'unsaved',
      toggleSaved: vi.fn(async () => 'saved' as const),
      onCopy: vi.fn(async () => undefined),
      onOpen: vi.fn(),
      onOpenReference: vi.fn(),
      onClose: vi.fn(),
      ...overrides,
    };
    render(<CardHost {...props} />);
    return { props, transport };
  }

  it('asks for both translations in one request, then copies and saves both', async () => {
    const { props, transport } = host({ second: 'KJV' }, { WEB: HEB_4, KJV: HEB_4_KJV });
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(transport.getPassages).toHaveBeenCalledTimes(1);
    expect(transport.getPassage).not.toHaveBeenCalled();
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(props.onCopy).toHaveBeenCalledWith(HEB_4.osis, 'WEB', 'KJV');
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: /Save/ })));
    expect(props.toggleSaved).toHaveBeenCalledWith(HEB_4.osis, 'WEB', false, 'KJV');
  });

  it('copies and saves the first alone when the second does not have the passage', async () => {
    const { props } = host({ second: 'KJV' }, { WEB: HEB_4, KJV: new Error('missing') });
    await screen.findByText(/^KJV: /);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(props.onCopy).toHaveBeenCalledWith(HEB_4.osis, 'WEB', undefined);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: /Save/ })));
    expect(props.toggleSaved).toHaveBeenCalledWith(HEB_4.osis, 'WEB', false, undefined);
  });

  it('asks for one translation as before when there is no second', async () => {
    const { props, transport } = host({}, { WEB: HEB_4 });
    await screen.findByText(/Placeholder text of verse 16/);
    expect(transport.getPassage).toHaveBeenCalledTimes(1);
    expect(transport.getPassages).not.toHaveBeenCalled();
    expect(rows()).toEqual([]);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(props.onCopy).toHaveBeenCalledWith(HEB_4.osis, 'WEB', undefined);
  });
});

type Message = { type: string } & Record<string, unknown>;

describe('the popup with a second translation', () => {
  let sent: Message[];
  beforeEach(() => {
    sent = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: Message) => {
      validateRequest(m);
      sent.push(m);
      const reply = (tr: string): Passage => (tr === 'KJV' ? HEB_4_KJV : HEB_4);
      if (m.type === 'getPassages') {
        return {
          ok: true,
          value: (m.items as { translation: string }[]).map((q) => ({
            ok: true,
            value: reply(q.translation),
          })),
        };
      }
      if (m.type === 'getPassage') return { ok: true, value: reply(m.translation as string) };
      if (m.type === 'getCommentary') return { ok: true, value: { notes: [], topics: [] } };
      if (m.type === 'savedState') return { ok: true, value: 'unsaved' };
      if (m.type === 'toggleSaved') return { ok: true, value: 'saved' };
      if (m.type === 'listSaved') return { ok: true, value: [] };
      return { ok: true, value: null };
    }) as never);
  });

  it('reads a passage in both, verse by verse, and saves both', async () => {
    render(<PopupApp initialQuery="Hebrews 4:14-16" initialSecond="KJV" />);
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows()[0]).toBe('14 | WEB Placeholder text of verse 14. | KJV Second text of verse 14.');
    // Both in one round trip.
    expect(sent.filter((m) => m.type === 'getPassages')).toHaveLength(1);
    expect(sent.filter((m) => m.type === 'getPassage')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: /Save/ }));
    await waitFor(() =>
      expect(sent.find((m) => m.type === 'toggleSaved')).toMatchObject({ translation: 'WEB', second: 'KJV' }),
    );
  });

  it('shows one translation when the second is the first, and follows the setting as it changes', async () => {
    render(<PopupApp initialQuery="Hebrews 4:14-16" initialTranslation="KJV" initialSecond="KJV" />);
    await screen.findByText(/Second text of verse 16/);
    expect(rows()).toEqual([]);
    const { secondTranslation } = await import('@/lib/settings');
    await act(() => secondTranslation.setValue('WEB'));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(rows()[0]).toBe('14 | KJV Second text of verse 14. | WEB Placeholder text of verse 14.');
  });
});

describe('SavedList with an item saved in two translations', () => {
  it('names both translations and shows both texts, each labelled', async () => {
    const items: SavedVerse[] = [
      {
        id: 1,
        osis: 'Heb.7.25',
        translation: 'WEB',
        second: 'RV1909',
        label: 'Hebrews 7:25',
        text: 'first text',
        secondText: 'segundo texto',
        note: '',
        tags: [],
        createdAt: 1,
        updatedAt: 1,
      },
    ];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: Message) =>
      m.type === 'listSaved' ? { ok: true, value: items } : { ok: true, value: null }) as never);
    render(<SavedList version={0} onOpen={() => undefined} />);
    const item = (await screen.findByRole('button', { name: 'Hebrews 7:25 (WEB, RV1909)' })).closest('li')!;
    const texts = item.querySelectorAll('.saved-text');
    expect([...texts].map((p) => p.textContent)).toEqual([
      'WEB World English Bible: first text',
      'RV1909 Reina-Valera 1909: segundo texto',
    ]);
    expect(within(item).getByText('segundo texto').getAttribute('lang')).toBe('es');
  });
});
