/**
 * The project's public home: `homepage` in package.json, which the build puts in the manifest as
 * `homepage_url` (the stores link it, and docs/privacy.md sends questions there). The project
 * has no public address yet; until package.json has one, the manifest has none and
 * `npm run zip` says so. Anything but a plain https address stops the build: a store listing
 * must not link somewhere a typo or a leftover `http://localhost` sent it.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** `homepage` checked: undefined when absent, else an https URL without credentials. */
export function homepageUrl(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.'))
    throw new Error(`package.json "homepage" must be an https:// address, not ${JSON.stringify(value)}`);
  return url.href;
}

/** The checked `homepage` of the package.json at `path`. */
export function packageHomepage(path = 'package.json'): string | undefined {
  return homepageUrl((JSON.parse(readFileSync(path, 'utf8')) as { homepage?: unknown }).homepage);
}

// `tsx scripts/homepage.ts` (the first step of `npm run zip`): says what the zips will link to.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const home = packageHomepage();
  console.log(
    home
      ? `homepage_url: ${home}`
      : 'homepage_url: none. package.json has no "homepage", so the manifests link to no home page. ' +
          'Set it to the project\'s public address before a store upload (README, "For store reviewers").',
  );
}
