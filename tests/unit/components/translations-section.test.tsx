// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FileParser, Sender } from '@/components/options/import-file';
import { TranslationsSection } from '@/components/options/translations-section';
import { BUNDLED_ABOUT } from '@/lib/bible/translations';
import type { ParsedBible } from '@/lib/import/collect';
import { parseTranslationFile } from '@/lib/import/parse-file';
import { summarize } from '@/lib/import/worker-protocol';
import type { InstalledTranslation } from '@/lib/messaging/contract';
import { validateRequest } from '@/lib/messaging/validate';
import { getMessageIn, useInterfaceLanguage } from '../support/interface-language';

afterEach(cleanup);

/** The worker's work on the test's thread. */
function threadParser(): FileParser {
  let parsed: ParsedBible | undefined;
  return {
    async parse(file, progress) {
      const result = await parseTranslationFile(new Uint8Array(await file.arrayBuffer()), progress);
      parsed = result;
      return summarize(result);
    },
    book: async (id) => parsed?.books.find((b) => b.book === id),
    close: () => undefined,
  };
}

const OSIS = `<?xml version="1.0"?>
<osis><osisText osisIDWork="NB" xml:lang="es"><header><work osisWork="NB"><title>Nueva Biblia</title>
<rights>© 2026 Sociedad de Prueba</rights></work></header>
<div type="book" osisID="Jude"><chapter osisID="Jude.1">
<verse osisID="Jude.1.1">Judas, siervo de Jesucristo</verse>
<verse osisID="Jude.1.2">Misericordia y paz</verse>
</chapter></div></osisText></osis>`;

/** A sender that checks each request as the background would, and answers like it. */
function backgroundSender() {
  const sent: { type: string; fields: Record<string, unknown> }[] = [];
  const sender = vi.fn(async (type: string, fields: Record<string, unknown>) => {
    validateRequest({ type, ...fields });
    sent.push({ type, fields });
    if (type === 'beginImport') return { token: 't1' };
    if (type === 'importBooks') return null;
    return { id: 'u:NB', name: 'Nueva Biblia', language: 'es', copyright: '', imported: true, verses: 2 };
  });
  return { sent, sender: sender as unknown as Sender };
}

function pick(content: BlobPart, name = 'nb.xml', label = /Add a translation/) {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
  fireEvent.change(input);
}

const installedNb: InstalledTranslation = {
  id: 'u:NB',
  name: 'Nueva Biblia',
  language: 'es',
  copyright: '',
  imported: true,
  verses: 2,
  format: 'osis',
};

describe('Add a translation', () => {
  it('reads a file, shows what it holds and what it lacks, and stores it book by book', async () => {
    const { sent, sender } = backgroundSender();
    const onChanged = vi.fn();
    render(
      <TranslationsSection
        installed={BUNDLED_ABOUT}
        onChanged={onChanged}
        parser={threadParser}
        sender={sender}
      />,
    );
    expect(screen.getByText(/None yet/)).toBeTruthy();
    pick(OSIS);
    await screen.findByText('2 verses in 1 of the 66 books.');
    expect(screen.getByText(/Verses it lacks, shown as absent: 23 \(Jude\.1\.3, /)).toBeTruthy();
    expect(screen.getByText(/Books it does not have: Gen, Exod/)).toBeTruthy();
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Nueva Biblia');
    expect((screen.getByLabelText(/Copyright line/) as HTMLInputElement).value).toBe(
      '© 2026 Sociedad de Prueba',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText(/Nueva Biblia \(NB\) is installed/);
    expect(sent.map((s) => s.type)).toEqual(['beginImport', 'importBooks', 'finishImport']);
    expect(sent[0]!.fields).toEqual({
      meta: {
        name: 'Nueva Biblia',
        abbreviation: 'NB',
        language: 'es',
        copyright: '© 2026 Sociedad de Prueba',
      },
      format: 'osis',
      replace: false,
    });
    expect(onChanged).toHaveBeenCalledOnce();
  });

  it('says what is wrong with a bad file and where, and sends nothing', async () => {
    const { sent, sender } = backgroundSender();
    render(
      <TranslationsSection
        installed={BUNDLED_ABOUT}
        onChanged={vi.fn()}
        parser={threadParser}
        sender={sender}
      />,
    );
    pick(OSIS.replace('Jude.1.2"', 'Jude.1.1"'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      'This file cannot be imported (line 6): Jude.1.1 appears twice (first on line 5). Nothing was stored.',
    );
    expect(sent).toEqual([]);
  });

  it('refuses a 40 MB file before reading it', async () => {
    const parse = vi.fn();
    render(
      <TranslationsSection
        installed={BUNDLED_ABOUT}
        onChanged={vi.fn()}
        parser={() => ({ parse, book: vi.fn(), close: vi.fn() })}
      />,
    );
    pick(new Uint8Array(40 * 1024 * 1024), 'big.xml');
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This file cannot be imported (the file): the file is 40 MB; the largest accepted is 32 MB. Nothing was stored.',
    );
    expect(parse).not.toHaveBeenCalled();
  });

  it('says what is wrong with a file, and where, in the interface’s language', async () => {
    const SPANISH_LABEL = new RegExp(getMessageIn('es', 'optionsAddTranslation'));
    useInterfaceLanguage('es');
    render(<TranslationsSection installed={BUNDLED_ABOUT} onChanged={vi.fn()} parser={threadParser} />);
    pick(
      new TextEncoder().encode(OSIS.replace('osisID="Jude.1.2"', 'osisID="Xyz.1.2"')),
      'nb.xml',
      SPANISH_LABEL,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Este archivo no se puede importar (línea 6): identificador de libro desconocido "Xyz". No se guardó nada.',
    );
    cleanup();
    render(<TranslationsSection installed={BUNDLED_ABOUT} onChanged={vi.fn()} parser={threadParser} />);
    pick(new Uint8Array(40.5 * 1024 * 1024), 'big.xml', SPANISH_LABEL);
    expect((await screen.findByRole('alert')).textContent).toContain('el archivo ocupa 40,5 MB');
  });

  it('replaces an installed translation of the same abbreviation only after the reader confirms', async () => {
    const { sent, sender } = backgroundSender();
    render(
      <TranslationsSection
        installed={[...BUNDLED_ABOUT, installedNb]}
        onChanged={vi.fn()}
        parser={threadParser}
        sender={sender}
      />,
    );
    pick(OSIS);
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText('A translation abbreviated NB is installed. Replace it with this file?');
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(sent.map((s) => s.type)).toContain('finishImport'));
    expect(sent[0]!.fields.replace).toBe(true);
  });

  it('will not import under a bundled translation’s abbreviation', async () => {
    render(<TranslationsSection installed={BUNDLED_ABOUT} onChanged={vi.fn()} parser={threadParser} />);
    pick(OSIS);
    const abbreviation = (await screen.findByLabelText(/Abbreviation/)) as HTMLInputElement;
    fireEvent.input(abbreviation, { target: { value: 'KJV' } });
    expect((screen.getByRole('button', { name: 'Import' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
