import { describe, expect, it } from 'vitest';
import { chapterKeys, matchKind, rankNotes } from '@/lib/commentary/match';
import { NoteError, parseNote } from '@/lib/commentary/note';

const notes = [
  { id: 'heb-7-23-25', passages: ['Heb.7.23-Heb.7.25'] },
  { id: 'heb-7', passages: ['Heb.7'] },
  { id: 'heb-7-24-8-2', passages: ['Heb.7.24-Heb.8.2'] },
  { id: 'heb-7-1-3', passages: ['Heb.7.1-Heb.7.3'] },
  { id: 'rom-8-34', passages: ['Rom.8.34', 'Heb.7.25'] },
  { id: 'john-17', passages: ['John.17'] },
];

describe('rankNotes', () => {
  // Ties go to the narrower note; a note on two single verses is narrower than any range.
  it.each([
    [
      'Heb.7.23-Heb.7.25',
      'heb-7-23-25:exact heb-7:contains rom-8-34:overlaps heb-7-24-8-2:overlaps heb-7-1-3:chapter',
    ],
    [
      'Heb.7.25',
      'rom-8-34:contains heb-7-23-25:contains heb-7-24-8-2:contains heb-7:contains heb-7-1-3:chapter',
    ],
    [
      'Heb.7.10',
      'heb-7:contains rom-8-34:chapter heb-7-1-3:chapter heb-7-23-25:chapter heb-7-24-8-2:chapter',
    ],
    ['John.17.20-John.17.21', 'john-17:contains'],
    ['Gen.1.1', ''],
  ])('ranks the notes for %s', (osis, expected) => {
    expect(rankNotes(osis, notes).map((m) => `${m.note.id}:${m.kind}`)).toEqual(
      expected ? expected.split(' ') : [],
    );
  });
  it('treats a note on a list of passages as exact only for the same list', () => {
    expect(matchKind('Rom.8.34,Heb.7.25', ['Rom.8.34', 'Heb.7.25'])).toBe('exact');
    expect(matchKind('Rom.8.34', ['Rom.8.34', 'Heb.7.25'])).toBe('contains');
  });

  it('lists the chapters a passage touches', () => {
    expect(chapterKeys('Heb.7.23-Heb.8.2')).toEqual(['57.7', '57.8']);
    expect(chapterKeys('Rom.8.1,Rom.8.34,Rom.10.9')).toEqual(['44.8', '44.10']);
  });
});

describe('parseNote', () => {
  const good = `---
id: sample-note
title: A sample
passages: [Heb.7.25, Rom.8.34]
themes: [christ-intercedes]
related: [other-note]
---

First paragraph
spans two lines.

Second paragraph.
`;

  it('reads the front matter and joins paragraph lines', () => {
    expect(parseNote(good, 'sample-note.md')).toEqual({
      id: 'sample-note',
      title: 'A sample',
      passages: ['Heb.7.25', 'Rom.8.34'],
      themes: ['christ-intercedes'],
      related: ['other-note'],
      paragraphs: ['First paragraph spans two lines.', 'Second paragraph.'],
    });
  });

  it.each([
    ['no front matter', 'just text', /missing front matter/],
    ['a bad passage', good.replace('Heb.7.25', 'Heb.7.99'), /passage Hebrews 7 has no verse 99/],
    ['an unknown theme', good.replace('christ-intercedes', 'joy'), /unknown theme "joy"/],
    ['a missing field', good.replace('title: A sample\n', ''), /missing "title"/],
    [
      'an unbracketed list',
      good.replace('[christ-intercedes]', 'christ-intercedes'),
      /"themes" must be a \[bracketed, list\]/,
    ],
    ['a bad id', good.replace('id: sample-note', 'id: Sample Note'), /not kebab-case/],
  ])('refuses %s with a clear error', (_, source, message) => {
    expect(() => parseNote(source, 'x.md')).toThrow(NoteError);
    expect(() => parseNote(source, 'x.md')).toThrow(message);
  });
});
