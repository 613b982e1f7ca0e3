/**
 * A Debian SWORD module exported as one OSIS document by mod2osis, at test time (never
 * committed): the file the import specs and benchmarks give the options page.
 */
import { execFileSync } from 'node:child_process';

/** The Reina-Valera 1909 (Debian's sword-text-sparv): a whole Bible in another language. */
export const IMPORT_MODULE = 'spaRV1909eb';

/** The module as mod2osis exports it (about 16 MB for the RV1909, with Strong's numbers). */
export function exportModule(module: string): string {
  // mod2osis prints a notice on stderr on every run; only the document is wanted.
  return execFileSync('mod2osis', [module], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

/**
 * The module's OSIS, or why a spec cannot have it (no mod2osis or no module): a spec skips
 * with that reason rather than fail on a machine without them.
 */
export function moduleOrMissing(
  module: string,
): { osis: string; missing?: undefined } | { osis?: undefined; missing: string } {
  try {
    return { osis: exportModule(module) };
  } catch {
    return {
      missing: `mod2osis or the ${module} module is missing: apt-get install libsword-utils sword-text-sparv`,
    };
  }
}
