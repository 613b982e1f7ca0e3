/** lib/i18n: the interface language, Intl numbers and dates in it, plural forms and messages with markup. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatDate, formatNumber, interfaceLanguage, t, tParts, tPlural } from '@/lib/i18n';
import { getMessageIn, useInterfaceLanguage } from '../support/interface-language';

describe('interfaceLanguage', () => {
  it.each([
    ['es', 'es-419', 'es-419'],
    ['es', 'es', 'es'],
    ['en', 'en-GB', 'en-GB'],
    // A French browser reads the English messages: numbers and dates go with the words.
    ['en', 'fr-FR', 'en'],
    ['en', 'eo', 'en'],
  ] as const)('is %s messages in a browser set to %s: %s', (locale, ui, expected) => {
    useInterfaceLanguage(locale, ui);
    expect(interfaceLanguage()).toBe(expected);
  });

  it('is the messages’ language in a browser that cannot tell its UI language', () => {
    useInterfaceLanguage('es');
    const i18n = fakeBrowser.i18n as { getUILanguage?: () => string };
    delete i18n.getUILanguage;
    expect(interfaceLanguage()).toBe('es');
    expect(formatNumber(31104)).toBe('31.104');
  });
});

describe('numbers and dates', () => {
  it('are written the interface language’s way', () => {
    const day = Date.UTC(2026, 10, 30, 12);
    expect([formatNumber(31104), formatNumber(3.14159, 1), formatDate(day)]).toEqual([
      '31,104',
      '3.1',
      'Nov 30, 2026',
    ]);
    useInterfaceLanguage('es');
    expect([formatNumber(31104), formatNumber(3.14159, 1), formatDate(day)]).toEqual([
      '31.104',
      '3,1',
      '30 nov 2026',
    ]);
    // Decimals asked for are written even for a whole number, which the fast path would not do.
    expect([formatNumber(3, 1), formatNumber(0, 2)]).toEqual(['3,0', '0,00']);
    useInterfaceLanguage('en', 'en-GB');
    expect(formatDate(day)).toBe('30 Nov 2026');
    expect(formatNumber(3, 1)).toBe('3.0');
  });

  it('make one Intl format per language, and none for a count under 1000 in English or Spanish', () => {
    // A language no other test here uses, so its formats are not made yet.
    useInterfaceLanguage('en', 'en-AU');
    const { NumberFormat, DateTimeFormat, PluralRules } = Intl;
    const spy = <T extends new (...args: never[]) => object>(
      name: 'NumberFormat' | 'DateTimeFormat' | 'PluralRules',
      real: T,
    ) =>
      vi.spyOn(Intl, name).mockImplementation(function (...args: ConstructorParameters<T>) {
        return new real(...args);
      } as never);
    const numbers = spy('NumberFormat', NumberFormat);
    const dates = spy('DateTimeFormat', DateTimeFormat);
    const plurals = spy('PluralRules', PluralRules);
    // What a popup's first render writes: "My verses (20)", "1 verse".
    expect([
      formatNumber(20),
      formatNumber(999),
      tPlural(1, 'searchVerses'),
      tPlural(0, 'searchVerses'),
    ]).toEqual(['20', '999', '1 verse', '0 verses']);
    expect([numbers.mock.calls.length, plurals.mock.calls.length]).toEqual([0, 0]);
    formatNumber(31104);
    formatNumber(31104);
    formatNumber(2.5);
    tPlural(1.5, 'searchVerses');
    tPlural(1000, 'searchVerses');
    formatDate(Date.UTC(2026, 10, 30, 12));
    formatDate(Date.UTC(2026, 11, 1, 12));
    expect([numbers.mock.calls.length, dates.mock.calls.length, plurals.mock.calls.length]).toEqual([
      1, 1, 1,
    ]);
    numbers.mockRestore();
    dates.mockRestore();
    plurals.mockRestore();
  });

  // The counts written without Intl (lib/i18n plainInteger) read as Intl writes them.
  it.each([
    'en',
    'en-US',
    'en-GB',
    'en-IN',
    'en-AU',
    'en-150',
    'es',
    'es-ES',
    'es-419',
    'es-MX',
    'es-AR',
    'es-US',
  ])(
    'are, in %s, what Intl writes, with its plural categories (0–1100: both sides of the fast path)',
    (tag) => {
      const locale = tag.slice(0, 2) as 'en' | 'es';
      useInterfaceLanguage(locale, tag);
      expect(interfaceLanguage()).toBe(tag);
      const numbers = new Intl.NumberFormat(tag);
      const plurals = new Intl.PluralRules(tag);
      const words = locale === 'en' ? ['verse', 'verses'] : ['versículo', 'versículos'];
      for (let n = 0; n <= 1100; n++) {
        expect(formatNumber(n)).toBe(numbers.format(n));
        const word = plurals.select(n) === 'one' ? words[0] : words[1];
        expect(tPlural(n, 'searchVerses')).toBe(`${numbers.format(n)} ${word}`);
      }
      // Past the fast path: grouped and pluralised by Intl.
      expect(formatNumber(31104)).toBe(numbers.format(31104));
      // Not whole: "1,5" in Spanish, which the fast path would write "1.5".
      for (const n of [1.5, 0.25, 2.5]) {
        expect(formatNumber(n)).toBe(numbers.format(n));
        const word = plurals.select(n) === 'one' ? words[0] : words[1];
        expect(tPlural(n, 'searchVerses')).toBe(`${numbers.format(n)} ${word}`);
      }
      expect(formatNumber(-1)).toBe(numbers.format(-1));
      expect(formatNumber(-0)).toBe(numbers.format(-0));
    },
  );

  it('go through Intl when the browser’s tag asks for more than a language and region', () => {
    // A numbering system in the tag: Arabic digits, which the fast path must not write.
    useInterfaceLanguage('en', 'en-US-u-nu-arab');
    expect(formatNumber(20)).toBe(new Intl.NumberFormat('en-US-u-nu-arab').format(20));
    expect(formatNumber(20)).not.toBe('20');
    // The same with a private-use part at its end that reads like a language ("x-es").
    useInterfaceLanguage('es', 'es-u-nu-arab-x-es');
    expect(formatNumber(20)).toBe(new Intl.NumberFormat('es-u-nu-arab-x-es').format(20));
    expect(formatNumber(20)).not.toBe('20');
  });

  it('are formatted inside messages too', () => {
    useInterfaceLanguage('es');
    expect(t('pageWhere', 1, 250, 31104)).toBe('Versículos 1–250 de 31.104.');
  });
});

describe('tPlural', () => {
  it.each([
    ['en', 0, '0 verses'],
    ['en', 1, '1 verse'],
    ['en', 2, '2 verses'],
    ['en', 1_000_000, '1,000,000 verses'],
    ['es', 0, '0 versículos'],
    ['es', 1, '1 versículo'],
    ['es', 21, '21 versículos'],
    // Spanish has a "many" form for a million ("1 millón de"); without a message for it, "other".
    ['es', 1_000_000, '1.000.000 versículos'],
  ] as const)('in %s, %d reads “%s”', (locale, n, text) => {
    useInterfaceLanguage(locale);
    expect(tPlural(n, 'searchVerses')).toBe(text);
  });

  it('picks the form of the interface language’s category when the messages have it', () => {
    useInterfaceLanguage('es');
    Object.assign(fakeBrowser.i18n, {
      getMessage: (id: string, subs: string[]) =>
        id === 'searchVerses_many' ? `${subs[0]} de versículos` : getMessageIn('es', id, subs),
    });
    expect(tPlural(1_000_000, 'searchVerses')).toBe('1.000.000 de versículos');
    expect(tPlural(1000, 'searchVerses')).toBe('1000 versículos');
  });

  it('passes the count first, then the other substitutions', () => {
    useInterfaceLanguage('es');
    expect(tPlural(66, 'searchBuildingBooks', 30)).toBe('30 de 66 libros');
    expect(tPlural(1, 'omitted', 'Acts 8:37', 'WEB')).toBe('Acts 8:37 no está en la WEB.');
  });
});

describe('tParts', () => {
  it('puts each part where its placeholder is, in the order the language writes them', () => {
    const bold = { bold: 'intercession' };
    const button = { button: 'search instead' };
    expect(tParts<object>('searchCorrected', bold, button)).toEqual([
      'Showing results for ',
      bold,
      ' — ',
      button,
    ]);
    // A language may name the placeholders in another order.
    Object.assign(fakeBrowser.i18n, {
      getMessage: (id: string, subs: string[]) =>
        getMessageIn('en', id, subs).replace(/^Showing results for (.*) — (.*)$/, '$2 ($1)'),
    });
    expect(tParts<object>('searchCorrected', bold, button)).toEqual([button, ' (', bold, ')']);
  });
});
