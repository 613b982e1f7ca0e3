import { describe, expect, it } from 'vitest';
import cells from '../../fixtures/saved/csv-cells.json';
import { isFormulaLike, toCsv, type SavedVerse } from '@/lib/saved/format';
import {
  cleanTags,
  isoTime,
  MAX_TAG,
  MAX_TAGS,
  MAX_TIME,
  parseSavedEdit,
  parseSavedInput,
} from '@/lib/saved/schema';

const good = { osis: 'Heb.7.25', translation: 'WEB', note: '', tags: [], createdAt: 1, updatedAt: 2 };
const err = (message: string) => new Error(message);

describe('a saved verse from outside', () => {
  it('keeps its fields, drops id, label and text, and cleans its tags', () => {
    expect(
      parseSavedInput(
        { ...good, id: 7, label: 'FORGED', text: 'FORGED', tags: [' #a', 'a', 'b '] },
        'Item 1',
        err,
      ),
    ).toEqual({ ...good, tags: ['a', 'b'] });
  });

  it.each([
    ['a date past what Date holds', { createdAt: 9e15 }, /"createdAt" is later than any date can be/],
    ['a fractional date', { updatedAt: 1.5 }, /"updatedAt" must be a whole number/],
    ['a negative date', { createdAt: -1 }, /"createdAt" must not be before 1970/],
    ['an infinite date', { createdAt: Infinity }, /"createdAt"/],
    ['a date as text', { createdAt: '2024-01-01' }, /"createdAt" must be a date/],
    ['a 200,000-character tag', { tags: ['x'.repeat(200_000)] }, /"tags.0" must be a word of at most 50/],
    ['a tag one past the limit', { tags: ['x'.repeat(MAX_TAG + 1)] }, /"tags.0"/],
    [
      'one tag too many',
      { tags: Array.from({ length: MAX_TAGS + 1 }, (_, i) => `t${i}`) },
      /at most 20 tags/,
    ],
    ['a tag that is not text', { tags: [3] }, /"tags.0" must be text/],
    ['a note one past the limit', { note: 'x'.repeat(10_001) }, /"note" must be at most 10,000/],
    ['a reference past the end of a chapter', { osis: 'Heb.7.99' }, /"osis" is not a valid reference/],
    ['a book that does not exist', { osis: 'Jude.2.1' }, /"osis" is not a valid reference/],
    ['a translation not installed', { translation: 'NIV' }, /"translation" must be one of/],
  ])('refuses %s, naming the field', (_, change, message) => {
    expect(() => parseSavedInput({ ...good, ...change }, 'Item 3', err)).toThrow(message);
    expect(() => parseSavedInput({ ...good, ...change }, 'Item 3', err)).toThrow(/^Item 3: /);
  });

  it('accepts the limits themselves', () => {
    const edge = {
      ...good,
      createdAt: MAX_TIME,
      updatedAt: 0,
      note: 'x'.repeat(10_000),
      tags: Array.from({ length: MAX_TAGS }, (_, i) => `${i}`.padEnd(MAX_TAG, 'x')),
    };
    expect(parseSavedInput(edge, 'Item 1', err).tags).toHaveLength(MAX_TAGS);
  });

  it('holds an edit to the same rules', () => {
    expect(parseSavedEdit({ note: 'n', tags: ['a', ' a'] }, 'updateSaved', err)).toEqual({
      note: 'n',
      tags: ['a'],
    });
    expect(() => parseSavedEdit({ note: 'n', tags: ['x'.repeat(51)] }, 'updateSaved', err)).toThrow(
      /"tags.0"/,
    );
    expect(() => parseSavedEdit({ note: 'n', tags: [], id: 3 }, 'updateSaved', err)).toThrow(/updateSaved/);
  });

  it('cleans tags', () => {
    expect(cleanTags(['#a', ' a ', '', 'b'])).toEqual(['a', 'b']);
  });
});

describe('dates never throw', () => {
  it.each([
    [0, '1970-01-01T00:00:00.000Z'],
    [MAX_TIME, '+275760-09-13T00:00:00.000Z'],
    [MAX_TIME + 1, ''],
    [9e15, ''],
    [NaN, ''],
    [-1, ''],
    [1.5, ''],
  ])('isoTime(%s) is %o', (ms, iso) => {
    expect(isoTime(ms)).toBe(iso);
  });

  it('exports CSV for a row written before the checks, with an impossible date', () => {
    const row: SavedVerse = { ...good, translation: 'WEB', label: 'L', text: 'T', createdAt: 9e15 };
    expect(toCsv([row]).split('\r\n')[1]).toMatch(/,""$/);
  });
});

describe('CSV cells are safe in every spreadsheet', () => {
  it.each(cells.formula)('neutralises %j (%s)', (value) => {
    expect(isFormulaLike(value)).toBe(true);
    const row: SavedVerse = { ...good, translation: 'WEB', label: value, text: 'T', note: value, tags: [] };
    const [label, , , , note] = toCsv([row])
      .split('\r\n')
      .slice(1, -1)
      .join('\r\n')
      .match(/"(?:[^"]|"")*"/g)!;
    for (const cell of [label, note]) expect(cell!.startsWith(`"'`)).toBe(true);
  });

  it.each(cells.plain)('leaves %j (%s) as it is', (value) => {
    expect(isFormulaLike(value)).toBe(false);
  });
});
