import { describe, expect, it } from 'vitest';
import { buildCommentaryPack, compileNotes, InvalidNotesError } from '@/lib/commentary/compile';
import { fixtureNote, fixtureNoteFiles } from '../../fixtures/commentary';

const files = fixtureNoteFiles();
const hash = (text: string) =>
  `h${text.length}:${[...text].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)}`;

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidNotesError);
    return (error as InvalidNotesError).problems;
  }
  throw new Error('expected the notes to be refused');
}

describe('compileNotes', () => {
  it('compiles every fixture note, sorted by id', () => {
    const notes = compileNotes([...files].reverse());
    expect(notes.map((n) => n.id)).toEqual([...files.map((f) => f.file.replace('.md', ''))].sort());
  });

  it('refuses two notes with one id', () => {
    const copy = { file: 'more/heb-7.md', source: fixtureNote('heb-7') };
    expect(problems(() => compileNotes([...files, copy]))).toEqual([
      'more/heb-7.md: id: "heb-7" is already the id of heb-7.md',
    ]);
  });

  it('refuses a related id that names no note', () => {
    const lonely = files.filter((f) => f.file !== 'heb-7.md');
    expect(problems(() => compileNotes(lonely))).toEqual([
      'heb-7-23-25.md: related: no note has the id "heb-7"',
      'heb-7-24-8-2.md: related: no note has the id "heb-7"',
    ]);
  });

  it('lists every problem at once, each with its file and field', () => {
    const broken = files.map((f) =>
      f.file === 'john-17.md'
        ? { ...f, source: f.source.replace('praying-for-others', 'joy') }
        : f.file === 'heb-7-1-3.md'
          ? { ...f, source: f.source.replace('Heb.7.1-Heb.7.3', 'Heb.7.3-Heb.7.1') }
          : f,
    );
    let error: unknown;
    try {
      compileNotes(broken);
    } catch (e) {
      error = e;
    }
    const { problems: found, message } = error as InvalidNotesError;
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^heb-7-1-3\.md: passages: .*backwards/);
    expect(found[1]).toMatch(/^john-17\.md: themes: unknown theme "joy"/);
    expect(message).toMatch(/^2 problems in the commentary notes:\n {2}- heb-7-1-3\.md/);
  });
});

describe('buildCommentaryPack', () => {
  it('versions the pack by its content', () => {
    const pack = buildCommentaryPack(files, hash);
    expect(pack.notes).toHaveLength(files.length);
    expect(buildCommentaryPack([...files].reverse(), hash).version).toBe(pack.version);
    const edited = files.map((f) =>
      f.file === 'john-17.md'
        ? { ...f, source: f.source.replace('second paragraph', 'second, edited paragraph') }
        : f,
    );
    expect(buildCommentaryPack(edited, hash).version).not.toBe(pack.version);
  });
});
