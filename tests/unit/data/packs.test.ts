/**
 * Checks the generated packs in public/data against the SWORD modules themselves
 * (`mod2imp -s`, SWORD's own plain-text filter, is the independent oracle).
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BOOKS, type BookId } from '@/lib/bible/books';
import {
  NAVE_TOPIC_CHUNK,
  type BookPack,
  type DataManifest,
  type NaveIndex,
  type NaveTopic,
  type VersificationPack,
} from '@/lib/bible/packs';
import { TRANSLATION_IDS, type TranslationId } from '@/lib/bible/translations';
import { TRANSLATION_SOURCES } from '@/lib/bible/sources';
import { exportModule } from '../../../scripts/data/sword';

const dataDir = new URL('../../../public/data/', import.meta.url);
const read = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, dataDir), 'utf8')) as T;
const book = (t: TranslationId, id: BookId) => read<BookPack>(`bible/${t}/${id}.json`);
const verse = (t: TranslationId, id: BookId, c: number, v: number) => book(t, id).chapters[c - 1]![v - 1];

/** Verse text by "Book C:V" key from SWORD's strip filter. */
function stripped(module: string): Map<string, string> {
  // The Reina-Valera's filter leaves its Strong's numbers in ("eternamente <G3838> á").
  return new Map(
    exportModule(module, true).map((e) => [
      e.key,
      e.body
        .replace(/ ?<[GH]\d+>/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ]),
  );
}

describe('data packs', () => {
  let webStrip: Map<string, string>;
  let kjvStrip: Map<string, string>;
  let rvStrip: Map<string, string>;
  let webRaw: Map<string, string>;
  beforeAll(() => {
    if (!existsSync(new URL('manifest.json', dataDir))) throw new Error('Run `npm run data` first');
    webStrip = stripped('engWEB2015eb');
    kjvStrip = stripped('engKJV2006eb');
    rvStrip = stripped('spaRV1909eb');
    webRaw = new Map(exportModule('engWEB2015eb').map((e) => [e.key, e.body]));
  }, 120_000);

  it('has the KJV complete: 31,102 verses in 66 books, none omitted', () => {
    const v = read<VersificationPack>('bible/KJV/versification.json');
    expect(Object.keys(v.books)).toEqual(BOOKS.map((b) => b.id));
    const total = Object.values(v.books)
      .flat()
      .reduce((a, b) => a + b, 0);
    expect(total).toBe(31102);
    expect(v.omitted).toEqual([]);
    expect(read<DataManifest>('manifest.json').translations.KJV.verses).toBe(31102);
  });

  it('records the WEB empty canonical slots as omitted, never invented', () => {
    const v = read<VersificationPack>('bible/WEB/versification.json');
    expect(v.omitted).toEqual([
      'Luke.17.36',
      'Acts.8.37',
      'Acts.15.34',
      'Acts.24.7',
      'Rom.16.25',
      'Rom.16.26',
      'Rom.16.27',
      '3John.1.15',
      'Rev.12.18',
    ]);
    expect(verse('WEB', 'Acts', 8, 37)).toBeNull();
    expect(verse('WEB', 'Rev', 12, 18)).toBeNull();
    // Each translation keeps its own versification.
    expect(v.books['3John']).toEqual([15]);
    expect(read<VersificationPack>('bible/KJV/versification.json').books['3John']).toEqual([14]);
  });

  it('has the Reina-Valera 1909 in its own numbering, its empty slots omitted, never filled', () => {
    const v = read<VersificationPack>('bible/RV1909/versification.json');
    expect(Object.keys(v.books)).toEqual(BOOKS.map((b) => b.id));
    // The module numbers Jonah's fish as the Hebrew does (2:1, the English 1:17) and prints the
    // verses its chapters have beyond the KJV scheme in their last verse; the rest stay empty.
    expect(v.omitted).toContain('Jonah.1.17');
    expect(verse('RV1909', 'Jonah', 1, 17)).toBeNull();
    expect(verse('RV1909', 'Jonah', 2, 1)).toMatch(/gran pez/);
    const manifest = read<DataManifest>('manifest.json').translations.RV1909;
    expect(manifest.verses + v.omitted.length).toBe(31102);
    expect(manifest.omitted).toEqual(v.omitted);
    expect(v.omitted.length).toBeLessThan(30);
    const strip = rvStrip;
    expect(verse('RV1909', 'John', 3, 16)).toBe(strip.get('John 3:16'));
    expect(verse('RV1909', 'John', 3, 16)).toMatch(/^Porque de tal manera amó Dios al mundo/);
    expect(verse('RV1909', 'Heb', 7, 25)).toBe(strip.get('Hebrews 7:25'));
    // Every verse with text is the module's, letter for letter.
    let compared = 0;
    const differ: string[] = [];
    for (const b of BOOKS) {
      book('RV1909', b.id).chapters.forEach((verses, ci) =>
        verses.forEach((text, vi) => {
          const key = `${b.swordName} ${ci + 1}:${vi + 1}`;
          const theirs = (strip.get(key) ?? '').replace(/\s/g, '');
          if ((text ?? '').replace(/\s/g, '') !== theirs) differ.push(key);
          if (text !== null) compared++;
        }),
      );
    }
    expect(differ).toEqual([]);
    expect(compared).toBe(manifest.verses);
  }, 30_000);

  it('gives Hebrews 7:25 and Romans 8:34 exactly as the modules do', () => {
    for (const [t, strip] of [
      ['WEB', () => webStrip],
      ['KJV', () => kjvStrip],
    ] as const) {
      expect(verse(t, 'Heb', 7, 25)).toBe(strip().get('Hebrews 7:25'));
      expect(verse(t, 'Rom', 8, 34)).toBe(strip().get('Romans 8:34'));
    }
  });

  it('matches the module text for every verse that has no footnote or title', () => {
    let compared = 0;
    for (const b of BOOKS) {
      const pack = book('WEB', b.id);
      pack.chapters.forEach((verses, ci) =>
        verses.forEach((text, vi) => {
          const key = `${b.swordName} ${ci + 1}:${vi + 1}`;
          const raw = webRaw.get(key) ?? '';
          if (text === null || /<note|<title|<speaker/.test(raw)) return;
          expect(text, key).toBe(webStrip.get(key));
          compared++;
        }),
      );
    }
    expect(compared).toBeGreaterThan(25000);
  });

  it('never joins two words where a footnote stood', () => {
    // SWORD's strip filter writes "Godcreated" in Genesis 1:1; the packs keep the space.
    expect(webStrip.get('Genesis 1:1')).toContain('Godcreated');
    expect(verse('WEB', 'Gen', 1, 1)).toContain('God created');
    let checked = 0;
    for (const b of BOOKS) {
      book('WEB', b.id).chapters.forEach((verses, ci) =>
        verses.forEach((text, vi) => {
          const key = `${b.swordName} ${ci + 1}:${vi + 1}`;
          if (
            text === null ||
            !/<note/.test(webRaw.get(key) ?? '') ||
            /<title|<speaker/.test(webRaw.get(key)!)
          )
            return;
          // Same letters as the module; only spaces may differ, and only by being added.
          const ours = text.replace(/\s/g, '');
          const theirs = webStrip.get(key)!.replace(/\s/g, '');
          expect(ours, key).toBe(theirs);
          expect(text.split(' ').length, key).toBeGreaterThanOrEqual(webStrip.get(key)!.split(' ').length);
          checked++;
        }),
      );
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('joins no punctuation to the next word unless the module’s own text does', () => {
    // "Christ,<note>…</note>to" once read "Christ,to": a join there only because a footnote
    // was taken out. The module's text with each note read as a space is the oracle.
    const JOINS = /[,.;:!?”’)\]][\p{L}“‘(]|[\p{L}\p{N}][“‘(]/gu;
    const joinsOf = (text: string) => [...text.matchAll(JOINS)].map((m) => m[0]);
    for (const t of TRANSLATION_IDS) {
      const raw =
        t === 'WEB'
          ? webRaw
          : new Map(exportModule(TRANSLATION_SOURCES[t].module).map((e) => [e.key, e.body]));
      const wrong: string[] = [];
      let joins = 0;
      for (const b of BOOKS) {
        book(t, b.id).chapters.forEach((verses, ci) =>
          verses.forEach((text, vi) => {
            if (text === null) return;
            const key = `${b.swordName} ${ci + 1}:${vi + 1}`;
            const own = (raw.get(key) ?? '').replace(/<note\b[\s\S]*?<\/note>/g, ' ').replace(/<[^>]+>/g, '');
            const theirs = joinsOf(own);
            for (const join of joinsOf(text)) {
              joins++;
              const at = theirs.indexOf(join);
              if (at < 0) wrong.push(`${t} ${key}: "${join}"`);
              else theirs.splice(at, 1);
            }
          }),
        );
      }
      expect(wrong, t).toEqual([]);
      // Possessives and contractions ("Yahweh’s", "don’t") are joins the text really has.
      if (t === 'WEB') expect(joins, t).toBeGreaterThan(5000);
    }
    expect(verse('WEB', 'Phil', 1, 1)).toContain('servants of Jesus Christ, to all the saints');
    expect(verse('WEB', 'Prov', 1, 23)).toContain('Behold, I will pour out');
    expect(verse('WEB', 'Rev', 1, 8)).toContain('God, “who is');
  }, 60_000);

  it('keeps psalm titles apart from verse 1', () => {
    for (const t of ['WEB', 'KJV'] as const) {
      const ps = book(t, 'Ps');
      expect(Object.keys(ps.titles ?? {}).length).toBeGreaterThan(100);
      const title = ps.titles!['3']!;
      expect(title.length).toBeGreaterThan(10);
      expect(ps.chapters[2]![0]).not.toContain(title);
      expect(ps.titles!['1']).toBeUndefined();
    }
  });

  it('lists the sections of Nave’s INTERCESSION with their references', () => {
    const manifest = read<DataManifest>('manifest.json');
    const chunks = Math.ceil(manifest.nave.topics / NAVE_TOPIC_CHUNK);
    const topics = Array.from({ length: chunks }, (_, n) =>
      read<NaveTopic[]>(`nave/topics/${n}.json`),
    ).flat();
    // Every topics file but the last holds NAVE_TOPIC_CHUNK topics, so ids are positions.
    expect(topics).toHaveLength(manifest.nave.topics);
    const topic = topics.find((t) => t.name === 'INTERCESSION')!;
    const headings = topic.sections.map((s) => s.heading);
    expect(headings).toContain('OF MAN WITH GOD');
    expect(headings).toContain('In behalf of Sodom');
    expect(topic.sections.reduce((n, s) => n + s.refs.length, 0)).toBe(273);
    const sodom = topic.sections.find((s) => s.heading === 'In behalf of Sodom')!;
    expect(sodom.refs).toEqual(['Gen.18.23-Gen.18.32']);
    const genesis = read<NaveIndex>('nave/index/Gen.json');
    const i = topics.indexOf(topic);
    expect(genesis['Gen.18.25']).toContainEqual([i, topic.sections.indexOf(sodom)]);
    // Each book's index holds its own verses only.
    expect(Object.keys(genesis).every((osis) => osis.startsWith('Gen.'))).toBe(true);
    expect(Object.keys(read<NaveIndex>('nave/index/Jas.json')).every((osis) => osis.startsWith('Jas.'))).toBe(
      true,
    );
  });
});
