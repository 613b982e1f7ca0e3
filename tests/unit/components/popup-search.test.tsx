// @vitest-environment happy-dom
import { validateRequest } from '@/lib/messaging/validate';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Passage } from '@/lib/bible/passage';
import type { SearchHit, SearchReply } from '@/lib/search/results';
import { PopupApp } from '@/components/popup/popup-app';
import { searchEveryTranslation } from '@/lib/settings';

afterEach(cleanup);

type Message = { type: string } & Record<string, unknown>;
let sent: Message[];
let answer: (m: Message) => unknown;

/** Every request the popup makes is answered by `answer`, and logged. */
beforeEach(() => {
  sent = [];
  answer = () => null;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: Message) => {
    // Every request the component sends must pass the background's real validator.
    validateRequest(m);
    sent.push(m);
    return { ok: true, value: await answer(m) };
  }) as never);
});

const hit = (osis: string, label: string, text: string, marks: [number, number][] = []): SearchHit => ({
  osis,
  label,
  text,
  marks,
  translation: 'WEB',
});

const passage = (osis: string, label: string, text: string): Passage => ({
  osis,
  translation: 'WEB',
  label,
  verses: [{ book: 'Heb', chapter: 7, verse: 25, text }],
  omitted: [],
  source: 'cache',
});

/** Replies as the background would for the usual requests; `search` decides word searches. */
function background(search: (m: Message) => SearchReply, history: unknown[] = []) {
  answer = (m) => {
    if (m.type === 'search') return search(m);
    if (m.type === 'getHistory') return history;
    if (m.type === 'listSaved') return [];
    if (m.type === 'getPassage') return passage(m.osis as string, `Label of ${m.osis}`, 'verse text');
    if (m.type === 'getCommentary') return { notes: [], topics: [] };
    if (m.type === 'savedState') return 'unsaved';
    return null;
  };
}

const ready = (hits: SearchHit[], extra: Partial<SearchReply> = {}): SearchReply => ({
  status: 'ready',
  mode: 'all',
  total: hits.length,
  phrases: 0,
  offset: 0,
  hits,
  translations: ['WEB', 'KJV'],
  ...(extra as object),
});

/** The result options (the saved list's sort <select> has options too). */
const results = async () =>
  within(await screen.findByRole('listbox', { name: 'Verses found' })).getAllByRole('option');

const box = () =>
  screen.getByRole('combobox', { name: 'Search the Bible or look up a passage' }) as HTMLInputElement;

