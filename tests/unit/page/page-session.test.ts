// @vitest-environment happy-dom
/**
 * The page session: what the content script's settings, site switch, translation and
 * keyboard command do to the page, with a real DOM, the real finder and a fake transport.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findReferences } from '@/lib/refs';
import { PageSession, type OpenCard, type PageSettings } from '@/lib/page/page-session';
import { PassageStore } from '@/lib/page/passage-store';
import { parseExcludeSelectors } from '@/lib/settings';
import '../support/static-range';

const SETTINGS: PageSettings = {
  theme: 'auto',
  textSize: 'normal',
  hoverDelay: 300,
  chapterOnly: true,
  caseInsensitive: false,
  skipCode: true,
  excludeSelectors: '',
};

function setup(settings: Partial<PageSettings> = {}, card?: HTMLElement, onSettled?: () => void) {
  const idle: ((d: IdleDeadline) => void)[] = [];
  const rendered: (OpenCard | undefined)[] = [];
  const transport = {
    getPassage: vi.fn(async () => {
      throw new Error('not in this test');
    }),
    getPassages: vi.fn(async () => []),
  };
  const session = new PageSession(
    {
      win: window,
      host: {
        addEventListener: (target, type, handler, options) => target.addEventListener(type, handler, options),
        setTimeout: (handler, ms) => window.setTimeout(handler, ms),
        clearTimeout: (id) => window.clearTimeout(id),
        requestAnimationFrame: (handler) => window.setTimeout(handler, 0),
        requestIdleCallback: (cb) => void idle.push(cb),
      },
      find: findReferences,
      parseExcludeSelectors,
      store: new PassageStore(transport),
      render: (open) => {
        rendered.push(open);
        // The card host takes focus when opened from the keyboard, and leaves when closed.
        if (card && open?.by === 'keyboard') card.focus();
        if (card && !open) card.remove();
      },
      isCard: (target) => card !== undefined && target === card,
      onSettled,
    },
    { ...SETTINGS, ...settings },
    'WEB',
  );
  /** Runs the scan to the end, mutations included. */
  const settle = async () => {
    await new Promise((r) => setTimeout(r, 0));
    for (let i = 0; i < 1000 && idle.length; i++) {
      idle.shift()!({ didTimeout: false, timeRemaining: () => 50 });
      await Promise.resolve();
    }
  };
  return { session, settle, rendered, transport };
}

beforeEach(() => {
  document.body.innerHTML =
    '<p id="a">Christ intercedes (Heb 7:25), as in John 17.</p><pre><code>Rom 8:34</code></pre><p class="quiet">Ps 23</p>';
});

