import { describe, expect, it } from 'vitest';
import { anyOverlap, chapterKeys, intervals, matchKind, noteWidth, rankNotes } from '@/lib/commentary/match';
import { compileNotes } from '@/lib/commentary/compile';
import { fixtureNoteFiles } from '../../fixtures/commentary';
import { MATCH_CASES } from '../../fixtures/commentary/match-cases';

const notes = compileNotes(fixtureNoteFiles());

describe('rankNotes over the fixture notes', () => {
  it.each(MATCH_CASES)('ranks the notes for %s', (asked, expected) => {
    expect(rankNotes(asked, notes).map((m) => `${m.note.id}:${m.kind}`)).toEqual(
      expected ? expected.split(' ') : [],
    );
  });

  it('counts a same-chapter note as no overlap, so Nave’s topics are offered', () => {
    expect(anyOverlap(rankNotes('Heb.8.5', notes))).toBe(false);
    expect(anyOverlap(rankNotes('Heb.8.1', notes))).toBe(true);
    expect(anyOverlap(rankNotes('Gen.1.1', notes))).toBe(false);
  });

  it('refuses an invalid passage', () => {
    expect(() => rankNotes('Heb.7.99', notes)).toThrow(/no verse 99/);
  });
});

describe('the pieces of a match', () => {
  it('measures notes in verses, across chapter ends', () => {
    expect(noteWidth(['Heb.7.25'])).toBe(1);
    expect(noteWidth(['Heb.7.24-Heb.8.2'])).toBe(7);
    expect(noteWidth(['Rom.8.34', 'Heb.7.25'])).toBe(2);
    expect(noteWidth(['John.17'])).toBe(26);
  });

  it('merges touching and overlapping spans, in canonical order', () => {
    expect(intervals('Heb.7.26,Heb.7.23-Heb.7.25')).toEqual(intervals('Heb.7.23-Heb.7.26'));
    expect(intervals('Heb.7.23-Heb.7.25,Heb.7.24')).toEqual(intervals('Heb.7.23-Heb.7.25'));
    expect(intervals('Heb.7.23,Heb.7.25')).toHaveLength(2);
    expect(matchKind('Heb.7.25-Heb.7.26', ['Heb.7.23-Heb.7.25', 'Heb.7.26-Heb.7.28'])).toBe('contains');
  });

  it('lists the chapters a passage touches as book-index keys', () => {
    expect(chapterKeys('Heb.7.23-Heb.8.2')).toEqual(['57.7', '57.8']);
    expect(chapterKeys('Rom.8.1,Rom.8.34,Rom.10.9')).toEqual(['44.8', '44.10']);
    expect(chapterKeys('Jude.1.25-Rev.1.2')).toEqual(['64.1', '65.1']);
    // A span across books touches every chapter of the books between, and no others.
    expect(chapterKeys('2John.1.13-Jude.1.1')).toEqual(['62.1', '63.1', '64.1']);
  });

  it('lists every chapter of a span that starts late in one book and ends early in the next', () => {
    expect(chapterKeys('Ruth.4.20-1Sam.2.1')).toEqual(['7.4', '8.1', '8.2']);
  });

  it('calls a match exact only when every span is the same', () => {
    expect(matchKind('Heb.7.25', ['Heb.7.24-Heb.7.26'])).toBe('contains');
    expect(matchKind('Heb.7.25,Heb.7.27', ['Heb.7.25', 'Heb.7.28'])).toBe('overlaps');
    expect(matchKind('Heb.7.25,Heb.7.27', ['Heb.7.27', 'Heb.7.25'])).toBe('exact');
  });

  it('orders notes of the same kind and width by id, whatever order they come in', () => {
    const same = ['c', 'a', 'b'].map((id) => ({ id, passages: ['Heb.7.25'] }));
    expect(rankNotes('Heb.7.25', same).map((m) => m.note.id)).toEqual(['a', 'b', 'c']);
    expect(rankNotes('Heb.7.25', [...same].reverse()).map((m) => m.note.id)).toEqual(['a', 'b', 'c']);
  });
});
