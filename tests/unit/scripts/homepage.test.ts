import { describe, expect, it } from 'vitest';
import { homepageUrl, packageHomepage } from '../../../scripts/homepage';

describe('homepageUrl (package.json "homepage" → manifest homepage_url)', () => {
  it.each([
    ['https://example.org/intercede', 'https://example.org/intercede'],
    ['https://github.com/someone/intercede#readme', 'https://github.com/someone/intercede#readme'],
    ['https://Example.org', 'https://example.org/'],
  ])('takes %s', (value, url) => expect(homepageUrl(value)).toBe(url));

  it.each([undefined, ''])('leaves it out when there is none (%j)', (value) =>
    expect(homepageUrl(value)).toBeUndefined(),
  );

  it.each([
    'http://example.org',
    'ftp://example.org',
    'https://localhost:3000',
    'https://user:secret@example.org',
    'example.org',
    'javascript:alert(1)',
    42,
    { url: 'https://example.org' },
  ])('stops the build for %j', (value) =>
    expect(() => homepageUrl(value)).toThrow(/package\.json "homepage" must be an https:\/\/ address/),
  );

  it("reads the project's own package.json", () => {
    expect(() => packageHomepage()).not.toThrow();
  });
});
