/**
 * Real OSIS files for the import tests, exported at test time from the Debian SWORD modules with
 * `mod2osis` (libsword-utils): no Bible text is committed. Without mod2osis, `moduleOsis` is
 * undefined and the tests that need it are skipped with a message saying what to install.
 */
import { execFileSync } from 'node:child_process';

/** Why module tests are skipped, or undefined when mod2osis is here. */
export const MOD2OSIS_MISSING = (() => {
  try {
    execFileSync('mod2osis', ['--help'], { stdio: 'ignore' });
    return undefined;
  } catch (error) {
    // mod2osis prints its usage and exits 255 with no arguments or --help.
    if ((error as { code?: string }).code === 'ENOENT') {
      return 'mod2osis is not installed: `apt-get install libsword-utils sword-text-kjv sword-text-sparv` (or `npm run setup`)';
    }
    return undefined;
  }
})();

const exports = new Map<string, string>();

/** A whole module as one OSIS document (about 1.5 s; kept for the test file). */
export function moduleOsis(module: string): string {
  let xml = exports.get(module);
  if (xml === undefined) {
    // mod2osis prints a notice on stderr on every run; only the document is wanted.
    xml = execFileSync('mod2osis', [module], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    exports.set(module, xml);
  }
  return xml;
}

/**
 * An OSIS document with only `books` of a module's export (each must be followed by another
 * book of the same testament in the export): its header, then those books' divs.
 */
export function osisBooks(xml: string, books: readonly string[]): string {
  const body = books.map((book) => {
    const start = xml.indexOf(`<div type="book" osisID="${book}"`);
    const end = xml.indexOf('<div type="book"', start + 1);
    if (start < 0 || end < 0) throw new Error(`${book} is not followed by another book in the export`);
    return xml.slice(start, end);
  });
  const head = xml.slice(0, xml.indexOf('</header>') + '</header>'.length);
  return `${head}\n${body.join('\n')}\n</osisText>\n</osis>\n`;
}
