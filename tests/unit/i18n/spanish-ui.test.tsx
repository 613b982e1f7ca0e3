// @vitest-environment happy-dom
/**
 * The interface in Spanish, as a browser whose language is Spanish shows it: the card, the save
 * question, the popup's search and saved list, the options and about pages, the context menu.
 * Bible labels, texts and notes stay as they are (they are content, not interface).
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AboutApp, type ReadPack } from '@/components/about/about-app';
import { OptionsApp } from '@/components/options/options-app';
import { PassageView } from '@/components/popup/passage-view';
import { PopupApp } from '@/components/popup/popup-app';
import { SavedList } from '@/components/popup/saved-list';
import { SaveToggle } from '@/components/save-toggle';
import { Commentary, PassageText, VerseCard } from '@/components/verse-card';
import { validateRequest } from '@/lib/messaging/validate';
import type { SavedVerse } from '@/lib/saved/format';
import type { SearchReply } from '@/lib/search/results';
import { MENU_ITEMS } from '@/lib/selection-action';
import { t } from '@/lib/i18n';
import { cardProps, HEB_4, passage, verses } from '../components/verse-card-fixtures';
import { useInterfaceLanguage } from '../support/interface-language';

afterEach(cleanup);

type Message = { type: string } & Record<string, unknown>;
let answer: (m: Message) => unknown;

beforeEach(() => {
  useInterfaceLanguage('es', 'es-ES');
  answer = () => null;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: Message) => {
    validateRequest(m);
    return { ok: true, value: await answer(m) };
  }) as never);
});

const NOV_30 = Date.UTC(2026, 10, 30, 12);

const saved = (id: number, osis: string, label: string): SavedVerse => ({
  id,
  osis,
  translation: 'WEB',
  label,
  text: `text of ${label}`,
  note: '',
  tags: [],
  createdAt: NOV_30,
  updatedAt: NOV_30,
});

describe('the card in Spanish', () => {
  it('names its actions in Spanish and speaks Spanish, with the label and text as they are', () => {
    render(<VerseCard {...cardProps()} />);
    const dialog = screen.getByRole('dialog', { name: 'Hebrews 4:14–16 (WEB)' });
    expect(dialog.getAttribute('lang')).toBe('es-ES');
    for (const name of ['Copiar', 'Abrir', 'Cerrar', 'Guardar en Mis versículos'])
      expect(within(dialog).getByRole('button', { name })).toBeTruthy();
    expect(within(dialog).getByRole('group', { name: 'Traducción' })).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Abrir' }).title).toBe(
      'Abrir Hebrews 4:14–16 en Intercede',
    );
    // The verses keep their own language; a screen reader says "versículo 14" before the 14th.
    expect(dialog.querySelector('[data-verse-text]')!.getAttribute('lang')).toBe('en');
    expect(dialog.textContent).toContain('versículo 14');
    expect(dialog.textContent).toContain('Placeholder text of verse 14.');
    expect(
      screen.getByText('Todavía no hay ninguna nota sobre la intercesión para este pasaje.'),
    ).toBeTruthy();
  });

  it('says Copiado after a copy, and why not when it fails', async () => {
    const props = cardProps();
    render(<VerseCard {...props} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copiar' }));
    await screen.findByText('Copiado');
    cleanup();
    render(
      <VerseCard
        {...cardProps({ onCopy: vi.fn(async () => Promise.reject(new Error('sin portapapeles'))) })}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copiar' }));
    await screen.findByText('No se pudo copiar: sin portapapeles');
  });

  it('shows loading, then the pages of a very long passage, with Spanish numbers', () => {
    render(<VerseCard {...cardProps({ passage: { status: 'loading' } })} />);
    expect(screen.getByText('Cargando…')).toBeTruthy();
    cleanup();
    const long = passage('Genesis 1:1 – Revelation 22:21', 'Gen.1.1-Rev.22.21', verses('Gen', 1, 1, 250), {
      page: { from: 0, count: 250, total: 31104 },
    });
    render(<PassageText passage={long} />);
    expect(screen.getByText('Versículos 1–250 de 31.104. Con «Abrir» se ve el resto.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mostrar los 250 versículos' })).toBeTruthy();
  });

  it('says in Spanish, singular or plural, which verses a translation leaves out', () => {
    render(<PassageText passage={{ ...HEB_4, omitted: ['Acts.8.37'] }} />);
    expect(screen.getByText('Hechos 8:37 no está en la WEB.')).toBeTruthy();
    cleanup();
    render(<PassageText passage={{ ...HEB_4, omitted: ['Rom.16.25', 'Rom.16.26', 'Rom.16.27'] }} />);
    expect(screen.getByText('Romanos 16:25–27 no están en la WEB.')).toBeTruthy();
  });

  it('offers more notes with their count, and Nave’s topics under a Spanish heading', () => {
    const note = (id: string) => ({
      id,
      title: `Note ${id}`,
      passagesLabel: 'Hebrews 4:14–16',
      paragraphs: ['Prose.'],
    });
    const view = { status: 'ready' as const, notes: ['a', 'b', 'c', 'd', 'e'].map(note), topics: [] };
    render(<Commentary view={view} onOpenReference={() => undefined} find={() => []} />);
    fireEvent.click(screen.getByRole('button', { name: 'Más notas (2)' }));
    expect(screen.getByRole('button', { name: 'Menos notas' })).toBeTruthy();
    cleanup();
    const topics = [
      {
        topic: 'INTERCESSION',
        heading: 'OF MAN WITH GOD',
        refs: [{ osis: 'Gen.18.23', label: 'Gen 18:23' }],
      },
    ];
    render(<Commentary view={{ status: 'ready', notes: [], topics }} onOpenReference={() => undefined} />);
    expect(screen.getByRole('region', { name: 'Temas relacionados' }).textContent).toContain(
      'INTERCESSION › OF MAN WITH GOD',
    );
  });

  it('asks before a note is lost, in Spanish', () => {
    const onToggle = vi.fn();
    render(<SaveToggle label="Hebrews 7:25" state="annotated" onToggle={onToggle} />);
    fireEvent.click(screen.getByRole('button', { name: 'Guardado' }));
    expect(screen.getByText('¿Quitar Hebrews 7:25 y tu nota de Mis versículos?')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Conservar' }));
    fireEvent.click(screen.getByRole('button', { name: 'Quitar' }));
    expect(onToggle).toHaveBeenCalledWith(true);
  });
});

describe('the popup in Spanish', () => {
  const ready = (extra: Partial<SearchReply>): SearchReply =>
    ({
      status: 'ready',
      mode: 'all',
      total: 1,
      phrases: 0,
      offset: 0,
      hits: [],
      translations: ['WEB', 'KJV'],
      ...extra,
    }) as SearchReply;

  it('labels the search box and explains it, and counts the verses found the Spanish way', async () => {
    answer = (m) =>
      m.type === 'search'
        ? ready({ mode: 'some', total: 24064, hits: [] })
        : m.type === 'listSaved'
          ? []
          : null;
    render(<PopupApp />);
    const box = screen.getByRole('combobox', { name: 'Buscar en la Biblia o abrir un pasaje' });
    expect(box.getAttribute('placeholder')).toBe(t('searchPlaceholder'));
    expect(screen.getByText(/^Escribe una cita/)).toBeTruthy();
    fireEvent.input(box, { target: { value: 'abogado' } });
    await screen.findByText('Ningún versículo tiene todas las palabras; 24.064 versículos tienen algunas.');
    expect(screen.getByRole('checkbox', { name: 'Todas las traducciones' })).toBeTruthy();
  });

  it.each([
    [{ total: 1, phrases: 1 }, '1 versículo, con la frase exacta.'],
    [{ total: 12, phrases: 12 }, '12 versículos, todos con la frase exacta.'],
    [{ total: 12, phrases: 1 }, '12 versículos; primero el que tiene la frase exacta.'],
    [{ total: 1200, phrases: 3 }, '1200 versículos; primero los 3 que tienen la frase exacta.'],
    [{ total: 0, within: '1 John' }, 'Ningún versículo de 1 John tiene estas palabras.'],
    [{ total: 2, within: '1 John' }, '2 versículos en 1 John.'],
  ])('sums up %o as “%s”', async (extra, text) => {
    answer = (m) => (m.type === 'search' ? ready(extra) : m.type === 'listSaved' ? [] : null);
    render(<PopupApp />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Buscar en la Biblia o abrir un pasaje' }), {
      target: { value: 'gracia' },
    });
    await screen.findByText(text);
  });

  it('shows the index being built in Spanish', async () => {
    answer = (m) =>
      m.type === 'search' ? { status: 'building', done: 30, total: 66 } : m.type === 'listSaved' ? [] : null;
    render(<PopupApp />);
    fireEvent.input(screen.getByRole('combobox', { name: 'Buscar en la Biblia o abrir un pasaje' }), {
      target: { value: 'gracia' },
    });
    await screen.findByText('30 de 66 libros');
    expect(screen.getByRole('progressbar', { name: 'Libros indexados' })).toBeTruthy();
  });

  it('labels passages and books in Spanish', async () => {
    const { bookName, passageLabel } = await import('@/components/labels');
    expect(passageLabel('Ps.23')).toBe('Salmo 23');
    expect(passageLabel('1John.2.1-1John.2.2')).toBe('1 Juan 2:1–2');
    expect(passageLabel('not an id')).toBe('not an id');
    expect(bookName(57)).toBe('Hebreos');
  });

  it('lists My verses with Spanish dates, removes with Deshacer, and reports an import', async () => {
    let items = [saved(1, 'Heb.7.25', 'Hebrews 7:25'), saved(2, 'Rom.8.26', 'Romans 8:26')];
    answer = (m) => {
      if (m.type === 'listSaved') return items;
      if (m.type === 'removeSaved') {
        const gone = items.find((i) => i.id === m.id)!;
        items = items.filter((i) => i !== gone);
        return gone;
      }
      if (m.type === 'importSaved') return { added: 1, skipped: 3 };
      return null;
    };
    render(<SavedList version={0} onOpen={() => undefined} />);
    await screen.findByText('Mis versículos (2)');
    // The dates come a frame after the list (components/after-paint.ts).
    expect(await screen.findAllByText('30 nov 2026')).toHaveLength(2);
    expect(screen.getByRole('combobox', { name: 'Ordenar' }).textContent).toBe(
      'Más recientes primeroOrden bíblico',
    );
    expect(
      screen.getByRole('searchbox', { name: 'Filtrar mis versículos por palabras o #etiqueta' }),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Quitar Romanos 8:26' }));
    await screen.findByText('Mis versículos (1)');
    expect(screen.getByRole('status').textContent).toContain('Se quitó Romanos 8:26.');
    expect(screen.getByRole('button', { name: 'Deshacer' })).toBeTruthy();
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    fireEvent.change(screen.getByLabelText('Importar JSON'), { target: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toContain(
        'Se importó 1 versículo; 3 ya estaban guardados.',
      ),
    );
  });

  it('writes dates in the browser’s own Spanish (es-419 here) and English ones in English', async () => {
    answer = (m) => (m.type === 'listSaved' ? [saved(1, 'Heb.7.25', 'Hebrews 7:25')] : null);
    useInterfaceLanguage('en', 'en-US');
    render(<SavedList version={0} onOpen={() => undefined} />);
    await screen.findByText('Nov 30, 2026');
    cleanup();
    useInterfaceLanguage('es', 'es-419');
    render(<SavedList version={0} onOpen={() => undefined} />);
    await screen.findByText(new Intl.DateTimeFormat('es-419', { dateStyle: 'medium' }).format(NOV_30));
  });
});

describe('failures in Spanish', () => {
  it.each([
    ['not-found', 'Esta traducción no tiene este pasaje.'],
    ['invalid-reference', 'Eso no es un pasaje de la Biblia.'],
    ['internal', 'Algo falló en Intercede. Vuelve a cargar la página e inténtalo de nuevo.'],
  ])('says what a %s reply means, not the background’s English', async (code, text) => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: Message) =>
      m.type === 'getPassage'
        ? { ok: false, error: { code, message: '3 John 1:15 is not in the KJV' } }
        : { ok: true, value: m.type === 'getCommentary' ? { notes: [], topics: [] } : 'unsaved' }) as never);
    render(
      <PassageView
        osis="3John.1.15"
        translation="KJV"
        onTranslation={() => undefined}
        onOpenReference={() => undefined}
        onSavedChange={() => undefined}
      />,
    );
    await screen.findByText(text);
  });
});

describe('the options and about pages in Spanish', () => {
  it('names every setting in Spanish, with Spanish sizes', async () => {
    answer = (m) =>
      m.type === 'getSearchStatus'
        ? m.translation === 'WEB'
          ? { state: 'ready', terms: 8937, verses: 31095, bytes: 3_210_000, buildMs: 1, builtAt: 1 }
          : { state: 'absent' }
        : null;
    render(<OptionsApp />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Configuración de Intercede');
    expect(screen.getByRole('checkbox', { name: /Capítulos sin versículo/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Vaciar la caché' })).toBeTruthy();
    await screen.findByText(
      'Índice de palabras — WEB: 3,1 MB, 8937 palabras; KJV: se crea con la primera búsqueda de palabras; RV1909: se crea con la primera búsqueda de palabras.',
    );
  });

  it('tells where the texts come from in Spanish, with the theme names and note counts', async () => {
    const packs: Record<string, unknown> = {
      'data/manifest.json': {
        version: 'data-v7',
        translations: { WEB: { moduleVersion: '426.0' } },
        nave: {},
      },
      'data/commentary.json': {
        version: 'notes-v3',
        notes: [{ themes: ['priesthood'] }, { themes: ['priesthood', 'christ-intercedes'] }],
      },
    };
    const read: ReadPack = async <T,>(path: string) => packs[path.replace(/^\//, '')] as T | undefined;
    render(<AboutApp read={read} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Acerca de Intercede');
    await screen.findByText('2 notas en total; una nota puede tener más de un tema.');
    const text = document.body.textContent!;
    expect(text).toContain('World English Bible (WEB): Dominio público.');
    expect(text).toContain('Del módulo SWORD engWEB2015eb, versión 426.0, paquete de Debian sword-text-web.');
    const themes = within(screen.getByRole('list', { name: 'Notas por tema' }));
    expect(themes.getByText('Sacerdocio y expiación').nextElementSibling!.textContent).toBe('2 notas');
    expect(themes.getByText('Cristo intercede').nextElementSibling!.textContent).toBe('1 nota');
  });
});

describe('the context menu in Spanish', () => {
  it('titles its items in Spanish', () => {
    expect(Object.values(MENU_ITEMS).map((id) => t(id))).toEqual([
      'Buscar en Intercede',
      'Guardar en Mis versículos',
    ]);
  });
});
