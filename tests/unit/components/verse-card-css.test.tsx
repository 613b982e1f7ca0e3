/**
 * The card stylesheet: scoped and reset for a hostile page, and its two themes readable (WCAG AA
 * contrast computed from the colours the file declares, so a tweak that fails AA fails here).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../components/verse-card/verse-card.css', import.meta.url), 'utf8');

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function palette(selector: string): Record<string, string> {
  const at = css.indexOf(`${selector} {`);
  expect(at, `rule ${selector}`).toBeGreaterThanOrEqual(0);
  const body = css.slice(at, css.indexOf('}', at));
  return Object.fromEntries([...body.matchAll(/(--ic-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const light = palette('.intercede-card');
const dark = { ...light, ...palette(".intercede-card[data-theme='dark']") };

/** Foreground, background, minimum ratio: text 4.5:1, focus rings and error bar 3:1. */
const PAIRS: [string, string, number][] = [
  ['--ic-fg', '--ic-bg', 4.5],
  ['--ic-fg', '--ic-soft', 4.5],
  ['--ic-muted', '--ic-bg', 4.5],
  ['--ic-muted', '--ic-soft', 4.5],
  ['--ic-link', '--ic-bg', 4.5],
  ['--ic-accent-fg', '--ic-accent', 4.5],
  ['--ic-focus', '--ic-bg', 3],
  ['--ic-focus', '--ic-soft', 3],
  ['--ic-error', '--ic-soft', 3],
];

describe('verse-card.css', () => {
  it('resets inheritance at the host and again at the card root', () => {
    expect(css).toMatch(/:host\s*\{\s*all:\s*initial;/);
    expect(css).toMatch(/\.intercede-card\s*\{\s*all:\s*initial;/);
  });

  it('scopes every rule under the card (or the host), so it styles nothing else', () => {
    const selectors = [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(^|[{}])\s*([^{}@]+?)\s*\{/g)]
      .map((m) => m[2]!.trim())
      .filter((s) => !/^(from|to|\d+%)$/.test(s));
    expect(selectors.length).toBeGreaterThan(30);
    for (const list of selectors) {
      for (const selector of list.split(','))
        expect(selector.trim()).toMatch(/^(:host|\.intercede-card|\.ic-)/);
    }
  });

  it('uses no external fonts, images or imports', () => {
    expect(css).not.toMatch(/url\(|@import|@font-face/);
  });

  it('animates only when the reader has not asked for reduced motion', () => {
    const outside = css.replace(/@media \(prefers-reduced-motion: no-preference\) \{[\s\S]*$/, '');
    expect(outside).not.toMatch(/animation|transition/);
    expect(css).toContain('@media (prefers-reduced-motion: no-preference)');
  });

  it.each(PAIRS)('light theme: %s on %s meets %s:1', (fg, bg, min) => {
    expect(contrast(light[fg]!, light[bg]!)).toBeGreaterThanOrEqual(min);
  });

  it.each(PAIRS)('dark theme: %s on %s meets %s:1', (fg, bg, min) => {
    expect(contrast(dark[fg]!, dark[bg]!)).toBeGreaterThanOrEqual(min);
  });
});
