import { describe, expect, it } from 'vitest';
import { findReferences } from '@/lib/refs';
import { inRanges, splitScope } from '@/lib/search/scope';
import { verseKey } from '@/lib/search/verse-key';

const scope = (query: string) => splitScope(query, findReferences);
const key = (book: number, chapter: number, verse: number) => verseKey(book, chapter, verse);
// Canonical indexes: 1 John is 61, John 42, Hebrews 57, Job 17.
const inScope = (query: string, at: number) => inRanges(at, scope(query)!.ranges);

describe('splitScope', () => {
  it.each([
    ['love in 1 John', 'love', '1 John'],
    ['love in 1 john', 'love', '1 John'],
    ['love in 1jn', 'love', '1 John'],
    ['love in First John', 'love', '1 John'],
    ['faith in Hebrews 11', 'faith', 'Hebrews 11'],
    ['grace in Rom 5-8', 'grace', 'Romans 5–8'],
    ['patience in Job', 'patience', 'Job'],
    ['love in Song of Songs', 'love', 'Song of Songs'],
    ['abide in me in John 15', 'abide in me', 'John 15'],
    // Spanish: "en", the finder's Spanish names with or without accents, a Spanish label.
    ['amor en 1 Juan', 'amor', '1 Juan'],
    ['amor en 1 Jn', 'amor', '1 Juan'],
    ['fe en Hebreos 11', 'fe', 'Hebreos 11'],
    ['gracia en Romanos 5-8', 'gracia', 'Romanos 5–8'],
    ['intercesión en Éxodo', 'intercesión', 'Éxodo'],
    ['intercesion en Exodo', 'intercesion', 'Éxodo'],
    ['paciencia en Job', 'paciencia', 'Job'],
    ['misericordia en Salmos', 'misericordia', 'Salmos'],
    ['confiar en Sal 23', 'confiar', 'Salmo 23'],
  ])('"%s" searches "%s" in %s', (query, words, label) => {
    expect(scope(query)).toMatchObject({ words, label });
  });

  it.each([
    'faith in God',
    'abide in him',
    'in the beginning',
    'came in numbers',
    'love',
    'Christ in you',
    'fe en Dios',
    'permaneced en mí',
    'en el principio',
    'Cristo en vosotros',
  ])('"%s" is words only', (query) => {
    expect(scope(query)).toBeUndefined();
  });

  it('covers the whole book, chapter or passage named, and nothing beside it', () => {
    expect(inScope('love in 1 John', key(61, 4, 8))).toBe(true);
    expect(inScope('love in 1 John', key(61, 5, 21))).toBe(true);
    expect(inScope('love in 1 John', key(42, 3, 16))).toBe(false);
    expect(inScope('love in 1 John', key(62, 1, 1))).toBe(false);
    expect(inScope('faith in Hebrews 11', key(57, 11, 40))).toBe(true);
    expect(inScope('faith in Hebrews 11', key(57, 12, 2))).toBe(false);
    expect(inScope('faith in Hebrews 11', key(57, 10, 38))).toBe(false);
    expect(inScope('peace in John 14:27', key(42, 14, 27))).toBe(true);
    expect(inScope('peace in John 14:27', key(42, 14, 26))).toBe(false);
    expect(inScope('amor en 1 Juan', key(61, 4, 8))).toBe(true);
    expect(inScope('amor en 1 Juan', key(42, 3, 16))).toBe(false);
  });
});
