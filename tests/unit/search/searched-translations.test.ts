import { describe, expect, it } from 'vitest';
import { searchedTranslations } from '@/lib/search/results';

const EVERY = { every: true, literal: false };
const IMPORTED = [
  { id: 'u:NET' as const, language: 'en-US' },
  { id: 'u:NBLA' as const, language: 'es' },
  { id: 'u:LSG' as const, language: 'fr' },
  { id: 'u:X' as const, language: '' },
];

describe('the translations a word search covers', () => {
  it('is the reader’s alone unless every translation is asked for', () => {
    expect(searchedTranslations('WEB', { every: false, literal: false }, IMPORTED)).toEqual(['WEB']);
    expect(searchedTranslations('u:NBLA', { every: false, literal: false }, IMPORTED)).toEqual(['u:NBLA']);
  });

  it('is every installed translation in the reader’s language, the reader’s first, imported ones included', () => {
    expect(searchedTranslations('WEB', EVERY)).toEqual(['WEB', 'KJV']);
    expect(searchedTranslations('KJV', EVERY, IMPORTED)).toEqual(['KJV', 'WEB', 'u:NET']);
    expect(searchedTranslations('RV1909', EVERY, IMPORTED)).toEqual(['RV1909', 'u:NBLA']);
    expect(searchedTranslations('u:NBLA', EVERY, IMPORTED)).toEqual(['u:NBLA', 'RV1909']);
    expect(searchedTranslations('u:NET', EVERY, IMPORTED)).toEqual(['u:NET', 'WEB', 'KJV']);
  });

  it('keeps a language apart from another read the same way, and one of unknown language alone', () => {
    expect(searchedTranslations('u:LSG', EVERY, IMPORTED)).toEqual(['u:LSG']);
    expect(searchedTranslations('u:X', EVERY, IMPORTED)).toEqual(['u:X']);
    // A translation no longer installed is searched alone (the background says it is gone).
    expect(searchedTranslations('u:GONE', EVERY, IMPORTED)).toEqual(['u:GONE']);
  });
});
