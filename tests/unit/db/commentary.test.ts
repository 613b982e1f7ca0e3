import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NaveIndex, NaveTopic } from '@/lib/bible/packs';
import type { CommentaryPack } from '@/lib/commentary/pack';
import { CommentaryService, type CommentarySource } from '@/lib/db/commentary';
import { IntercedeDb } from '@/lib/db/database';

const note = (id: string, passages: string[]) => ({
  id,
  title: `Note ${id}`,
  passages,
  themes: ['christ-intercedes' as const],
  related: [],
  paragraphs: [`About ${id}.`],
});

const TOPICS: NaveTopic[] = [
  {
    name: 'PRAYER',
    sections: [{ heading: 'For others', refs: ['Gen.20.7', 'Jas.5.16', 'Job.42.8-Job.42.10'] }],
  },
  { name: 'FAITH', sections: [{ heading: 'Instances', refs: ['Gen.15.6', 'Jas.2.23'] }] },
];
const INDEX: NaveIndex = { 'Gen.20.7': [[0, 0]], 'Jas.5.16': [[0, 0]], 'Gen.15.6': [[1, 0]] };

function source(version = 'v1', notes = [note('heb-7', ['Heb.7.23-Heb.7.25']), note('rom-8', ['Rom.8.34'])]) {
  const reads: string[] = [];
  const src: CommentarySource = {
    commentary: async () => {
      reads.push('commentary');
      return { version, notes } satisfies CommentaryPack;
    },
    naveVersion: async () => 'n1',
    naveTopics: async () => {
      reads.push('naveTopics');
      return TOPICS;
    },
    naveIndex: async () => {
      reads.push('naveIndex');
      return INDEX;
    },
  };
  return { src, reads };
}

let db: IntercedeDb;
let n = 0;
beforeEach(() => {
  db = new IntercedeDb(`commentary-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('CommentaryService', () => {
  it('answers with the ranked notes, and no Nave topics when a note overlaps', async () => {
    const { src, reads } = source();
    const service = new CommentaryService(db, src);
    const reply = await service.getCommentary('Heb.7.25');
    expect(reply.notes.map((x) => [x.id, x.passagesLabel])).toEqual([['heb-7', 'Hebrews 7:23–25']]);
    expect(reply.topics).toEqual([]);
    expect(reads).toEqual(['commentary']);
    await service.getCommentary('Rom.8.34');
    expect(reads).toEqual(['commentary']);
  });

  it('falls back to Nave’s topics with their other references when no note overlaps', async () => {
    const { src } = source();
    const reply = await new CommentaryService(db, src).getCommentary('Gen.20.7');
    expect(reply.notes).toEqual([]);
    expect(reply.topics).toEqual([
      {
        topic: 'PRAYER',
        heading: 'For others',
        refs: [
          { osis: 'Jas.5.16', label: 'James 5:16' },
          { osis: 'Job.42.8-Job.42.10', label: 'Job 42:8–10' },
        ],
      },
    ]);
  });

  it('replaces the notes when a new pack version ships, and keeps them otherwise', async () => {
    await new CommentaryService(db, source('v1').src).getCommentary('Heb.7.25');
    const same = source('v1');
    await new CommentaryService(db, same.src).getCommentary('Heb.7.25');
    expect(await db.commentary.count()).toBe(2);
    const updated = source('v2', [note('john-17', ['John.17'])]);
    const reply = await new CommentaryService(db, updated.src).getCommentary('John.17.21');
    expect(reply.notes.map((x) => x.id)).toEqual(['john-17']);
    expect(await db.commentary.count()).toBe(1);
  });

  it('rejects an invalid passage', async () => {
    await expect(new CommentaryService(db, source().src).getCommentary('Jude.2.1')).rejects.toThrow(
      /no chapter 2/,
    );
  });
});
