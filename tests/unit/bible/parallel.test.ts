/**
 * Two translations side by side: the second translation in force, verses paired by number
 * across versification gaps, and what Copy writes of both. Placeholder text only.
 */
import { describe, expect, it } from 'vitest';
import { copyParallelText, type CopyLayout } from '@/lib/bible/copy-text';
import { alignVerses, secondShown } from '@/lib/bible/parallel';
import { passage, verses } from '../components/verse-card-fixtures';

/** What a row holds, as `number:first/second` with `-` for an absent side. */
function shape(rows: ReturnType<typeof alignVerses>): string[] {
  return rows.map(
    (r) => `${r.chapter}:${r.verse} ${r.first ? r.first.verse : '-'}/${r.second ? r.second.verse : '-'}`,
  );
}

describe('secondShown', () => {
  it.each([
    ['WEB', 'none', undefined],
    ['WEB', 'KJV', 'KJV'],
    ['WEB', 'WEB', undefined],
    ['RV1909', 'WEB', 'WEB'],
    ['KJV', 'KJV', undefined],
  ] as const)('first %s, setting %s: %s', (first, second, shown) => {
    expect(secondShown(first, second)).toBe(shown);
  });
});

describe('alignVerses', () => {
  it('pairs every verse when both translations have them all', () => {
    const web = passage('Hebrews 4:14–16', 'Heb.4.14-Heb.4.16', verses('Heb', 4, 14, 16));
    const kjv = { ...web, translation: 'KJV' as const };
    const rows = alignVerses(web, kjv);
    expect(shape(rows)).toEqual(['4:14 14/14', '4:15 15/15', '4:16 16/16']);
    expect(rows.map((r) => r.id)).toEqual(['Heb.4.14', 'Heb.4.15', 'Heb.4.16']);
  });

  it('leaves a verse one translation omits absent there, without shifting the rest', () => {
    // Acts 8:37: the KJV has it, the WEB leaves the slot empty.
    const kjv = passage('Acts 8:36–38', 'Acts.8.36-Acts.8.38', verses('Acts', 8, 36, 38), {
      translation: 'KJV',
    });
    const web = passage('Acts 8:36–38', 'Acts.8.36-Acts.8.38', [
      ...verses('Acts', 8, 36, 36),
      ...verses('Acts', 8, 38, 38),
    ]);
    expect(shape(alignVerses(web, kjv))).toEqual(['8:36 36/36', '8:37 -/37', '8:38 38/38']);
    expect(shape(alignVerses(kjv, web))).toEqual(['8:36 36/36', '8:37 37/-', '8:38 38/38']);
  });

  it('keeps a verse only one translation numbers at its place, gaps at either end too', () => {
    // 3 John 1:15 is a verse of its own in the WEB; the KJV's chapter ends at 14.
    const web = passage('3 John 1:13–15', '3John.1.13-3John.1.15', verses('3John', 1, 13, 15));
    const kjv = passage('3 John 1:13–15', '3John.1.13-3John.1.15', verses('3John', 1, 13, 14), {
      translation: 'KJV',
    });
    expect(shape(alignVerses(web, kjv))).toEqual(['1:13 13/13', '1:14 14/14', '1:15 15/-']);
    const late = { ...kjv, verses: verses('3John', 1, 14, 14) };
    expect(shape(alignVerses(web, late))).toEqual(['1:13 13/-', '1:14 14/14', '1:15 15/-']);
  });

  it('orders across chapters and books by the canon, not by verse number alone', () => {
    const a = passage('Acts 4:31–5:2', 'Acts.4.31-Acts.5.2', [
      ...verses('Acts', 4, 31, 31),
      ...verses('Acts', 5, 1, 2),
    ]);
    const b = {
      ...a,
      translation: 'KJV' as const,
      verses: [...verses('Acts', 4, 30, 31), ...verses('Acts', 5, 2, 2)],
    };
    expect(shape(alignVerses(a, b))).toEqual(['4:30 -/30', '4:31 31/31', '5:1 1/-', '5:2 2/2']);
    const books = passage('Rom 16:27–1 Cor 1:1', 'Rom.16.27-1Cor.1.1', [
      ...verses('Rom', 16, 27, 27),
      ...verses('1Cor', 1, 1, 1),
    ]);
    const noRom = { ...books, translation: 'KJV' as const, verses: verses('1Cor', 1, 1, 1) };
    expect(alignVerses(books, noRom).map((r) => r.id)).toEqual(['Rom.16.27', '1Cor.1.1']);
    expect(alignVerses(noRom, books).map((r) => r.id)).toEqual(['Rom.16.27', '1Cor.1.1']);
  });
});

describe('copyParallelText', () => {
  const web = passage('Romans 8:26–27', 'Rom.8.26-Rom.8.27', verses('Rom', 8, 26, 27));
  const kjv = { ...web, translation: 'KJV' as const };
  const body = '26 Placeholder text of verse 26. 27 Placeholder text of verse 27.';
  const as = (layout: CopyLayout, numbers = true, translation = true) =>
    copyParallelText('Romans 8:26–27', [web, kjv], { layout, numbers, translation });

  it('writes one line per translation in the layout chosen, each naming its translation', () => {
    expect(as('text-ref')).toBe(`“${body}” — Romans 8:26–27 (WEB)\n“${body}” — Romans 8:26–27 (KJV)`);
    expect(copyParallelText('Romans 8:26–27', [web, kjv])).toBe(as('text-ref'));
    expect(as('ref-text')).toBe(`Romans 8:26–27 (WEB): “${body}”\nRomans 8:26–27 (KJV): “${body}”`);
    expect(as('text')).toBe(`WEB: ${body}\nKJV: ${body}`);
    expect(as('ref')).toBe('Romans 8:26–27 (WEB, KJV)');
  });

  it('names the translations even when the format leaves them out, and follows the verse numbers', () => {
    const plain = 'Placeholder text of verse 26. Placeholder text of verse 27.';
    expect(as('text-ref', false, false)).toBe(
      `“${plain}” — Romans 8:26–27 (WEB)\n“${plain}” — Romans 8:26–27 (KJV)`,
    );
    expect(as('ref', true, false)).toBe('Romans 8:26–27 (WEB, KJV)');
  });
});
