/**
 * A whole Bible imported from the options page, for the benchmarks: a Debian SWORD module
 * exported as OSIS by mod2osis at run time (never committed), and the options page's "Add a
 * translation" driven as a reader would (pick the file, name it, Import).
 */
import type { Page } from 'playwright-core';

/** The same OSIS without its word tags: about 5 MB, the size of a plain whole-Bible OSIS file. */
export const withoutWordTags = (osis: string): string => osis.replace(/<w [^>]*>|<\/w>/g, '');

/**
 * Imports `file` on the options page open in `page` under `abbreviation`, confirming the
 * replacement of an installed one when `replace`; resolves with how long reading and storing took.
 */
export async function importFile(
  page: Page,
  file: string,
  abbreviation: string,
  replace: boolean,
): Promise<{ read: number; stored: number }> {
  const started = performance.now();
  await page.getByLabel('Add a translation').setInputFiles(file);
  await page.getByText(/verses in \d+ of the 66 books/).waitFor({ timeout: 120_000 });
  const read = performance.now() - started;
  await page.getByLabel('Abbreviation', { exact: false }).fill(abbreviation);
  const storing = performance.now();
  await page.getByRole('button', { name: 'Import' }).click();
  if (replace) await page.getByRole('button', { name: 'Replace' }).click();
  await page.getByText(new RegExp(`\\(${abbreviation}\\) is installed`)).waitFor({ timeout: 120_000 });
  return { read, stored: performance.now() - storing };
}
