/**
 * The saved-verse file formats at their edges: each message a reader sees, each limit at
 * and past its value, Markdown and CSV exactly as written, and typed tags.
 */
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ITEMS,
  parseBackup,
  parseTags,
  savedState,
  toCsv,
  toMarkdown,
  type SavedVerse,
} from '@/lib/saved/format';
import { cleanTags, parseSavedEdit, parseSavedInput } from '@/lib/saved/schema';

const item = { osis: 'Heb.7.25', translation: 'WEB', note: '', tags: [], createdAt: 1, updatedAt: 1 };
const backup = (items: unknown[]) => JSON.stringify({ format: BACKUP_FORMAT, version: 1, items });
const row = (over: Partial<SavedVerse> = {}): SavedVerse => ({
  ...item,
  translation: 'WEB',
  label: 'Hebrews 7:25',
  text: 'He always lives',
  ...over,
});
const err = (message: string) => new Error(message);
/** Matches exactly this message. */
const exactly = (message: string) => new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

describe('parseBackup', () => {
  it.each([
    ['null', 'null', 'This is not an Intercede saved-verses backup'],
    ['a string', '"intercede-saved-verses"', 'This is not an Intercede saved-verses backup'],
    ['a list', '[]', 'This is not an Intercede saved-verses backup'],
    [
      'another format',
      JSON.stringify({ format: 'x', version: 1, items: [] }),
      'This is not an Intercede saved-verses backup',
    ],
    [
      'a later version',
      JSON.stringify({ format: BACKUP_FORMAT, version: 2, items: [] }),
      'Backup version 2 is not supported',
    ],
    ['no items', JSON.stringify({ format: BACKUP_FORMAT, version: 1 }), 'The backup has no list of items'],
    ['broken JSON', '{"format":', 'The file is not valid JSON'],
    ['a file one byte too large', ' '.repeat(MAX_IMPORT_BYTES + 1), 'The file is larger than 5 MB'],
  ])('refuses %s, saying so', (_, text, message) => {
    expect(() => parseBackup(text)).toThrow(exactly(message));
  });

  it('reads a file of exactly the largest size', () => {
    const text = backup([item]);
    expect(parseBackup(text + ' '.repeat(MAX_IMPORT_BYTES - text.length))).toHaveLength(1);
  });

  it('takes exactly MAX_IMPORT_ITEMS items, and refuses one more', () => {
    expect(parseBackup(backup(Array(MAX_IMPORT_ITEMS).fill(item)))).toHaveLength(MAX_IMPORT_ITEMS);
    expect(() => parseBackup(backup(Array(MAX_IMPORT_ITEMS + 1).fill(item)))).toThrow(
      exactly('The backup has 10001 items; at most 10000 can be imported at once'),
    );
  });

  it('names the item and says what it is when it is not an object', () => {
    expect(() => parseBackup(backup([item, 'x']))).toThrow(/^Item 2: /);
    expect(() => parseSavedInput('x', 'Item 2', err)).toThrow(/^Item 2: [^"]/);
  });
});

describe('saved state', () => {
  it.each([
    [undefined, 'unsaved'],
    [{ note: '', tags: [] }, 'saved'],
    [{ note: '  \n', tags: [] }, 'saved'],
    [{ note: 'mine', tags: [] }, 'annotated'],
    [{ note: '', tags: ['x'] }, 'annotated'],
  ] as const)('%o is %s', (value, state) => {
    expect(savedState(value as never)).toBe(state);
  });
});

describe('exports', () => {
  it('writes Markdown with the note and tags only where there are some', () => {
    expect(toMarkdown([row(), row({ label: 'John 17', note: 'for us', tags: ['unity', 'prayer'] })])).toBe(
      '# My verses\n\n## Hebrews 7:25 (WEB)\n\n> He always lives\n\n## John 17 (WEB)\n\n> He always lives\n\nfor us\n\n#unity #prayer\n',
    );
  });

  it('writes CSV with its header, every cell quoted, a line per verse', () => {
    expect(toCsv([row({ tags: ['a', 'b'], note: 'say "yes"' })])).toBe(
      'reference,osis,translation,text,note,tags,saved,second translation,second text\r\n' +
        '"Hebrews 7:25","Heb.7.25","WEB","He always lives","say ""yes""","a b","1970-01-01T00:00:00.001Z","",""\r\n',
    );
  });

  it('leaves a tab inside a cell alone (only a leading one is a trigger)', () => {
    expect(toCsv([row({ note: 'a\tb' })])).toContain('"a\tb"');
  });
});

describe('tags', () => {
  it('reads typed tags: split on commas and spaces, # dropped, lower case, once each, cut to size', () => {
    expect(parseTags('#Prayer,Hebrews  #prayer, x#y')).toEqual(['prayer', 'hebrews', 'x#y']);
    expect(parseTags('a'.repeat(60))).toEqual(['a'.repeat(50)]);
    expect(parseTags(Array.from({ length: 25 }, (_, i) => `t${i}`).join(' '))).toHaveLength(20);
  });

  it('cleans stored tags: # only at the start, white space trimmed', () => {
    expect(cleanTags(['  #a ', 'b#c', '#'])).toEqual(['a', 'b#c']);
    expect(parseSavedEdit({ note: '', tags: [' #x '] }, 'updateSaved', err).tags).toEqual(['x']);
  });
});

describe('schema messages', () => {
  it.each([
    [{ tags: 'x' }, 'Item 1: "tags" must be a list of words'],
    [{ note: 3 }, 'Item 1: "note" must be text'],
    [{ osis: 3 }, 'Item 1: "osis" must be a reference'],
    [{ osis: 'Heb.7.25,'.repeat(300) }, 'Item 1: "osis" is too long'],
    [{ label: 3 }, 'Item 1: "label" must be text'],
    [{ label: 'x'.repeat(10_001) }, 'Item 1: "label" is too long'],
    [{ text: 3 }, 'Item 1: "text" must be text'],
    [{ text: 'x'.repeat(200_001) }, 'Item 1: "text" is too long'],
  ])('%o: %s', (change, message) => {
    expect(() => parseSavedInput({ ...item, ...change }, 'Item 1', err)).toThrow(exactly(message));
  });
});
