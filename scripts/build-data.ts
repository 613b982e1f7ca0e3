/**
 * `npm run data`: exports the public-domain texts from the Debian SWORD packages into
 * public/data/ (git-ignored). It does nothing when the packs are newer than their inputs;
 * `--force` rebuilds anyway. A missing module stops it with one line naming the apt command.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TRANSLATION_SOURCES } from '../lib/bible/sources';
import { TRANSLATION_IDS } from '../lib/bible/translations';
import { BOOKS } from '../lib/bible/books';
import { NAVE_TOPIC_CHUNK, type DataManifest, type NaveIndex } from '../lib/bible/packs';
import { buildBiblePacks } from './data/bible-pack';
import { buildNavePacks } from './data/nave';
import { exportModule, MissingModuleError, readModuleConf } from './data/sword';

const FORMAT = 2;
const NAVE_MODULE = 'Nave';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'public', 'data');

/** Everything the packs are made from: module versions and the code that converts them. */
function inputFingerprint(): string {
  const hash = createHash('sha256').update(String(FORMAT));
  for (const module of [...TRANSLATION_IDS.map((id) => TRANSLATION_SOURCES[id].module), NAVE_MODULE]) {
    const conf = readModuleConf(module);
    hash.update(`${module}:${conf.Version ?? ''}:${conf.SwordVersionDate ?? ''}`);
  }
  const sources = [
    'scripts/build-data.ts',
    ...readdirSync(join(root, 'scripts/data')).map((f) => `scripts/data/${f}`),
    'lib/bible/books.ts',
    'lib/bible/osis.ts',
    'lib/bible/packs.ts',
  ];
  for (const file of sources.sort()) hash.update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 12);
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(value));
}

function main(): void {
  const force = process.argv.includes('--force');
  const version = inputFingerprint();
  const manifestPath = join(outDir, 'manifest.json');
  if (!force && existsSync(manifestPath)) {
    const current = JSON.parse(readFileSync(manifestPath, 'utf8')) as DataManifest;
    if (current.version === version) {
      console.log(`data packs are up to date (version ${version})`);
      return;
    }
  }
  const started = performance.now();
  rmSync(join(outDir, 'bible'), { recursive: true, force: true });
  rmSync(join(outDir, 'nave'), { recursive: true, force: true });
  const translations = {} as DataManifest['translations'];
  for (const id of TRANSLATION_IDS) {
    const { module } = TRANSLATION_SOURCES[id];
    const { books, versification } = buildBiblePacks(exportModule(module), id, version);
    for (const pack of books) writeJson(join(outDir, 'bible', id, `${pack.book}.json`), pack);
    writeJson(join(outDir, 'bible', id, 'versification.json'), versification);
    const verses = Object.values(versification.books)
      .flat()
      .reduce((a, b) => a + b, 0);
    translations[id] = {
      module,
      moduleVersion: readModuleConf(module).Version ?? '',
      verses: verses - versification.omitted.length,
      omitted: versification.omitted,
    };
  }
  const nave = buildNavePacks(exportModule(NAVE_MODULE));
  // Split by book and by topic id: a card reads its own book's index and its topics' files.
  for (let chunk = 0; chunk * NAVE_TOPIC_CHUNK < nave.topics.length; chunk++) {
    const topics = nave.topics.slice(chunk * NAVE_TOPIC_CHUNK, (chunk + 1) * NAVE_TOPIC_CHUNK);
    writeJson(join(outDir, 'nave', 'topics', `${chunk}.json`), topics);
  }
  const byBook = new Map<string, NaveIndex>();
  for (const [osis, refs] of Object.entries(nave.index)) {
    const book = osis.slice(0, osis.indexOf('.'));
    const index = byBook.get(book) ?? {};
    index[osis] = refs;
    byBook.set(book, index);
  }
  for (const book of BOOKS)
    writeJson(join(outDir, 'nave', 'index', `${book.id}.json`), byBook.get(book.id) ?? {});
  const manifest: DataManifest = {
    format: FORMAT,
    version,
    translations,
    nave: {
      module: NAVE_MODULE,
      moduleVersion: readModuleConf(NAVE_MODULE).Version ?? '',
      topics: nave.topics.length,
    },
  };
  writeJson(manifestPath, manifest);
  const summary = TRANSLATION_IDS.map((id) => `${id} ${translations[id].verses} verses`).join(', ');
  console.log(
    `data packs built in ${Math.round(performance.now() - started)} ms (version ${version}): ${summary}, ` +
      `Nave's ${nave.topics.length} topics (${nave.rejected.length} invalid references dropped)`,
  );
}

try {
  main();
} catch (error) {
  if (error instanceof MissingModuleError) {
    console.error(`intercede data: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
