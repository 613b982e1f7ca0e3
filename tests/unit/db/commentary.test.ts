import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OsisError } from '@/lib/bible/osis';
import type { NaveIndex, NaveTopic } from '@/lib/bible/packs';
import { buildCommentaryPack } from '@/lib/commentary/compile';
import { rankNotes } from '@/lib/commentary/match';
import type { CommentaryPack } from '@/lib/commentary/pack';
import { CommentaryService, META_COMMENTARY, type CommentarySource } from '@/lib/db/commentary';
import { IntercedeDb } from '@/lib/db/database';
import { handleMessage, type HandlerDeps } from '@/lib/messaging/handle';
import { fixtureNoteFiles } from '../../fixtures/commentary';
import { naveSource } from '../../fixtures/nave-source';

const files = fixtureNoteFiles();
const PACK = buildCommentaryPack(files, () => 'v1');
const TOPICS: NaveTopic[] = [
  { name: 'PRIESTHOOD', sections: [{ heading: 'Of Christ', refs: ['Heb.8.5', 'Heb.9.11'] }] },
];
const INDEX: NaveIndex = { 'Heb.8.5': [[0, 0]], 'Heb.9.11': [[0, 0]] };

function source(pack: () => CommentaryPack = () => PACK) {
  const reads: string[] = [];
  const src: CommentarySource = {
    commentary: async () => (reads.push('commentary'), pack()),
    ...naveSource('n1', TOPICS, INDEX, reads),
  };
  return { src, reads };
}

let db: IntercedeDb;
let n = 0;
let services: CommentaryService[] = [];
/** A service whose Nave's writes the test waits for before deleting the database. */
function make(src: CommentarySource): CommentaryService {
  const made = new CommentaryService(db, src);
  services.push(made);
  return made;
}
beforeEach(() => {
  db = new IntercedeDb(`commentary-${n++}`);
  services = [];
});
afterEach(async () => {
  await Promise.all(services.map((s) => s.nave.settled()));
  await db.delete();
});

