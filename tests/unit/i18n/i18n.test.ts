/** lib/i18n: the interface language, Intl numbers and dates in it, plural forms and messages with markup. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatDate, formatNumber, interfaceLanguage, prepareFormats, t, tParts, tPlural } from '@/lib/i18n';
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
    useInterfaceLanguage('en', 'en-GB');
    expect(formatDate(day)).toBe('30 Nov 2026');
  });

  it('have their formats made ahead of use by prepareFormats, once per language', () => {
    // A language no other test here uses, so its formats are not made yet.
    useInterfaceLanguage('en', 'en-AU');
    const { NumberFormat, DateTimeFormat } = Intl;
    const numbers = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof NumberFormat>
    ) {
      return new NumberFormat(...args);
    } as typeof NumberFormat);
    const dates = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof DateTimeFormat>
    ) {
      return new DateTimeFormat(...args);
    } as typeof DateTimeFormat);
    prepareFormats();
    expect([numbers.mock.calls.length, dates.mock.calls.length]).toEqual([1, 1]);
    formatNumber(31104);
    formatDate(Date.UTC(2026, 10, 30, 12));
    prepareFormats();
    expect([numbers.mock.calls.length, dates.mock.calls.length]).toEqual([1, 1]);
    numbers.mockRestore();
    dates.mockRestore();
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