describe('PopupApp search', () => {
  it('focuses the box and lists recent lookups under it, which open again', async () => {
    background(() => ready([]), [{ osis: 'Heb.7.25', translation: 'KJV', at: 1 }]);
    render(<PopupApp />);
    expect(document.activeElement).toBe(box());
    const recent = await screen.findByRole('region', { name: 'Recent lookups' });
    fireEvent.click(within(recent).getByRole('button', { name: 'Hebrews 7:25' }));
    expect((box() as HTMLInputElement).value).toBe('Hebrews 7:25');
    await waitFor(() =>
      expect(sent).toContainEqual({ type: 'getPassage', osis: 'Heb.7.25', translation: 'KJV' }),
    );
    expect(sent).toContainEqual({ type: 'addHistory', osis: 'Heb.7.25', translation: 'KJV' });
  });

  it('shows progress while the index is built, then the results with their count', async () => {
    let calls = 0;
    background(() =>
      ++calls < 3
        ? { status: 'building', done: calls * 30, total: 66 }
        : ready([hit('Heb.7.25', 'Hebrews 7:25', 'to make intercession', [[3, 7]])], { phrases: 1 }),
    );
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'make intercession' } });
    expect((await screen.findByRole('progressbar', { name: 'Books indexed' })).getAttribute('max')).toBe(
      '66',
    );
    await screen.findByText('30 of 66 books');
    const list = await screen.findByRole('listbox', { name: 'Verses found' }, { timeout: 3000 });
    expect(within(list).getAllByRole('option')).toHaveLength(1);
    expect(screen.getByText('1 verse, all with the exact phrase.').getAttribute('aria-live')).toBe('polite');
    expect(sent.filter((m) => m.type === 'search')).toHaveLength(3);
    expect(sent.find((m) => m.type === 'search')).toEqual({
      type: 'search',
      query: 'make intercession',
      translation: 'WEB',
      offset: 0,
      every: true,
      literal: false,
    });
  });

  it('marks matched words with <mark> around text, never as markup', async () => {
    const text = 'to make <b>intercession</b> for them';
    background(() => ready([hit('Heb.7.25', 'Hebrews 7:25', text, [[3, 7]])]));
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'make' } });
    const [option] = (await results()) as [HTMLElement];
    expect(option.querySelector('b')).toBeNull();
    expect([...option.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['make']);
    expect(option.textContent).toBe(`Hebrews 7:25 ${text}`);
  });

  it('moves through results with the arrow keys and opens the active one with Enter, then goes back', async () => {
    background(() =>
      ready([
        hit('Rom.8.26', 'Romans 8:26', 'a'),
        hit('Rom.8.27', 'Romans 8:27', 'b'),
        hit('Heb.7.25', 'Hebrews 7:25', 'c'),
      ]),
    );
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'intercession' } });
    await results();
    expect(box().getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    expect(box().getAttribute('aria-activedescendant')).toBe('hit-1');
    expect((await results())[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect((box() as HTMLInputElement).value).toBe('Romans 8:27');
    await screen.findByRole('heading', { name: 'Romans 8:27' });
    fireEvent.click(screen.getByRole('button', { name: '← Results for “intercession”' }));
    expect((box() as HTMLInputElement).value).toBe('intercession');
    expect(await results()).toHaveLength(3);
  });

  it('shows 50 at a time and asks for the next page on request', async () => {
    const many = Array.from({ length: 120 }, (_, i) => hit(`Ps.119.${i + 1}`, `Psalm 119:${i + 1}`, 'x'));
    background((m) => ready(many.slice(m.offset as number, (m.offset as number) + 50), { total: 120 }));
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'grace' } });
    await waitFor(async () => expect(await results()).toHaveLength(50));
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more (50 of 120)' }));
    await waitFor(async () => expect(await results()).toHaveLength(100));
    expect(sent.filter((m) => m.type === 'search').map((m) => m.offset)).toEqual([0, 50]);
  });

  it('says when no verse has every word', async () => {
    background(() => ready([hit('Acts.17.18', 'Acts 17:18', 'x')], { mode: 'some', total: 24064 }));
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'advocate with the Father' } });
    await screen.findByText('No verse has every word; 24,064 verses have some of them.');
  });

  it('names the book a search was kept to', async () => {
    background(() => ready([hit('1John.4.8', '1 John 4:8', 'x')], { within: '1 John' }));
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'love in 1 John' } });
    await screen.findByText('1 verse in 1 John.');
  });

  it('opens a reference without searching words, and takes a context-menu lookup on open', async () => {
    background(() => ready([]));
    answer = ((base) => (m: Message) => (m.type === 'takeLookup' ? '1 jn 2' : base(m)))(answer);
    render(<PopupApp />);
    await waitFor(() => expect((box() as HTMLInputElement).value).toBe('1 jn 2'));
    await screen.findByRole('heading', { name: '1 John 2' });
    expect(sent.some((m) => m.type === 'search')).toBe(false);
  });

  it('says where the words matched when another translation has them, and which text a verse shows', async () => {
    background(() =>
      ready([
        {
          ...hit('1John.2.1', '1 John 2:1', 'we have a Counselor with the Father', [[26, 30]]),
          matched: { translation: 'KJV', quote: 'an advocate with the Father' },
        },
        { ...hit('Acts.8.37', 'Acts 8:37', 'If thou believest', [[7, 17]]), translation: 'KJV' },
      ]),
    );
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'advocate with the Father' } });
    const [first, second] = (await results()) as [HTMLElement, HTMLElement];
    expect(first.textContent).toBe(
      '1 John 2:1 we have a Counselor with the Father' + 'matched in KJV: “an advocate with the Father”',
    );
    expect(second.querySelector('.hit-ref')!.textContent).toBe('Acts 8:37 (KJV)');
  });

  it('shows the corrected words, and searches the words as typed on request', async () => {
    background((m) =>
      m.literal ? ready([]) : ready([hit('Heb.7.25', 'Hebrews 7:25', 'x')], { corrected: 'intercession' }),
    );
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'intersession' } });
    await results();
    const correction = screen.getByText(/Showing results for/);
    expect(correction.textContent).toBe('Showing results for intercession — search instead for intersession');
    box().blur();
    fireEvent.click(screen.getByRole('button', { name: 'search instead for intersession' }));
    // The box takes the focus back, for the next words.
    expect(document.activeElement).toBe(box());
    await screen.findByText('No verse has these words.');
    expect(sent.filter((m) => m.type === 'search').map((m) => [m.query, m.literal])).toEqual([
      ['intersession', false],
      ['intersession', true],
    ]);
    expect(screen.queryByText(/Showing results for/)).toBeNull();
    // Other words are corrected again.
    fireEvent.input(box(), { target: { value: 'intersessions' } });
    await waitFor(() => expect(sent.filter((m) => m.type === 'search').at(-1)!.literal).toBe(false));
  });

  it('searches one translation when "All translations" is off, and remembers it', async () => {
    background(() => ready([hit('Heb.7.25', 'Hebrews 7:25', 'x')]));
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'grace' } });
    await results();
    const every = screen.getByRole('checkbox', { name: 'All translations' }) as HTMLInputElement;
    expect(every.checked).toBe(true);
    fireEvent.click(every);
    await waitFor(() => expect(sent.filter((m) => m.type === 'search').at(-1)!.every).toBe(false));
    expect(await searchEveryTranslation.getValue()).toBe(false);
    cleanup();
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'mercy' } });
    await waitFor(() =>
      expect(sent.filter((m) => m.type === 'search' && m.query === 'mercy').at(-1)!.every).toBe(false),
    );
  });
});

