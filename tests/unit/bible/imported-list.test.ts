/**
 * The imported translations' names as pages read them: kept by the background with only what
 * pages show, read back leniently (a bad entry is left out, not the whole list).
 */
import { describe, expect, it } from 'vitest';
import { IMPORTED_LIST_KEY, importedListFrom, keepImportedList } from '@/lib/bible/imported-list';
import { BUNDLED_ABOUT } from '@/lib/bible/translations';

describe('keepImportedList', () => {
  it('keeps the imported translations’ id, name and language, and no bundled one', async () => {
    const kept: Record<string, unknown>[] = [];
    await keepImportedList({ set: async (items) => void kept.push(items) }, [
      ...BUNDLED_ABOUT,
      { id: 'u:LSG', name: 'Louis Segond', language: 'fr', imported: true },
      { id: 'u:NBLA', name: 'Nueva Biblia', language: 'es', imported: true },
      // Only what the background lists as imported, with an imported translation's id.
      { id: 'u:ODD', name: 'Not imported', language: 'en', imported: false },
      { id: 'KJV', name: 'Marked imported', language: 'en', imported: true },
    ]);
    expect(kept).toEqual([
      {
        [IMPORTED_LIST_KEY]: [
          { id: 'u:LSG', name: 'Louis Segond', language: 'fr' },
          { id: 'u:NBLA', name: 'Nueva Biblia', language: 'es' },
        ],
      },
    ]);
  });
});

describe('importedListFrom', () => {
  const lsg = { id: 'u:LSG', name: 'Louis Segond', language: 'fr' };

  it.each([undefined, null, 'u:LSG', 7, { 0: lsg }])('reads %j as no imported translation', (stored) => {
    expect(importedListFrom(stored)).toEqual([]);
  });

  it('keeps each well-formed entry once, in order, with only its fields', () => {
    expect(
      importedListFrom([
        { ...lsg, copyright: 'x' },
        null,
        'u:NBLA',
        { id: 'WEB', name: 'World English Bible', language: 'en' },
        { id: 'u:', name: 'Empty', language: '' },
        { id: 'u:a b', name: 'Spaced', language: '' },
        { id: 'u:NBLA', name: 7, language: 'es' },
        { id: 'u:NBLA', name: 'Nueva Biblia', language: null },
        { id: 'u:NBLA', name: 'Nueva Biblia', language: 'es' },
        { id: 'u:LSG', name: 'Again', language: 'fr' },
      ]),
    ).toEqual([lsg, { id: 'u:NBLA', name: 'Nueva Biblia', language: 'es' }]);
  });
});
