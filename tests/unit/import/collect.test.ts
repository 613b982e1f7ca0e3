import { describe, expect, it } from 'vitest';
import { VerseCollector, verseNumbers } from '@/lib/import/collect';
import { ImportError } from '@/lib/import/errors';
import { placedText } from './reason';

const meta = { name: 'T', abbreviation: 'T', language: 'en', copyright: '' };

describe('mapping an imported file onto our versification', () => {
  it('keeps verses our table has no slot for apart, in file order, and never shifts them', () => {
    const collector = new VerseCollector();
    collector.verse('Mal', 3, 18, 'last of chapter 3');
    // Hebrew versification: Malachi 3:19-24 is our 4:1-6.
    collector.verse('Mal', 3, 19, 'For behold, the day comes');
    collector.verse('Ps', 3, 0, 'a title numbered as verse 0');
    collector.verse('Sir', 1, 1, 'All wisdom comes from the Lord');
    const parsed = collector.result(meta);
    expect(parsed.apart).toEqual([
      { osis: 'Mal.3.19', text: 'For behold, the day comes' },
      { osis: 'Ps.3.0', text: 'a title numbered as verse 0' },
      { osis: 'Sir.1.1', text: 'All wisdom comes from the Lord' },
    ]);
    const malachi = parsed.books.find((b) => b.book === 'Mal')!;
    expect(malachi.chapters[2]![17]).toBe('last of chapter 3');
    expect(malachi.chapters[3]![0]).toBeNull();
    expect(parsed.absent).toContain('Mal.4.1');
    expect(parsed.verses).toBe(1);
  });

  it('lists the slots a present book lacks as absent, and books with no verse as missing', () => {
    const collector = new VerseCollector();
    collector.verse('3John', 1, 1, 'The elder');
    collector.verse('3John', 1, 2, '');
    for (let v = 3; v <= 14; v++) collector.verse('3John', 1, v, `verse ${v}`);
    const parsed = collector.result(meta);
    expect(parsed.absent).toEqual(['3John.1.2', '3John.1.15']);
    expect(parsed.books.map((b) => b.book)).toEqual(['3John']);
    expect(parsed.missingBooks).toHaveLength(65);
    expect(parsed.missingBooks).not.toContain('3John');
    expect(parsed.books[0]!.chapters[0]).toHaveLength(15);
  });

  it('keeps a psalm title for its chapter only inside our table', () => {
    const collector = new VerseCollector();
    collector.verse('Ps', 51, 1, 'Have mercy on me');
    collector.title('Ps', 51, 'For the Chief Musician');
    collector.title('Ps', 151, 'Not ours');
    expect(collector.result(meta).books[0]!.titles).toEqual({ 51: 'For the Chief Musician' });
  });

  it('refuses a duplicate, a bad reference and an unknown book', () => {
    const collector = new VerseCollector();
    collector.verse('Gen', 1, 1, 'a', 7);
    const thrown = (run: () => void) => {
      try {
        run();
      } catch (error) {
        return placedText(error as ImportError);
      }
      throw new Error('expected an ImportError');
    };
    expect(thrown(() => collector.verse('Gen', 1, 1, 'b', 9))).toBe(
      'line 9: Gen.1.1 appears twice (first on line 7)',
    );
    expect(thrown(() => collector.verse('Gen', Number.NaN, 1, 'b', 10))).toBe(
      'line 10: "Gen.NaN.1" is not a verse reference',
    );
    expect(thrown(() => collector.verse('Genesis', 1, 2, 'b', 11))).toBe(
      'line 11: unknown book id "Genesis"',
    );
  });
});

describe('verseNumbers', () => {
  it.each<[string, number[] | undefined]>([
    ['3', [3]],
    ['0', [0]],
    ['3a', [3]],
    ['3-5', [3, 4, 5]],
    ['3-3', [3]],
    ['1-51', Array.from({ length: 51 }, (_, i) => i + 1)],
    ['1-52', undefined],
    ['5-3', undefined],
    ['1-2-3', undefined],
    ['-1', undefined],
    ['3-x', undefined],
    ['x', undefined],
    ['', undefined],
  ])('reads %j as %j', (id, numbers) => {
    expect(verseNumbers(id)).toEqual(numbers);
  });
});

