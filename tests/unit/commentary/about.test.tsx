// @vitest-environment happy-dom
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { packPaths, type DataManifest } from '@/lib/bible/packs';
import { buildCommentaryPack } from '@/lib/commentary/compile';
import { AboutApp, type ReadPack } from '@/components/about/about-app';
import { fixtureNoteFiles } from '../../fixtures/commentary';

const MANIFEST: DataManifest = {
  format: 1,
  version: 'data-v7',
  translations: {
    WEB: { module: 'engWEB2015eb', moduleVersion: '426.0', verses: 31095, omitted: [] },
    KJV: { module: 'engKJV2006eb', moduleVersion: '14.3', verses: 31102, omitted: [] },
    RV1909: { module: 'spaRV1909eb', moduleVersion: '2.60', verses: 31084, omitted: ['Jonah.1.17'] },
  },
  nave: { module: 'Nave', moduleVersion: '3.0', topics: 4673 },
};
const PACK = buildCommentaryPack(fixtureNoteFiles(), () => 'notes-v3');

const reader =
  (packs: Record<string, unknown>): ReadPack =>
  async <T,>(path: string) =>
    packs[path] as T | undefined;

afterEach(cleanup);

describe('AboutApp', () => {
  it('names each source with its status, module, module version and Debian package', async () => {
    render(<AboutApp read={reader({ [packPaths.manifest]: MANIFEST, [packPaths.commentary]: PACK })} />);
    await screen.findByRole('list', { name: 'Notes by theme' });
    const text = document.body.textContent!;
    expect(text).toContain('World English Bible (WEB): Public domain.');
    expect(text).toContain('“World English Bible” is a trademark');
    expect(text).toContain('engWEB2015eb version 426.0, Debian package sword-text-web');
    expect(text).toContain('King James Version (KJV): Public domain outside the United Kingdom.');
    expect(text).toContain('engKJV2006eb version 14.3, Debian package sword-text-kjv');
    expect(text).toContain('Reina-Valera 1909 (RV1909): Public domain.');
    expect(text).toContain('spaRV1909eb version 2.60, Debian package sword-text-sparv');
    expect(text).toMatch(
      /Nave’s Topical Bible by Orville J\. Nave: public domain\. From the SWORD module Nave version 3\.0, Debian package sword-dict-naves/,
    );
    expect(text).toContain('Written for Intercede by its contributors; © the Intercede authors.');
    expect(text).toContain('Data packs version data-v7, notes version notes-v3.');
  });

  it('counts the notes under each theme', async () => {
    render(<AboutApp read={reader({ [packPaths.manifest]: MANIFEST, [packPaths.commentary]: PACK })} />);
    const list = await screen.findByRole('list', { name: 'Notes by theme' });
    const items = [...list.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'Human intercessors 1 note',
      'Priesthood and atonement 3 notes',
      'Christ intercedes 5 notes',
      'The Spirit intercedes 0 notes',
      'Standing in the gap 1 note',
      'Praying for others 1 note',
      'The accuser answered 1 note',
      'Grace and access to God 0 notes',
    ]);
    expect(document.body.textContent).toContain('9 notes in all');
  });

  it('says so when a pack is missing, and still names the sources', async () => {
    render(<AboutApp read={reader({})} />);
    await waitFor(() => expect(screen.getAllByRole('status')).toHaveLength(2));
    expect(document.body.textContent).toContain('module versions are not known');
    expect(document.body.textContent).toContain('The notes are missing from this build.');
    expect(document.body.textContent).toContain('From the SWORD module engKJV2006eb, Debian package');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('About Intercede');
  });
});
