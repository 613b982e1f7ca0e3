import { describe, expect, it } from 'vitest';
import { findReferences } from '@/lib/refs';
import { parseQuery, queryReference, type ReferenceFinder } from '@/lib/search/query';

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
});