describe('VerseCollector, at the edges of our versification', () => {
  it('keeps verses past a chapter’s end, past a book’s last chapter and verse 0 apart, empty ones not at all', () => {
    const collector = new VerseCollector();
    collector.verse('Jude', 1, 25, 'last');
    collector.verse('Jude', 1, 26, 'past the end');
    collector.verse('Jude', 2, 1, 'past the last chapter');
    collector.verse('Jude', 1, 0, 'verse 0');
    collector.verse('Jude', 0, 1, 'an introduction as chapter 0');
    collector.verse('Jude', 1, 27, '');
    collector.verse('Tob', 1, 1, '');
    const parsed = collector.result(meta);
    expect(parsed.apart).toEqual([
      { osis: 'Jude.1.26', text: 'past the end' },
      { osis: 'Jude.2.1', text: 'past the last chapter' },
      { osis: 'Jude.1.0', text: 'verse 0' },
      { osis: 'Jude.0.1', text: 'an introduction as chapter 0' },
    ]);
    expect(parsed.books[0]!.chapters[0]![24]).toBe('last');
    expect(parsed.verses).toBe(1);
  });

  it('keeps a title only for a chapter of the 66 books with text, first to last', () => {
    const collector = new VerseCollector();
    collector.verse('Ps', 150, 1, 'alpha');
    collector.title('Ps', 150, 'Last');
    collector.title('Ps', 1, 'First');
    collector.title('Ps', 0, 'Zero');
    collector.title('Ps', 1, '');
    collector.title('Tob', 1, 'Apart');
    expect(collector.result(meta).books.map((b) => [b.book, b.titles])).toEqual([
      ['Ps', { 1: 'First', 150: 'Last' }],
    ]);
  });

  it('counts a book with only a title as missing', () => {
    const collector = new VerseCollector();
    collector.title('Ps', 3, 'A psalm.');
    collector.verse('Ps', 3, 1, '');
    collector.verse('Jude', 1, 1, 'alpha');
    const parsed = collector.result(meta);
    expect(parsed.books.map((b) => b.book)).toEqual(['Jude']);
    expect(parsed.missingBooks).toContain('Ps');
    expect(parsed.missingBooks).toHaveLength(65);
  });

  it('counts the repairs, keeping the first', () => {
    const collector = new VerseCollector();
    collector.verse('Jude', 1, 1, 'alpha');
    expect(collector.result(meta).repairs).toEqual({ count: 0 });
    collector.repaired('line 3: one');
    collector.repaired('line 9: two');
    expect(collector.result(meta).repairs).toEqual({ count: 2, first: 'line 3: one' });
  });

  it.each<[string, (collector: VerseCollector) => void, string]>([
    [
      'a verse twice with no line',
      (c) => {
        c.verse('Jude', 1, 1, 'a');
        c.verse('Jude', 1, 1, 'b');
      },
      'Jude.1.1 appears twice',
    ],
    ['a negative chapter', (c) => c.verse('Jude', -1, 1, 'a'), '"Jude.-1.1" is not a verse reference'],
    ['a negative verse', (c) => c.verse('Jude', 1, -1, 'a'), '"Jude.1.-1" is not a verse reference'],
    ['chapter 1.5', (c) => c.verse('Jude', 1.5, 1, 'a'), '"Jude.1.5.1" is not a verse reference'],
    ['verse 1.5', (c) => c.verse('Jude', 1, 1.5, 'a'), '"Jude.1.1.5" is not a verse reference'],
    ['an unknown book, even empty', (c) => c.verse('Xyz', 1, 1, ''), 'unknown book id "Xyz"'],
  ])('refuses %s', (_, run, text) => {
    let thrown: unknown;
    try {
      run(new VerseCollector());
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ImportError);
    expect(placedText(thrown as ImportError)).toBe(text);
  });
});
