/** Reads the generated data packs from inside the extension package. */
import { browser } from 'wxt/browser';
import { packPaths, type BookPack, type DataManifest, type NaveIndex, type NaveTopic } from '../bible/packs';
import type { CommentaryPack } from '../commentary/pack';
import type { CommentarySource } from './commentary';
import type { BookId } from '../bible/books';
import type { TranslationId } from '../bible/translations';
import type { PackSource } from './verse-service';
import { SharedOnce } from './shared-once';

/** Reads one JSON pack from the extension package, with a clear error when it is missing or damaged. */
async function readJson<T>(path: string): Promise<T> {
  // getURL's type lists only public paths WXT knows at build time; data packs are generated.
  const url = browser.runtime.getURL(path as '/');
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(
      `Data pack ${path} is missing from the extension package; rebuild with \`npm run build\``,
    );
  }
  if (!response.ok) {
    throw new Error(
      `Data pack ${path} is missing from the extension package; rebuild with \`npm run build\``,
    );
  }
  try {
    return (await response.json()) as T;
  } catch {
    throw new Error(`Data pack ${path} is damaged; rebuild with \`npm run build\``);
  }
}

/** The packs shipped in this build; the manifest is read once per service-worker lifetime. */
export function extensionPacks(): PackSource & CommentarySource {
  const manifest = new SharedOnce(() => readJson<DataManifest>(packPaths.manifest));
  const version = async () => (await manifest.get()).version;
  return {
    version,
    naveVersion: version,
    commentary: () => readJson<CommentaryPack>(packPaths.commentary),
    naveTopicCount: async () => (await manifest.get()).nave.topics,
    naveTopics: (chunk: number) => readJson<NaveTopic[]>(packPaths.naveTopics(chunk)),
    naveIndex: (book: BookId) => readJson<NaveIndex>(packPaths.naveIndex(book)),
    book: (translation: TranslationId, book: string) =>
      readJson<BookPack>(packPaths.book(translation, book as BookId)),
  };
}