describe('PopupApp topics', () => {
  const INTERCESSION = {
    kind: 'topic' as const,
    name: 'INTERCESSION',
    sections: Array.from({ length: 6 }, (_, i) => ({
      heading: `Section ${i + 1}`,
      refs: [
        { osis: `Gen.${i + 1}.1`, label: `Genesis ${i + 1}:1` },
        { osis: `Exod.${i + 1}.1`, label: `Exodus ${i + 1}:1` },
      ],
    })),
  };

  it('shows the topic a search names above the verses, its first sections, then all', async () => {
    background(() => ready([hit('Heb.7.25', 'Hebrews 7:25', 'x')]));
    answer = ((base) => (m: Message) =>
      m.type === 'findTopic' ? (m.query === 'intercession' ? INTERCESSION : null) : base(m))(answer);
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'intercession' } });
    const topic = await screen.findByRole('region', { name: 'Nave’s Topical Bible: INTERCESSION' });
    await results();
    // Before the verse results in the document.
    expect(
      topic.compareDocumentPosition(screen.getByRole('listbox', { name: 'Verses found' })) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(within(topic).getAllByRole('listitem')).toHaveLength(4);
    expect(within(topic).getAllByRole('listitem')[0]!.textContent).toBe('Section 1 Genesis 1:1, Exodus 1:1');
    fireEvent.click(within(topic).getByRole('button', { name: 'All 6 sections' }));
    await waitFor(() => expect(within(topic).getAllByRole('listitem')).toHaveLength(6));
    fireEvent.click(within(topic).getByRole('button', { name: 'Exodus 6:1' }));
    expect((box() as HTMLInputElement).value).toBe('Exodus 6:1');
    await screen.findByRole('heading', { name: 'Exodus 6:1' });
    fireEvent.click(screen.getByRole('button', { name: '← Results for “intercession”' }));
    await screen.findByRole('region', { name: 'Nave’s Topical Bible: INTERCESSION' });
  });

  it('shows no topic for words that name none, nor for a reference', async () => {
    background(() => ready([hit('Heb.7.25', 'Hebrews 7:25', 'x')]));
    answer = ((base) => (m: Message) => (m.type === 'findTopic' ? null : base(m)))(answer);
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'make intercession' } });
    await results();
    await waitFor(() => expect(sent.some((m) => m.type === 'findTopic')).toBe(true));
    expect(screen.queryByRole('region', { name: /Nave’s Topical Bible/ })).toBeNull();
    fireEvent.input(box(), { target: { value: 'heb 7:25' } });
    await screen.findByRole('heading', { name: 'Hebrews 7:25' });
    expect(sent.filter((m) => m.type === 'findTopic').map((m) => m.query)).toEqual(['make intercession']);
  });
});

