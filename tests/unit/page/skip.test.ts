// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createSkipTest, isValidSelector } from '@/lib/page/skip';
import { skipCases, type SkipCase } from '../../fixtures/page/skip-cases';

function element({ tag, attrs = {} }: SkipCase): Element {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return el;
}

describe('createSkipTest', () => {
  it.each(skipCases.map((c) => [c.why, c] as const))('%s', (_, c) => {
    const skip = createSkipTest({ skipCode: c.skipCode ?? true, excludeSelectors: c.excludeSelectors ?? [] });
    expect(skip(element(c))).toBe(c.skipped);
  });
});

describe('isValidSelector', () => {
  it.each([
    ['aside', true],
    ['.ads > p, #footer', true],
    ['div[', false],
    ['', false],
  ])('%j parses: %s', (selector, valid) => {
    expect(isValidSelector(selector, document)).toBe(valid);
    expect(isValidSelector(selector)).toBe(valid);
  });
});