describe('CommentaryService', () => {
  it('loads the pack on first need, with every chapter a note touches in the multiEntry index', async () => {
    const { src, reads } = source();
    const service = make(src);
    expect(reads).toEqual([]);
    await service.getCommentary('John.17.21');
    expect(reads).toEqual(['commentary']);
    expect(await db.commentary.count()).toBe(files.length);
    expect((await db.commentary.get('heb-7-24-8-2'))?.chapters).toEqual(['57.7', '57.8']);
    expect((await db.commentary.get('rom-8-34-heb-7-25'))?.chapters).toEqual(['44.8', '57.7']);
    // The overlap query runs on the index: chapter keys in, the notes touching them out.
    const onHeb8 = await db.commentary.where('chapters').equals('57.8').primaryKeys();
    expect(onHeb8).toEqual(['heb-7-24-8-2']);
    const onRom8OrJohn17 = await db.commentary.where('chapters').anyOf(['44.8', '42.17']).primaryKeys();
    expect(onRom8OrJohn17.sort()).toEqual(['john-17', 'rom-8-34-heb-7-25']);
    expect(await db.meta.get(META_COMMENTARY)).toEqual({ key: META_COMMENTARY, value: 'v1' });
  });

  it('answers every matching note, ranked, as the card shows it', async () => {
    const reply = await make(source().src).getCommentary('Heb.7.25');
    expect(reply.notes.map((x) => x.id)).toEqual(rankNotes('Heb.7.25', PACK.notes).map((m) => m.note.id));
    expect(reply.notes).toHaveLength(7);
    expect(reply.notes.find((x) => x.id === 'rom-8-34-heb-7-25')).toEqual({
      id: 'rom-8-34-heb-7-25',
      title: 'Fixture rom-8-34-heb-7-25',
      passagesLabel: 'Romans 8:34; Hebrews 7:25',
      paragraphs: [
        'A fixture note about rom-8-34-heb-7-25, for the matching and compiling tests.',
        'It has a second paragraph.',
      ],
      themes: ['christ-intercedes', 'accuser-answered'],
      related: [],
    });
    expect(reply.topics).toEqual([]);
  });

  it('adds Nave’s topics only when no note overlaps: a same-chapter note is not enough', async () => {
    const { src, reads } = source();
    const service = make(src);
    const covered = await service.getCommentary('Exod.32.12');
    expect(covered.topics).toEqual([]);
    expect(reads).toEqual(['commentary']);
    const sameChapter = await service.getCommentary('Heb.8.5');
    expect(sameChapter.notes.map((x) => x.id)).toEqual(['heb-7-24-8-2']);
    expect(sameChapter.topics).toEqual([
      { topic: 'PRIESTHOOD', heading: 'Of Christ', refs: [{ osis: 'Heb.9.11', label: 'Hebrews 9:11' }] },
    ]);
  });

  it('reads the pack once per service-worker lifetime and keeps rows of the same version', async () => {
    const first = source();
    const service = make(first.src);
    await service.getCommentary('Heb.7.25');
    await service.getCommentary('John.17');
    expect(first.reads).toEqual(['commentary']);
    // A restarted worker reads the pack, sees the same version, and leaves the rows alone.
    await db.commentary.update('john-17', { title: 'Untouched marker' });
    await make(source().src).getCommentary('John.17');
    expect((await db.commentary.get('john-17'))?.title).toBe('Untouched marker');
  });

  it('replaces every note when a new pack version ships', async () => {
    await make(source().src).getCommentary('Heb.7.25');
    const v2 = buildCommentaryPack(
      files.filter((f) => f.file === 'john-17.md'),
      () => 'v2',
    );
    const reply = await make(source(() => v2).src).getCommentary('Heb.7.25');
    expect(reply.notes).toEqual([]);
    expect(await db.commentary.toCollection().primaryKeys()).toEqual(['john-17']);
    expect((await db.meta.get(META_COMMENTARY))?.value).toBe('v2');
  });

  it('refuses an invalid passage before reading anything', async () => {
    const { src, reads } = source();
    await expect(make(src).getCommentary('Jude.2.1')).rejects.toThrow(OsisError);
    expect(reads).toEqual([]);
  });

  it('reports a damaged pack, and tries again on the next lookup', async () => {
    let damaged = true;
    const { src } = source(() => (damaged ? ({ notes: 'nope' } as unknown as CommentaryPack) : PACK));
    const service = make(src);
    await expect(service.getCommentary('Heb.7.25')).rejects.toThrow(/commentary pack is damaged/);
    damaged = false;
    expect((await service.getCommentary('Heb.7.25')).notes.length).toBeGreaterThan(0);
  });

  it.each([
    ['no pack at all', null, /^The commentary pack is damaged; reinstall/],
    ['a pack without a version', { ...PACK, version: 1 }, /^The commentary pack is damaged; reinstall/],
    ['a pack without notes', { version: 'v1' }, /^The commentary pack is damaged; reinstall/],
    [
      'a note on a passage that does not exist',
      { ...PACK, notes: [{ ...PACK.notes[0]!, passages: ['Jude.2.1'] }] },
      /^The commentary pack is damaged \(.*Jude.*\); reinstall the extension$/,
    ],
  ])('reports %s as a damaged pack and stores nothing', async (_, pack, message) => {
    const { src } = source(() => pack as unknown as CommentaryPack);
    const error = await make(src)
      .getCommentary('Heb.7.25')
      .catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect(await db.commentary.count()).toBe(0);
  });

  it('clears before anything was loaded', async () => {
    const { src, reads } = source();
    await make(src).clear();
    expect(reads).toEqual([]);
  });

  it('clears the notes and Nave’s rows, and loads them again when next needed', async () => {
    const { src, reads } = source();
    const service = make(src);
    await service.getCommentary('Heb.8.5');
    await service.nave.settled();
    expect(await db.naveTopics.count()).toBe(1);
    await service.clear();
    expect([await db.commentary.count(), await db.naveTopics.count(), await db.naveVerses.count()]).toEqual([
      0, 0, 0,
    ]);
    expect(await db.meta.toCollection().primaryKeys()).toEqual([]);
    reads.length = 0;
    expect((await service.getCommentary('Heb.8.5')).topics).toHaveLength(1);
    // Only the passage's book index and its topic's file, before the answer.
    expect(reads).toEqual(['commentary', 'index Heb', 'topics 0']);
  });

  it('answers a getCommentary message end to end', async () => {
    const service = make(source().src);
    const deps = {
      extensionId: 'me',
      getCommentary: vi.fn((osis: string) => service.getCommentary(osis)),
    } as Partial<HandlerDeps> as HandlerDeps;
    const reply = await handleMessage(
      { type: 'getCommentary', osis: 'John.17.20-John.17.21' },
      { id: 'me' },
      deps,
    );
    expect(reply).toMatchObject({
      ok: true,
      value: { notes: [{ id: 'john-17', passagesLabel: 'John 17' }] },
    });
  });
});
