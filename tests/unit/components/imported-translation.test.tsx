// @vitest-environment happy-dom
/** An imported translation (#12 §5) in the card and the popup's switch: named, in its language, with its copyright line. */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VerseCard } from '@/components/verse-card';
import { TranslationSwitch } from '@/components/popup/translation-switch';
import { BUNDLED_ABOUT } from '@/lib/bible/translations';
import { cardProps, HEB_4, passage, verses } from './verse-card-fixtures';

afterEach(cleanup);

const ABOUT = {
  id: 'u:NB' as const,
  name: 'Nueva Biblia',
  language: 'es',
  copyright: '© 2026 Sociedad de Prueba',
  imported: true,
};
const NB = passage('Hebrews 4:14–16', 'Heb.4.14-Heb.4.16', verses('Heb', 4, 14, 16), {
  translation: 'u:NB',
  about: ABOUT,
});

describe('a card in an imported translation', () => {
  it('shows its abbreviation in the switch, its text in its language and its copyright line under it', () => {
    const onTranslationChange = vi.fn();
    render(
      <VerseCard
        {...cardProps({
          translation: 'u:NB',
          passage: { status: 'ready', passage: NB },
          onTranslationChange,
        })}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Hebrews 4:14–16 (NB)' });
    const group = within(dialog).getByRole('group', { name: /translation/i });
    const buttons = within(group).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['WEB', 'KJV', 'RV1909', 'NB']);
    expect(buttons[3]!.getAttribute('aria-pressed')).toBe('true');
    expect(buttons[3]!.title).toBe('Nueva Biblia');
    expect(dialog.querySelector('[data-verse-text]')!.getAttribute('lang')).toBe('es');
    const copyright = dialog.querySelector('[data-copyright="u:NB"]')!;
    expect(copyright.textContent).toBe('© 2026 Sociedad de Prueba');
    // Under the text.
    expect(dialog.querySelector('[data-verse-text]')!.compareDocumentPosition(copyright)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    buttons[0]!.click();
    expect(onTranslationChange).toHaveBeenCalledWith('WEB');
  });

  it('names it beside a bundled one, each line in its language, with the imported one’s copyright', () => {
    render(
      <VerseCard
        {...cardProps({
          passage: { status: 'ready', passage: HEB_4 },
          second: { translation: 'u:NB', passage: { status: 'ready', passage: NB } },
        })}
      />,
    );
    const dialog = screen.getByRole('dialog', { name: 'Hebrews 4:14–16 (WEB, NB)' });
    const side = dialog.querySelector('[data-translation="u:NB"]')!;
    expect(side.querySelector('.ic-tr')!.textContent).toBe('NB');
    expect(side.querySelector('[lang="es"]')).not.toBeNull();
    expect(dialog.querySelectorAll('[data-copyright]')).toHaveLength(1);
  });

  it('a bundled passage shows no copyright line', () => {
    render(<VerseCard {...cardProps()} />);
    expect(document.querySelector('[data-copyright]')).toBeNull();
  });
});

describe('the popup’s translation switch', () => {
  it('lists the imported translations after the bundled ones, once the background says', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: { type: string }) =>
      m.type === 'listTranslations'
        ? { ok: true, value: [...BUNDLED_ABOUT, { ...ABOUT, verses: 3 }] }
        : { ok: true, value: null }) as never);
    render(<TranslationSwitch value="u:NB" onChange={vi.fn()} />);
    const nb = await screen.findByRole('button', { name: 'NB' });
    expect(nb.getAttribute('aria-pressed')).toBe('true');
    expect(nb.title).toBe('Nueva Biblia');
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['WEB', 'KJV', 'RV1909', 'NB']);
  });
});