describe('PageSession', () => {
  it('scans the page when started, and reports what it found', async () => {
    const { session, settle } = setup();
    session.start();
    await settle();
    expect(session.status()).toEqual({ refs: 3, capped: false });
    session.stop();
    expect(session.status()).toEqual({ refs: 0, capped: false });
    expect(session.running).toBe(false);
  });

  it('prefetches the passages near the screen once the scan settles, and again in a new translation', async () => {
    const { session, settle, transport } = setup();
    session.start();
    expect(transport.getPassages).not.toHaveBeenCalled();
    await settle();
    // happy-dom has no Highlight API: every reference counts as near.
    const asked = () =>
      transport.getPassages.mock.calls.map(
        (call) => (call as unknown as [{ osis: string; translation: string }[]])[0],
      );
    expect(asked()).toEqual([
      [
        { osis: 'Heb.7.25', translation: 'WEB' },
        { osis: 'John.17', translation: 'WEB' },
        { osis: 'Ps.23', translation: 'WEB' },
      ],
    ]);
    session.setTranslation('KJV');
    expect(asked()[1]!.map((q) => q.translation)).toEqual(['KJV', 'KJV', 'KJV']);
    session.stop();
    session.setTranslation('WEB');
    expect(asked()).toHaveLength(2);
  });

  it('prefetches the second translation with the first, in the same batch, only while it is on', async () => {
    const { session, settle, transport } = setup();
    // Every passage arrives, so what is here is not asked for again.
    transport.getPassages.mockImplementation((async (items: { osis: string; translation: string }[]) =>
      items.map((q) => ({
        ok: true,
        value: { ...q, label: q.osis, verses: [], omitted: [], source: 'cache' },
      }))) as never);
    const asked = () =>
      transport.getPassages.mock.calls.map((call) =>
        (call as unknown as [{ osis: string; translation: string }[]])[0].map(
          (q) => `${q.osis} ${q.translation}`,
        ),
      );
    session.setSecondTranslation('KJV');
    session.start();
    await settle();
    expect(asked()).toEqual([
      ['Heb.7.25 WEB', 'Heb.7.25 KJV', 'John.17 WEB', 'John.17 KJV', 'Ps.23 WEB', 'Ps.23 KJV'],
    ]);
    // Off: nothing more is asked (the first is here); a new second: only it is asked for.
    session.setSecondTranslation('none');
    session.setSecondTranslation('RV1909');
    expect(asked().slice(1)).toEqual([['Heb.7.25 RV1909', 'John.17 RV1909', 'Ps.23 RV1909']]);
    // The first translation switched to the second: one translation, the KJV, is asked for.
    session.setSecondTranslation('KJV');
    session.setTranslation('KJV');
    expect(session.translations).toEqual(['KJV']);
    expect(asked()).toHaveLength(2);
  });

  it('opens cards with the second translation beside the first, and follows the setting', async () => {
    document.body.innerHTML = '<p id="a">Rom 8:28 (KJV) and Heb 7:25.</p>';
    const { session, settle, rendered } = setup();
    session.start();
    await settle();
    session.setSecondTranslation('KJV');
    const text = document.getElementById('a')!.firstChild!;
    document.getSelection()!.collapse(text, text.textContent!.indexOf('Heb') + 1);
    session.openFromCommand();
    expect(session.open).toMatchObject({ translation: 'WEB', second: 'KJV' });
    session.setSecondTranslation('RV1909');
    expect(rendered.at(-1)).toMatchObject({ translation: 'WEB', second: 'RV1909' });
    session.setSecondTranslation('none');
    expect(rendered.at(-1)).not.toHaveProperty('second');
    session.closeCard();
    // The writer named the KJV, which is the second: the card shows it once.
    session.setSecondTranslation('KJV');
    document.getSelection()!.collapse(text, 2);
    session.openFromCommand();
    expect(session.open).toMatchObject({ translation: 'KJV' });
    expect(session.open).not.toHaveProperty('second');
  });

  it('scans again when a setting changes what is found, and not for the hover delay', async () => {
    const { session, settle } = setup();
    session.start();
    await settle();
    session.apply({ chapterOnly: false });
    await settle();
    expect(session.status().refs).toBe(1); // John 17 and Ps 23 are chapters
    session.apply({ skipCode: false });
    await settle();
    expect(session.status().refs).toBe(2); // the code block's Rom 8:34 now counts
    session.apply({ excludeSelectors: '#a' });
    await settle();
    expect(session.status().refs).toBe(1);
    session.apply({ hoverDelay: 50 });
    expect(session.settings.hoverDelay).toBe(50);
    expect(session.status().refs).toBe(1);
  });

  it('stops on a site the reader turned off, and starts with the latest settings when turned on', async () => {
    const { session, settle } = setup();
    session.start();
    await settle();
    session.setSiteOff(true);
    expect([session.running, session.status().refs]).toEqual([false, 0]);
    session.apply({ chapterOnly: false });
    session.start();
    expect(session.running).toBe(false);
    session.setSiteOff(false);
    await settle();
    expect([session.running, session.status().refs]).toEqual([true, 1]);
  });

  it('redraws an open card for a theme or translation change, and opens from the keyboard at the selection', async () => {
    const { session, settle, rendered } = setup();
    session.start();
    await settle();
    const text = document.getElementById('a')!.firstChild!;
    document.getSelection()!.collapse(text, text.textContent!.indexOf('Heb') + 2);
    session.openFromCommand();
    expect(session.open?.ref.osis).toBe('Heb.7.25');
    expect(session.open?.by).toBe('keyboard');
    expect(rendered.at(-1)).toBe(session.open);
    const before = rendered.length;
    session.apply({ textSize: 'large' });
    expect(rendered.length).toBe(before + 1);
    expect(session.settings.textSize).toBe('large');
    session.apply({ theme: 'dark' });
    session.setTranslation('KJV');
    expect(session.translation).toBe('KJV');
    expect(rendered.slice(-3)).toEqual([
      expect.objectContaining({ translation: 'WEB' }),
      expect.objectContaining({ translation: 'WEB' }),
      expect.objectContaining({ translation: 'KJV' }),
    ]);
    session.closeCard();
    expect(session.open).toBeUndefined();
    expect(rendered.at(-1)).toBeUndefined();
  });

  it('opens a card in the translation the writer named when it is installed, until the reader switches', async () => {
    document.body.innerHTML = '<p id="a">Rom 8:28 (KJV) and Heb 7:25 NIV.</p>';
    const { session, settle } = setup();
    session.start();
    await settle();
    const text = document.getElementById('a')!.firstChild!;
    document.getSelection()!.collapse(text, 2);
    session.openFromCommand();
    expect(session.open).toMatchObject({ translation: 'KJV', ref: { osis: 'Rom.8.28', translation: 'KJV' } });
    session.setTranslation('WEB');
    expect(session.open?.translation).toBe('WEB');
    session.closeCard();
    document.getSelection()!.collapse(text, text.textContent!.indexOf('Heb') + 1);
    session.openFromCommand();
    // NIV is not installed: the reader's translation, and the card is told which was named.
    expect(session.open).toMatchObject({
      translation: 'WEB',
      unavailable: 'NIV',
      ref: { translation: 'NIV' },
    });
    session.setTranslation('KJV');
    expect(session.open).toEqual({
      ref: expect.objectContaining({ translation: 'NIV' }),
      by: 'keyboard',
      translation: 'KJV',
    });
    session.closeCard();
    document.getSelection()!.collapse(text, 2);
    session.openFromCommand();
    expect(session.open).not.toHaveProperty('unavailable');
  });

  it('opens a card in an imported translation the writer named when the reader reads in it', async () => {
    document.body.innerHTML = '<p id="a">Heb 7:25 NIV and John 17:20 (NBLA).</p>';
    const { session, settle } = setup();
    session.setSecondTranslation('u:NIV');
    session.start();
    await settle();
    const text = document.getElementById('a')!.firstChild!;
    document.getSelection()!.collapse(text, 2);
    session.openFromCommand();
    // The second translation shows once: here it is the named one, so the card shows it alone.
    expect(session.open).toMatchObject({ translation: 'u:NIV', ref: { translation: 'NIV' } });
    expect(session.open).not.toHaveProperty('unavailable');
    session.closeCard();
    session.setTranslation('u:NBLA');
    document.getSelection()!.collapse(text, text.textContent!.indexOf('John') + 1);
    session.openFromCommand();
    expect(session.open).toMatchObject({ translation: 'u:NBLA', second: 'u:NIV' });
    expect(session.namedTranslation('ESV')).toBeUndefined();
  });

  it('opens a card in any imported translation the writer named, whatever the reader reads in', async () => {
    document.body.innerHTML = '<p id="a">Jn 3:16 (LSG), Juan 3:16 RVR1960 and Rom 8:28 ESV.</p>';
    const { session, settle, rendered } = setup();
    session.start();
    await settle();
    // Before the list: "(LSG)" is not read as part of the reference.
    expect(session.refsInOrder().map((ref) => ref.text)).toEqual([
      'Jn 3:16',
      'Juan 3:16 RVR1960',
      'Rom 8:28 ESV',
    ]);
    session.setImported([
      { id: 'u:LSG', name: 'Louis Segond', language: 'fr' },
      { id: 'u:RVR60', name: 'Reina-Valera 1960', language: 'es' },
    ]);
    // A new abbreviation scans the page again.
    await settle();
    expect(session.refsInOrder().map((ref) => ref.text)).toEqual([
      'Jn 3:16 (LSG)',
      'Juan 3:16 RVR1960',
      'Rom 8:28 ESV',
    ]);
    const text = document.getElementById('a')!.firstChild!;
    const openAt = (word: string) => {
      session.closeCard();
      document.getSelection()!.collapse(text, text.textContent!.indexOf(word) + 1);
      session.openFromCommand();
      return session.open;
    };
    expect(openAt('Jn')).toMatchObject({ translation: 'u:LSG', ref: { translation: 'LSG' } });
    expect(openAt('Jn')).not.toHaveProperty('unavailable');
    // "RVR1960" written, "RVR60" imported: another spelling of the same translation.
    expect(openAt('Juan')).toMatchObject({ translation: 'u:RVR60', ref: { translation: 'RVR1960' } });
    expect(openAt('Rom')).toMatchObject({ translation: 'WEB', unavailable: 'ESV' });

    // The same abbreviations again (a name changed): no scan, the open card redraws.
    const before = rendered.length;
    session.setImported([
      { id: 'u:RVR60', name: 'RV 1960', language: 'es' },
      { id: 'u:LSG', name: 'Louis Segond 1910', language: 'fr' },
    ]);
    expect(session.open).toBeDefined();
    expect(rendered.length).toBe(before + 1);
    expect(session.imported.map((about) => about.name)).toEqual(['RV 1960', 'Louis Segond 1910']);

    // Removed: the writer's LSG is again a translation Intercede does not have.
    session.setImported([]);
    await settle();
    expect(openAt('Jn')).toMatchObject({ translation: 'WEB', ref: { text: 'Jn 3:16' } });
  });

  it('gives focus back to where it was when a card holding it closes', async () => {
    document.body.insertAdjacentHTML('beforeend', '<button id="before">Before</button>');
    const card = Object.assign(document.createElement('div'), { tabIndex: -1 });
    const { session, settle } = setup({}, card);
    session.start();
    await settle();
    const before = document.getElementById('before')!;
    before.focus();
    const text = document.getElementById('a')!.firstChild!;
    document.getSelection()!.collapse(text, text.textContent!.indexOf('Heb') + 2);
    document.body.append(card);
    session.openFromCommand();
    expect(document.activeElement).toBe(card);
    session.closeCard();
    expect(document.activeElement).toBe(before);
    // Focus the reader moved elsewhere while the card was open stays where they put it.
    document.body.append(card);
    session.openFromCommand();
    const elsewhere = Object.assign(document.createElement('input'), { id: 'elsewhere' });
    document.body.append(elsewhere);
    elsewhere.focus();
    session.closeCard();
    expect(document.activeElement).toBe(elsewhere);
  });

  it('moves the card to the next and previous reference in the page’s order, and stops at the ends', async () => {
    document.body.insertAdjacentHTML('beforeend', '<p id="late">And Rom 8:34.</p>');
    const { session, settle } = setup();
    session.start();
    await settle();
    const text = document.getElementById('a')!.firstChild!;
    document.getSelection()!.collapse(text, text.textContent!.indexOf('Heb') + 2);
    session.openFromCommand();
    const seen = [session.open?.ref.osis];
    for (let i = 0; i < 3; i++) {
      session.openBeside(1);
      seen.push(session.open?.ref.osis);
    }
    // Past the last one nothing moves; the code block is skipped, as it is not underlined.
    expect(seen).toEqual(['Heb.7.25', 'John.17', 'Ps.23', 'Rom.8.34']);
    session.openBeside(1);
    expect(session.open?.ref.osis).toBe('Rom.8.34');
    session.openBeside(-1);
    session.openBeside(-1);
    expect(session.open).toMatchObject({ ref: { osis: 'John.17' }, by: 'keyboard' });
    session.openBeside(-1);
    session.openBeside(-1);
    expect(session.open?.ref.osis).toBe('Heb.7.25');
  });

  it('lists its references in page order for the side panel, even after a block above is read again', async () => {
    const settled = vi.fn();
    const { session, settle } = setup({}, undefined, settled);
    expect(session.refsInOrder()).toEqual([]);
    session.start();
    await settle();
    expect(settled).toHaveBeenCalled();
    expect(session.refsInOrder().map((r) => r.osis)).toEqual(['Heb.7.25', 'John.17', 'Ps.23']);
    // A reference added to the first paragraph later is registered after the others, but listed first.
    const calls = settled.mock.calls.length;
    document.getElementById('a')!.insertAdjacentText('afterbegin', 'Gen 18:23. ');
    await settle();
    expect(settled.mock.calls.length).toBeGreaterThan(calls);
    expect(session.refsInOrder().map((r) => r.osis)).toEqual(['Gen.18.23', 'Heb.7.25', 'John.17', 'Ps.23']);
    session.stop();
    expect(session.refsInOrder()).toEqual([]);
  });

  it('opens the card of a reference the side panel picks as the keyboard does, scrolling it into view when off screen', async () => {
    const { session, settle } = setup();
    session.start();
    await settle();
    const [, john] = session.refsInOrder();
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    // happy-dom lays nothing out: every box is at 0, on screen.
    session.showRef(john!);
    expect(session.open).toMatchObject({ ref: { osis: 'John.17' }, by: 'keyboard' });
    expect(scrolled).not.toHaveBeenCalled();
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockReturnValue({
      top: 5000,
      bottom: 5020,
    } as DOMRect);
    session.showRef(john!);
    expect(scrolled).toHaveBeenCalledWith({ block: 'center' });
  });

  it('closes the card when stopped', async () => {
    const { session, settle, rendered } = setup();
    session.start();
    await settle();
    const text = document.getElementById('a')!.firstChild!;
    document.getSelection()!.collapse(text, text.textContent!.indexOf('John') + 1);
    session.openFromCommand();
    expect(session.open?.ref.osis).toBe('John.17');
    session.stop();
    expect(session.open).toBeUndefined();
    expect(rendered.at(-1)).toBeUndefined();
  });
});
