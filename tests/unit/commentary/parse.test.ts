import { describe, expect, it } from 'vitest';
import { NoteError, parseNote } from '@/lib/commentary/parse';
import { fixtureNote } from '../../fixtures/commentary';
import { PARSE_ERRORS } from '../../fixtures/commentary/parse-cases';

const FILE = 'heb-7-23-25.md';
const good = fixtureNote('heb-7-23-25');

describe('parseNote', () => {
  it('reads the front matter and the paragraphs, joining lines inside a paragraph', () => {
    const source = good.replace('It has a second paragraph.', 'It has a second\nparagraph  over two lines.');
    expect(parseNote(source, FILE)).toEqual({
      id: 'heb-7-23-25',
      title: 'Fixture heb-7-23-25',
      passages: ['Heb.7.23-Heb.7.25'],
      themes: ['christ-intercedes', 'priesthood'],
      related: ['heb-7'],
      paragraphs: [
        'A fixture note about heb-7-23-25, for the matching and compiling tests.',
        'It has a second paragraph over two lines.',
      ],
    });
  });

  it('accepts Windows line ends, a byte-order mark, a quoted title and an empty related list', () => {
    const source =
      '\uFEFF' +
      good
        .replace('title: Fixture heb-7-23-25', 'title: "Father, forgive them: a fixture"')
        .replace('related: [heb-7]', 'related: []')
        .replace(/\n/g, '\r\n');
    const note = parseNote(source, FILE);
    expect(note.title).toBe('Father, forgive them: a fixture');
    expect(note.related).toEqual([]);
    expect(note.paragraphs).toHaveLength(2);
  });

  it('checks the id against the file name only when it is given a Markdown file', () => {
    expect(parseNote(good, 'notes/heb-7-23-25.md').id).toBe('heb-7-23-25');
    expect(parseNote(good, '<inline>').id).toBe('heb-7-23-25');
  });

  it.each(PARSE_ERRORS)('refuses %s, naming the file and the field', (_, edit, field, message) => {
    const source = edit(good);
    expect(source).not.toBe(good);
    let error: unknown;
    try {
      parseNote(source, FILE);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NoteError);
    const e = error as NoteError;
    expect(e.file).toBe(FILE);
    expect(e.field).toBe(field);
    expect(e.message.startsWith(`${FILE}: ${field ? `${field}: ` : ''}`)).toBe(true);
    expect(e.message).toMatch(message);
  });
});