describe('PopupApp, what a query does', () => {
  const kinds = () => sent.map((m) => m.type);

  it('opens a reference without a word search, records it after it stays, and records a passing one never', async () => {
    background(() => ready([]));
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'heb 7:25' } });
    await screen.findByRole('heading', { name: 'Hebrews 7:25' });
    expect(sent).toContainEqual({ type: 'getPassage', osis: 'Heb.7.25', translation: 'WEB' });
    // Passed before the dwell: never recorded.
    fireEvent.input(box(), { target: { value: 'heb 7:26' } });
    await screen.findByRole('heading', { name: 'Hebrews 7:26' });
    await waitFor(() => expect(sent.filter((m) => m.type === 'addHistory')).toHaveLength(1), {
      timeout: 3000,
    });
    expect(sent.filter((m) => m.type === 'addHistory')).toEqual([
      { type: 'addHistory', osis: 'Heb.7.26', translation: 'WEB' },
    ]);
    expect(kinds()).not.toContain('search');
    expect(screen.queryByRole('listbox', { name: 'Verses found' })).toBeNull();
    expect(box().getAttribute('aria-expanded')).toBe('false');
  });

  it('records a reference at once on Enter, and leaves the arrow keys to the box when nothing is listed', async () => {
    background(() => ready([]));
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'rom 8:34' } });
    await screen.findByRole('heading', { name: 'Romans 8:34' });
    // fireEvent returns false when the handler called preventDefault.
    expect(fireEvent.keyDown(box(), { key: 'ArrowDown' })).toBe(true);
    expect(box().hasAttribute('aria-activedescendant')).toBe(false);
    expect(fireEvent.keyDown(box(), { key: 'Enter' })).toBe(false);
    // At once: well before the 1.5 s a passage must stay to be recorded without Enter.
    await waitFor(
      () => expect(sent).toContainEqual({ type: 'addHistory', osis: 'Rom.8.34', translation: 'WEB' }),
      {
        timeout: 500,
      },
    );
  });

  it('steps through results one at a time, stopping at either end, and starts again for new words', async () => {
    background((m) =>
      m.query === 'intercession'
        ? ready([
            hit('Rom.8.26', 'Romans 8:26', 'a'),
            hit('Rom.8.27', 'Romans 8:27', 'b'),
            hit('Heb.7.25', 'Hebrews 7:25', 'c'),
          ])
        : ready([hit('Heb.7.25', 'Hebrews 7:25', 'c'), hit('1John.2.1', '1 John 2:1', 'd')]),
    );
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'intercession' } });
    await results();
    const active = () => box().getAttribute('aria-activedescendant');
    expect(active()).toBeNull();
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    await waitFor(() => expect(active()).toBe('hit-0'));
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    await waitFor(() => expect(active()).toBe('hit-1'));
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    await waitFor(() => expect(active()).toBe('hit-2'));
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    await waitFor(() => expect(active()).toBe('hit-1'));
    fireEvent.input(box(), { target: { value: 'advocate' } });
    await waitFor(async () => expect(await results()).toHaveLength(2));
    expect(active()).toBeNull();
  });

  it('searches every translation, as typed only on request, and says nothing is listed while the index builds', async () => {
    let calls = 0;
    background(() =>
      ++calls < 2
        ? { status: 'building', done: 10, total: 66 }
        : ready([hit('Heb.7.25', 'Hebrews 7:25', 'x')]),
    );
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'intercession' } });
    await screen.findByRole('progressbar', { name: 'Books indexed' });
    expect(box().getAttribute('aria-expanded')).toBe('false');
    await results();
    const searches = sent.filter((m) => m.type === 'search');
    expect(searches.every((m) => m.every === true && m.literal === false)).toBe(true);
  });

  it('shows the hint and recent lookups for a query with nothing to search', async () => {
    background(() => ready([]), [{ osis: 'Heb.7.25', translation: 'WEB', at: 1 }]);
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: '?! —' } });
    await screen.findByRole('region', { name: 'Recent lookups' });
    expect(kinds()).not.toContain('search');
    // Nothing opened, so nothing is recorded however long it stays.
    await new Promise((resolve) => setTimeout(resolve, 1700));
    // Asked at all, valid or not (`sent` logs only what passes the validator).
    const asked = vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls.map(([m]) => (m as Message).type);
    expect(asked).not.toContain('addHistory');
  });

  it('goes back to the words as typed, without their trailing space in the button', async () => {
    background(() => ready([hit('Heb.7.25', 'Hebrews 7:25', 'x')]));
    render(<PopupApp />);
    fireEvent.input(box(), { target: { value: 'intercession ' } });
    await results();
    fireEvent.keyDown(box(), { key: 'Enter' });
    await screen.findByRole('heading', { name: 'Hebrews 7:25' });
    fireEvent.click(screen.getByRole('button', { name: '← Results for “intercession”' }));
    expect(box().value).toBe('intercession ');
  });

  it('opens a recent lookup and a saved verse in the box, focused, and reloads the saved list after a save', async () => {
    background(() => ready([]), [{ osis: 'Heb.7.25', translation: 'WEB', at: 1 }]);
    const base = answer;
    answer = (m) =>
      m.type === 'listSaved'
        ? [
            {
              id: 1,
              osis: 'John.17.20',
              translation: 'KJV',
              label: 'John 17:20',
              text: 'Neither pray I for these alone',
              note: '',
              tags: [],
              createdAt: 1,
              updatedAt: 1,
            },
          ]
        : base(m);
    render(<PopupApp />);
    const recent = await screen.findByRole('region', { name: 'Recent lookups' });
    box().blur();
    fireEvent.click(within(recent).getByRole('button', { name: 'Hebrews 7:25' }));
    expect(document.activeElement).toBe(box());
    fireEvent.click(await screen.findByRole('button', { name: 'John 17:20 (KJV)' }));
    expect(box().value).toBe('John 17:20');
    expect(document.activeElement).toBe(box());
    await waitFor(() =>
      expect(sent).toContainEqual({ type: 'getPassage', osis: 'John.17.20', translation: 'KJV' }),
    );
    const lists = () => sent.filter((m) => m.type === 'listSaved').length;
    const before = lists();
    fireEvent.click(await screen.findByRole('button', { name: 'Save to my verses' }));
    await waitFor(() => expect(lists()).toBeGreaterThan(before));
  });

  it('asks for a pending context-menu lookup only when opened without a query', async () => {
    background(() => ready([]));
    render(<PopupApp initialQuery="heb 7:25" />);
    await screen.findByRole('heading', { name: 'Hebrews 7:25' });
    expect(kinds()).not.toContain('takeLookup');
  });
});
