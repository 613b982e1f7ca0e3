import { describe, expect, it } from 'vitest';
import { BOOKS } from '@/lib/bible/books';

/**
 * The name tables are built when their module loads. It is imported inside each test, so a table
 * that cannot be built (a row without spellings, a numbered stem without its numbers) fails these
 * tests instead of leaving the file with no test that ran.
 */
const load = () => import('@/lib/refs/book-names');

describe('book names', () => {
  it('give each of the 66 books at least one spelling, and name nothing else', async () => {
    const { BOOK_BY_NAME } = await load();
    expect([...new Set(BOOK_BY_NAME.values())].sort()).toEqual(BOOKS.map((b) => b.id).sort());
  });

  it('carry each numbered book only with the numbers it has', async () => {
    const { BOOK_BY_NAME } = await load();
    expect(BOOK_BY_NAME.get('1sam')).toBe('1Sam');
    expect(BOOK_BY_NAME.get('2kgs')).toBe('2Kgs');
    expect(BOOK_BY_NAME.get('3john')).toBe('3John');
    expect(BOOK_BY_NAME.get('3jo')).toBe('3John');
    expect(BOOK_BY_NAME.get('3cor')).toBeUndefined();
    expect(BOOK_BY_NAME.get('sam')).toBeUndefined();
    expect(BOOK_BY_NAME.get('cor')).toBeUndefined();
    // "Jo" is only a book after its number; "John" alone is the gospel.
    expect(BOOK_BY_NAME.get('jo')).toBeUndefined();
    expect(BOOK_BY_NAME.get('john')).toBe('John');
  });

  it('key names of more than one word by their last word', async () => {
    const { MULTI_WORD } = await load();
    expect(Object.fromEntries(MULTI_WORD)).toEqual({
      songs: ['song of songs'],
      solomon: ['song of solomon'],
      sol: ['song of sol'],
      apostles: ['acts of the apostles'],
      cantares: ['cantar de los cantares'],
      apostoles: ['hechos de los apostoles'],
    });
  });

  it('take in small letters only the two-letter names that are not words', async () => {
    const { smallLettersName } = await load();
    expect(smallLettersName('mt')).toBe(true);
    expect(smallLettersName('jn')).toBe(true);
    // "ge", "ex", "is" are Genesis, Exodus, Isaiah, but as written in small letters more often not.
    expect(smallLettersName('ge')).toBe(false);
    expect(smallLettersName('ex')).toBe(false);
    expect(smallLettersName('is')).toBe(false);
    expect(smallLettersName('jer')).toBe(true);
    expect(smallLettersName('mark')).toBe(false);
  });
});
