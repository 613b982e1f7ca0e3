import { describe, expect, it } from 'vitest';
import { findReferences } from '@/lib/refs';
import {
  MAX_QUERY_LENGTH,
  parseQuery,
  parseWords,
  queryReference,
  type ReferenceFinder,
} from '@/lib/search/query';

describe('parseQuery with the reference finder', () => {
  it.each([
    ['heb 7:25', 'Heb.7.25'],
    ['Heb 7:25', 'Heb.7.25'],
    ['  heb 7:25.  ', 'Heb.7.25'],
    ['Rom 8:26-27', 'Rom.8.26-Rom.8.27'],
    ['john 17', 'John.17'],
    ['1 jn 2', '1John.2'],
    ['Hebrews 4:14–16', 'Heb.4.14-Heb.4.16'],
    ['Rom 8:34; Heb 7:25', 'Rom.8.34,Heb.7.25'],
    ['Rom 8:34 and heb 7:25', 'Rom.8.34,Heb.7.25'],
  ])('reads %j as the reference %s', (query, osis) => {
    expect(parseQuery(query, findReferences)).toEqual({ kind: 'reference', osis });
  });

  it.each([
    ['make intercession', ['mak', 'intercession'], 'intercession'],
    ['make intercession ', ['mak', 'intercession'], undefined],
    ['advocate with the Father', ['advocat', 'with', 'the', 'father'], 'father'],
    ['see heb 7:25', ['see', 'heb', '7', '25'], '25'],
    ['interc', ['interc'], 'interc'],
    ['grace.', ['grac'], undefined],
    ['a', ['a'], undefined],
  ])('reads %j as words', (query, terms, prefix) => {
    const parsed = parseQuery(query, findReferences);
    expect(parsed).toEqual(prefix ? { kind: 'words', terms, prefix } : { kind: 'words', terms });
  });

  it.each(['', '   ', '!!! —'])('reads %j as empty', (query) => {
    expect(parseQuery(query, findReferences)).toEqual({ kind: 'empty' });
  });
});

describe('queryReference', () => {
  it('asks the finder for case-insensitive matches and needs them to cover the query', () => {
    const calls: unknown[] = [];
    const find: ReferenceFinder = (text, options) => {
      calls.push(options);
      const at = text.indexOf('X 1');
      return at < 0 ? [] : [{ start: at, end: at + 3, osis: 'Gen.1' }];
    };
    expect(queryReference('X 1', find)).toBe('Gen.1');
    expect(queryReference('about X 1', find)).toBeUndefined();
    expect(queryReference('X 1 now', find)).toBeUndefined();
    expect(calls).toEqual([{ caseInsensitive: true }, { caseInsensitive: true }, { caseInsensitive: true }]);
  });

  it('reads no reference in an overlong query, and gives the finder the query trimmed', () => {
    const seen: string[] = [];
    const find: ReferenceFinder = (text) => (
      seen.push(text),
      findReferences(text, { caseInsensitive: true })
    );
    expect(queryReference('  heb 7:25  ', find)).toBe('Heb.7.25');
    expect(seen).toEqual(['heb 7:25']);
    expect(queryReference(`heb 7:25${' '.repeat(MAX_QUERY_LENGTH)}x`, find)).toBeUndefined();
    expect(queryReference(' ;, ', find)).toBeUndefined();
  });
});

describe('parseWords', () => {
  it(`keeps the first ${MAX_QUERY_LENGTH} characters and the first 16 words`, () => {
    const many = Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ');
    expect(parseWords(many)).toEqual({
      kind: 'words',
      terms: Array.from({ length: 16 }, (_, i) => `w${i}`),
    });
    // The 500th character falls inside "grace": what is read is "gr", still being typed.
    const long = parseQuery(`${'x'.repeat(MAX_QUERY_LENGTH - 3)} grace`, findReferences);
    expect(long).toMatchObject({ kind: 'words', prefix: 'gr' });
  });

  it('treats a last word of one letter as complete and a longer one as still being typed', () => {
    expect(parseWords('grace a')).toEqual({ kind: 'words', terms: ['grac', 'a'] });
    expect(parseWords('grace ab')).toEqual({ kind: 'words', terms: ['grac', 'ab'], prefix: 'ab' });
  });

  it('marks quoted phrases, straight or curly, and one left open while typing', () => {
    expect(parseWords('"throne of grace" boldly ')).toEqual({
      kind: 'words',
      terms: ['thron', 'of', 'grac', 'boldly'],
      quoted: [[0, 3]],
    });
    expect(parseWords('come “throne of grace” ')).toMatchObject({ quoted: [[1, 4]] });
    expect(parseWords('"throne of gr')).toMatchObject({ quoted: [[0, 3]], prefix: 'gr' });
    expect(parseWords('"" grace ')).toEqual({ kind: 'words', terms: ['grac'] });
  });
});
