// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PassageText, VerseCard } from '@/components/verse-card';
import { copyText, type CopyLayout } from '@/lib/bible/copy-text';
import { HEB_4, cardProps, passage, verses } from './verse-card-fixtures';

afterEach(cleanup);

/** The verse text as a sighted reader sees it: numbers and text, without the spoken-only labels. */
function visibleVerses(): string {
  const box = document.querySelector<HTMLElement>('[data-verse-text]')!;
  const clone = box.cloneNode(true) as HTMLElement;
  clone.querySelectorAll('span[style]').forEach((el) => el.remove());
  return clone.textContent!.replace(/\s+/g, ' ').trim();
}

describe('VerseCard: the dialog', () => {
  it('is a dialog named by its label and translation, headed by the label', () => {
    render(<VerseCard {...cardProps({ translation: 'KJV' })} />);
    const dialog = screen.getByRole('dialog', { name: 'Hebrews 4:14–16 (KJV)' });
    expect(within(dialog).getByRole('heading', { level: 2 }).textContent).toBe('Hebrews 4:14–16');
  });

  it('closes on Escape pressed anywhere inside, and on the Close button', () => {
    const props = cardProps();
    render(<VerseCard {...props} />);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Copy' }), { key: 'Escape' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(screen.getByRole('button', { name: 'Copy' }), { key: 'Enter' });
    expect(props.onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('does not let the page see the Escape it handled', () => {
    const pageHandler = vi.fn();
    document.body.addEventListener('keydown', pageHandler);
    render(<VerseCard {...cardProps()} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    document.body.removeEventListener('keydown', pageHandler);
    expect(pageHandler).not.toHaveBeenCalled();
  });

  it('takes focus when opened from the keyboard, and never when opened by hover', () => {
    const button = document.body.appendChild(document.createElement('button'));
    button.focus();
    const { unmount } = render(<VerseCard {...cardProps()} />);
    expect(document.activeElement).toBe(button);
    unmount();
    render(<VerseCard {...cardProps({ focusOnOpen: true })} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    button.remove();
  });

  it('puts the theme on the root for the stylesheet', () => {
    const { rerender } = render(<VerseCard {...cardProps({ theme: 'light' })} />);
    expect(screen.getByRole('dialog').dataset.theme).toBe('light');
    rerender(<VerseCard {...cardProps({ theme: 'dark' })} />);
    expect(screen.getByRole('dialog').dataset.theme).toBe('dark');
  });

  it('orders its controls for Tab: switch, close, the text, the notes, then the actions', () => {
    render(<VerseCard {...cardProps({ commentary: { status: 'none' } })} />);
    const names = [...screen.getByRole('dialog').querySelectorAll('button')].map(
      (b) => b.getAttribute('aria-label') ?? b.textContent,
    );
    expect(names).toEqual(['WEB', 'KJV', 'RV1909', 'Close', 'Save to my verses', 'Copy', 'Open']);
    expect(screen.getByRole('dialog').querySelector('[tabindex]:not([tabindex="-1"])')).toBeNull();
  });
});

describe('VerseCard: the translation switch', () => {
  it('shows the current translation pressed and asks for the other', () => {
    const props = cardProps({ translation: 'WEB' });
    render(<VerseCard {...props} />);
    const group = screen.getByRole('group', { name: 'Translation' });
    const web = within(group).getByRole('button', { name: 'WEB' });
    const kjv = within(group).getByRole('button', { name: 'KJV' });
    expect(web.getAttribute('aria-pressed')).toBe('true');
    expect(kjv.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(web);
    expect(props.onTranslationChange).not.toHaveBeenCalled();
    fireEvent.click(kjv);
    expect(props.onTranslationChange).toHaveBeenCalledWith('KJV');
  });

  it('offers every imported translation after the bundled ones, named, and one the list lacks yet', () => {
    const props = cardProps({
      translation: 'u:NEW',
      imported: [
        { id: 'u:LSG', name: 'Louis Segond 1910', language: 'fr' },
        { id: 'u:NBLA', name: 'Nueva Biblia de las Américas', language: 'es' },
      ],
    });
    render(<VerseCard {...props} />);
    const group = screen.getByRole('group', { name: 'Translation' });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['WEB', 'KJV', 'RV1909', 'LSG', 'NBLA', 'NEW']);
    expect(buttons[3]!.title).toBe('Louis Segond 1910');
    expect(buttons[5]!.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(buttons[4]!);
    expect(props.onTranslationChange).toHaveBeenCalledWith('u:NBLA');
  });
});

describe('VerseCard: the passage', () => {
  it('numbers the verses for the eye and says "verse N" to screen readers', () => {
    render(<VerseCard {...cardProps()} />);
    expect(visibleVerses()).toBe(
      '14 Placeholder text of verse 14. 15 Placeholder text of verse 15. 16 Placeholder text of verse 16.',
    );
    const sup = document.querySelector('sup')!;
    expect(sup.getAttribute('aria-hidden')).toBe('true');
    expect(sup.nextElementSibling!.textContent).toBe('verse 14 ');
    // Spoken only: taken out of view, and out of a mouse selection.
    expect((sup.nextElementSibling as HTMLElement).style.position).toBe('absolute');
  });

  it('leaves a single verse unnumbered', () => {
    const one = passage('Hebrews 7:25', 'Heb.7.25', verses('Heb', 7, 25, 25));
    render(
      <VerseCard {...cardProps({ label: 'Hebrews 7:25', passage: { status: 'ready', passage: one } })} />,
    );
    expect(visibleVerses()).toBe('Placeholder text of verse 25.');
    expect(document.querySelector('sup')).toBeNull();
  });

  it('shows a psalm title before its verse, in its own line', () => {
    const list = verses('Ps', 61, 1, 2);
    list[0] = { ...list[0]!, title: 'A placeholder superscription.' };
    render(
      <VerseCard
        {...cardProps({
          passage: { status: 'ready', passage: passage('Psalm 61:1–2', 'Ps.61.1-Ps.61.2', list) },
        })}
      />,
    );
    const title = screen.getByText('A placeholder superscription.');
    expect(title.tagName).toBe('P');
    expect(title.className).toContain('ic-title');
    expect(title.nextElementSibling!.textContent).toMatch(/^1 verse 1 Placeholder text of verse 1\./);
    expect(title.previousElementSibling).toBeNull();
  });

  it('notes verse slots this translation leaves out, joining consecutive ones', () => {
    const acts = passage(
      'Acts 8:36–38',
      'Acts.8.36-Acts.8.38',
      [...verses('Acts', 8, 36, 36), ...verses('Acts', 8, 38, 38)],
      {
        omitted: ['Acts.8.37'],
      },
    );
    const { rerender } = render(
      <VerseCard {...cardProps({ passage: { status: 'ready', passage: acts } })} />,
    );
    expect(screen.getByText('Acts 8:37 is not in the WEB.')).toBeTruthy();
    const rom = passage('Romans 16:24–27', 'Rom.16.24-Rom.16.27', verses('Rom', 16, 24, 24), {
      omitted: ['Rom.16.25', 'Rom.16.26', 'Rom.16.27'],
    });
    rerender(<VerseCard {...cardProps({ passage: { status: 'ready', passage: rom } })} />);
    expect(screen.getByText('Romans 16:25–27 are not in the WEB.')).toBeTruthy();
  });

  it('shows the first 5 verses of a long passage and expands to all of them in place', () => {
    const long = passage('John 17:1–12', 'John.17.1-John.17.12', verses('John', 17, 1, 12));
    render(<VerseCard {...cardProps({ passage: { status: 'ready', passage: long } })} />);
    expect(document.querySelectorAll('.ic-verse')).toHaveLength(5);
    expect(visibleVerses()).not.toContain('verse 6.');
    const more = screen.getByRole('button', { name: 'Show all 12 verses' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(document.querySelectorAll('.ic-verse')).toHaveLength(12);
    expect(visibleVerses()).toContain('12 Placeholder text of verse 12.');
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('region', { name: 'All verses' }).getAttribute('tabindex')).toBe('0');
    fireEvent.click(screen.getByRole('button', { name: 'Show fewer verses' }));
    expect(document.querySelectorAll('.ic-verse')).toHaveLength(5);
  });

  it('says where a page of a very long passage sits, and that Open shows the rest', () => {
    const first = passage('Genesis 1–Revelation 22', 'Gen.1-Rev.22', verses('Gen', 1, 1, 3), {
      page: { from: 0, count: 250, total: 31_104 },
    });
    render(<VerseCard {...cardProps({ passage: { status: 'ready', passage: first } })} />);
    expect(screen.getByText('Verses 1–250 of 31,104. Open shows the rest.')).toBeTruthy();
  });

  it('pages through a very long passage where the reader can (the popup)', () => {
    const onPage = vi.fn();
    const middle = passage('Genesis 1–Revelation 22', 'Gen.1-Rev.22', verses('Gen', 10, 16, 18), {
      page: { from: 250, count: 250, total: 31_104 },
    });
    const { rerender } = render(<PassageText passage={middle} onPage={onPage} />);
    expect(screen.getByRole('group', { name: 'Pages of this passage' }).textContent).toContain(
      'Verses 251–500 of 31,104.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Next verses' }));
    fireEvent.click(screen.getByRole('button', { name: 'Previous verses' }));
    expect(onPage.mock.calls).toEqual([[500], [0]]);
    const last = { ...middle, page: { from: 31_102, count: 2, total: 31_104 } };
    rerender(<PassageText passage={last} onPage={onPage} />);
    expect(screen.queryByRole('button', { name: 'Next verses' })).toBeNull();
  });

  it('does not offer "Show all" for 5 verses or fewer', () => {
    const five = passage('John 17:1–5', 'John.17.1-John.17.5', verses('John', 17, 1, 5));
    render(<VerseCard {...cardProps({ passage: { status: 'ready', passage: five } })} />);
    expect(document.querySelectorAll('.ic-verse')).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('marks a passage that spans chapters with chapter:verse at each chapter start', () => {
    const span = passage('Acts 4:31–5:2', 'Acts.4.31-Acts.5.2', [
      ...verses('Acts', 4, 31, 31),
      ...verses('Acts', 5, 1, 2),
    ]);
    render(<VerseCard {...cardProps({ passage: { status: 'ready', passage: span } })} />);
    expect([...document.querySelectorAll('sup')].map((s) => s.textContent)).toEqual(['31', '5:1', '2']);
    expect(document.querySelectorAll('sup')[2]!.nextElementSibling!.textContent).toBe('verse 5:2 ');
  });

  it('shows loading as busy, and an error as a quiet visible message', () => {
    const { rerender } = render(<VerseCard {...cardProps({ passage: { status: 'loading' } })} />);
    expect(screen.getByText('Loading…').closest('[aria-busy="true"]')).not.toBeNull();
    expect((screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(
      <VerseCard {...cardProps({ passage: { status: 'error', message: 'The WEB pack is missing.' } })} />,
    );
    expect(screen.getByText('The WEB pack is missing.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.querySelector('[aria-busy="true"]')).toBeNull();
  });
});

describe('VerseCard: the actions', () => {
  it('Save is a toggle whose label follows its state', () => {
    const props = cardProps({ saved: 'unsaved' });
    const { rerender } = render(<VerseCard {...props} />);
    const save = screen.getByRole('button', { name: 'Save to my verses' });
    expect(save.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(save);
    expect(props.onToggleSave).toHaveBeenCalledWith(false);
    rerender(<VerseCard {...props} saved="saved" />);
    const saved = screen.getByRole('button', { name: 'Saved' });
    expect(saved.getAttribute('aria-pressed')).toBe('true');
    // A verse without the reader's words is removed in one press.
    fireEvent.click(saved);
    expect(props.onToggleSave).toHaveBeenLastCalledWith(false);
  });

  it('asks before removing a verse with the reader’s note, with Keep focused', () => {
    const props = cardProps({ saved: 'annotated', label: 'Hebrews 7:25' });
    render(<VerseCard {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    expect(props.onToggleSave).not.toHaveBeenCalled();
    const group = screen.getByRole('group', { name: 'Confirm removal' });
    expect(group.textContent).toContain('Remove Hebrews 7:25 and your note from My verses?');
    const keep = within(group).getByRole('button', { name: 'Keep' });
    expect(document.activeElement).toBe(keep);
    fireEvent.click(keep);
    expect(props.onToggleSave).not.toHaveBeenCalled();
    // Keep puts focus back on the toggle.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Saved' }));
    fireEvent.click(screen.getByRole('button', { name: 'Saved' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(props.onToggleSave).toHaveBeenCalledWith(true);
  });

  it('Copy asks the extension to copy, says "Copied" politely once it has, then clears it', async () => {
    vi.useFakeTimers();
    try {
      const props = cardProps();
      render(<VerseCard {...props} />);
      const status = screen.getByRole('status');
      expect(status.getAttribute('aria-live')).toBe('polite');
      expect(status.textContent).toBe('');
      await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
      expect(props.onCopy).toHaveBeenCalledTimes(1);
      expect(status.textContent).toBe('Copied');
      act(() => void vi.advanceTimersByTime(2500));
      expect(screen.getByRole('status').textContent).toBe('');
    } finally {
      vi.useRealTimers();
    }
  });

  it('Copy says why when the clipboard could not be written', async () => {
    const props = cardProps({
      onCopy: vi.fn(async () => Promise.reject(new Error('the clipboard is busy'))),
    });
    render(<VerseCard {...props} />);
    await act(async () => void fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Not copied: the clipboard is busy'),
    );
  });

  it('Open asks for the reader', () => {
    const props = cardProps();
    render(<VerseCard {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(props.onOpen).toHaveBeenCalledTimes(1);
  });
});

describe('copyText', () => {
  it('writes the layout, numbers and translation the reader chose', () => {
    const two = passage('Romans 8:26–27', 'Rom.8.26-Rom.8.27', verses('Rom', 8, 26, 27));
    const as = (layout: CopyLayout, numbers = true, translation = true) =>
      copyText('Romans 8:26–27', 'KJV', two, { layout, numbers, translation });
    const body = '26 Placeholder text of verse 26. 27 Placeholder text of verse 27.';
    expect(as('text-ref')).toBe(`“${body}” — Romans 8:26–27 (KJV)`);
    expect(copyText('Romans 8:26–27', 'KJV', two)).toBe(as('text-ref'));
    expect(as('ref-text')).toBe(`Romans 8:26–27 (KJV): “${body}”`);
    expect(as('text')).toBe(body);
    expect(as('ref')).toBe('Romans 8:26–27 (KJV)');
    expect(as('text-ref', false, false)).toBe(
      '“Placeholder text of verse 26. Placeholder text of verse 27.” — Romans 8:26–27',
    );
    expect(as('ref', true, false)).toBe('Romans 8:26–27');
  });

  it('quotes a single verse without a number', () => {
    const one = passage('Hebrews 7:25', 'Heb.7.25', [
      { book: 'Heb', chapter: 7, verse: 25, text: 'Placeholder line one,\n  line two.' },
    ]);
    expect(copyText('Hebrews 7:25', 'KJV', one)).toBe(
      '“Placeholder line one, line two.” — Hebrews 7:25 (KJV)',
    );
  });

  it('numbers several verses, with chapter:verse where a chapter turns', () => {
    expect(copyText('Hebrews 4:14–16', 'WEB', HEB_4)).toMatch(
      /^“14 Placeholder .* 16 Placeholder text of verse 16\.”/,
    );
    const span = passage('Acts 4:31–5:1', 'Acts.4.31-Acts.5.1', [
      ...verses('Acts', 4, 31, 31),
      ...verses('Acts', 5, 1, 1),
    ]);
    expect(copyText('Acts 4:31–5:1', 'WEB', span)).toBe(
      '“31 Placeholder text of verse 31. 5:1 Placeholder text of verse 1.” — Acts 4:31–5:1 (WEB)',
    );
  });
});

describe('VerseCard in a private window', () => {
  it('says in one line when the translation the writer named is not one it has', () => {
    const { rerender } = render(<VerseCard {...cardProps({ unavailable: 'NIV' })} />);
    expect(screen.getByRole('note').textContent).toBe('NIV is not in Intercede; showing the WEB.');
    rerender(<VerseCard {...cardProps({ unavailable: 'NIV', translation: 'KJV' })} />);
    expect(screen.getByRole('note').textContent).toBe('NIV is not in Intercede; showing the KJV.');
    rerender(<VerseCard {...cardProps()} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says saving is off in place of the Save button', () => {
    render(<VerseCard {...cardProps({ saved: 'saved', saveOff: 'Saving is off in private windows' })} />);
    expect(screen.getByRole('note').textContent).toBe('Saving is off in private windows');
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull();
    // Copy and Open stay.
    expect(screen.getByRole('button', { name: /Copy/ })).toBeTruthy();
  });
});
