import { describe, expect, it } from 'vitest';
import { VerseCollector } from '@/lib/import/collect';
import type { ImportError } from '@/lib/import/errors';
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
