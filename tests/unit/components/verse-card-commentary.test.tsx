// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VerseCard } from '@/components/verse-card';
import { Commentary } from '@/components/verse-card/commentary';
import { LinkedText, splitReferences, type ReferenceFinder } from '@/components/verse-card/linkify';
import { cardProps, note } from './verse-card-fixtures';

afterEach(cleanup);

const noteTitles = () =>
  within(screen.getByRole('region', { name: 'Intercession notes' }))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent);

describe('VerseCard: notes', () => {
  it('keeps the notes in the order given (best first) with what each covers', () => {
    const notes = [note('b', 'Second best'), note('a', 'Best'), note('c', 'Third')];
    render(<VerseCard {...cardProps({ commentary: { status: 'ready', notes, topics: [] } })} />);
    expect(noteTitles()).toEqual(['Second best', 'Best', 'Third']);
    expect(screen.getAllByText('Hebrews 4:14–16')).toHaveLength(4);
    expect(screen.getAllByText('Placeholder note prose.')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: /More notes/ })).toBeNull();
  });

  it('shows three notes, then "More notes (N)" reveals the rest in place', () => {
    const notes = ['One', 'Two', 'Three', 'Four', 'Five'].map((t) => note(t.toLowerCase(), t));
    render(<VerseCard {...cardProps({ commentary: { status: 'ready', notes, topics: [] } })} />);
    expect(noteTitles()).toEqual(['One', 'Two', 'Three']);
    const more = screen.getByRole('button', { name: 'More notes (2)' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(noteTitles()).toEqual(['One', 'Two', 'Three', 'Four', 'Five']);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe('Fewer notes');
  });

  it('turns references in note prose into buttons that open that passage', () => {
    const props = cardProps({
      commentary: {
        status: 'ready',
        notes: [note('n', 'A note', ['Compare Hebrews 7:25 and Rom 8:34 with this placeholder.'])],
        topics: [],
      },
    });
    render(<VerseCard {...props} />);
    const paragraph = screen.getByText(/Compare/);
    expect(paragraph.textContent).toBe('Compare Hebrews 7:25 and Rom 8:34 with this placeholder.');
    fireEvent.click(within(paragraph).getByRole('button', { name: 'Hebrews 7:25' }));
    expect(props.onOpenReference).toHaveBeenLastCalledWith('Heb.7.25');
    const abbreviated = within(paragraph).getByRole('button', { name: 'Rom 8:34' });
    expect(abbreviated.title).toBe('Romans 8:34');
    fireEvent.click(abbreviated);
    expect(props.onOpenReference).toHaveBeenLastCalledWith('Rom.8.34');
  });
});

describe("VerseCard: Nave's topics and the empty state", () => {
  it("offers Nave's topics as topic › heading with interactive references when no note overlaps", () => {
    const props = cardProps({
      commentary: {
        status: 'ready',
        notes: [],
        topics: [
          {
            topic: 'INTERCESSION',
            heading: 'OF MAN WITH GOD',
            refs: [
              { osis: 'Gen.18.23-Gen.18.32', label: 'Genesis 18:23–32' },
              { osis: 'Exod.32.11', label: 'Exodus 32:11' },
            ],
          },
        ],
      },
    });
    render(<VerseCard {...props} />);
    const topics = screen.getByRole('region', { name: 'Related topics' });
    expect(within(topics).getByRole('heading').textContent).toBe('From Nave’s Topical Bible');
    const item = within(topics).getByRole('listitem');
    expect(item.textContent).toBe('INTERCESSION › OF MAN WITH GOD Genesis 18:23–32; Exodus 32:11');
    fireEvent.click(within(item).getByRole('button', { name: 'Exodus 32:11' }));
    expect(props.onOpenReference).toHaveBeenCalledWith('Exod.32.11');
  });

  it('says honestly when there is nothing, whether told so or given empty lists', () => {
    const { rerender } = render(<VerseCard {...cardProps({ commentary: { status: 'none' } })} />);
    expect(screen.getByText('No intercession note for this passage yet.')).toBeTruthy();
    rerender(<VerseCard {...cardProps({ commentary: { status: 'ready', notes: [], topics: [] } })} />);
    expect(screen.getByText('No intercession note for this passage yet.')).toBeTruthy();
  });

  it('shows notes loading as busy, without claiming there are none', () => {
    render(<VerseCard {...cardProps({ commentary: { status: 'loading' } })} />);
    expect(screen.getByText('Loading notes…').closest('[aria-busy="true"]')).not.toBeNull();
    expect(screen.queryByText(/No intercession note/)).toBeNull();
  });
});

describe('linkify', () => {
  const fake: ReferenceFinder = (text) => {
    const start = text.indexOf('Xyz 1:2');
    return start < 0 ? [] : [{ start, end: start + 7, text: 'Xyz 1:2', osis: 'Heb.1.2' }];
  };

  it('splits text around what the finder reports, keeping every character', () => {
    expect(splitReferences('See Xyz 1:2 here', fake)).toEqual([
      'See ',
      { start: 4, end: 11, text: 'Xyz 1:2', osis: 'Heb.1.2' },
      ' here',
    ]);
    expect(splitReferences('Nothing here', fake)).toEqual(['Nothing here']);
  });

  it('skips overlapping or out-of-range matches from a misbehaving finder', () => {
    const bad: ReferenceFinder = () => [
      { start: 0, end: 3, text: 'abc', osis: 'Heb.1.1' },
      { start: 2, end: 5, text: 'cde', osis: 'Heb.1.2' },
      { start: 6, end: 99, text: 'g', osis: 'Heb.1.3' },
    ];
    const parts = splitReferences('abcdefg', bad);
    expect(parts.map((p) => (typeof p === 'string' ? p : `[${p.text}]`)).join('')).toBe('[abc]defg');
  });

  it('renders the matches as buttons calling back with the OSIS id', () => {
    const open = vi.fn();
    render(
      <p>
        <LinkedText text="Read Xyz 1:2 today." onOpenReference={open} find={fake} />
      </p>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xyz 1:2' }));
    expect(open).toHaveBeenCalledWith('Heb.1.2');
  });

  it('is what Commentary uses for note prose when given a finder', () => {
    const open = vi.fn();
    render(
      <Commentary
        view={{ status: 'ready', notes: [note('n', 'T', ['Placeholder Xyz 1:2.'])], topics: [] }}
        onOpenReference={open}
        find={fake}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Xyz 1:2' }));
    expect(open).toHaveBeenCalledWith('Heb.1.2');
  });
});
