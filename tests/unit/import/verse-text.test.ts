import { describe, expect, it } from 'vitest';
import { VerseText } from '@/lib/import/verse-text';

/** A verse's text from pieces: a string is text as read, `null` a place where markup stood. */
function textOf(pieces: (string | null)[]): string {
  const text = new VerseText();
  for (const piece of pieces) {
    if (piece === null) text.soft();
    else text.add(piece);
  }
  return text.finish();
}

describe('a verse text built from the pieces around markup', () => {
  it.each([
    { pieces: ['alpha', null, 'beta'], text: 'alpha beta' },
    { pieces: ['alpha,', null, 'beta'], text: 'alpha, beta' },
    { pieces: ['alpha;', null, 'beta'], text: 'alpha; beta' },
    { pieces: ['alpha?', null, 'beta'], text: 'alpha? beta' },
    { pieces: ['alpha!', null, 'beta'], text: 'alpha! beta' },
    { pieces: ['alpha:', null, 'beta'], text: 'alpha: beta' },
    { pieces: ['alpha.', null, 'Beta'], text: 'alpha. Beta' },
    { pieces: ['“alpha”', null, 'beta'], text: '“alpha” beta' },
    { pieces: ['‘alpha’', null, 'beta'], text: '‘alpha’ beta' },
    { pieces: ['(alpha)', null, 'beta'], text: '(alpha) beta' },
    { pieces: ['[alpha]', null, 'beta'], text: '[alpha] beta' },
    { pieces: ['alpha', null, '“beta”'], text: 'alpha “beta”' },
    { pieces: ['alpha', null, '‘beta’'], text: 'alpha ‘beta’' },
    { pieces: ['alpha', null, '(beta)'], text: 'alpha (beta)' },
    { pieces: ['12', null, '34'], text: '12 34' },
    { pieces: ['ἀρχῇ', null, 'ἦν'], text: 'ἀρχῇ ἦν' },
  ])('puts a space between words where markup stood: $text', ({ pieces, text }) => {
    expect(textOf(pieces)).toBe(text);
  });

  it.each([
    { pieces: ['alpha', null, ','], text: 'alpha,' },
    { pieces: ['alpha', null, '.'], text: 'alpha.' },
    { pieces: ['alpha', null, '”'], text: 'alpha”' },
    { pieces: ['alpha', null, ')'], text: 'alpha)' },
    { pieces: ['“', null, 'alpha'], text: '“alpha' },
    { pieces: ['(', null, 'alpha'], text: '(alpha' },
    { pieces: ['alpha—', null, 'beta'], text: 'alpha—beta' },
    { pieces: ['alpha', null, '—beta'], text: 'alpha—beta' },
  ])('joins what markup split inside punctuation: $text', ({ pieces, text }) => {
    expect(textOf(pieces)).toBe(text);
  });

  it.each([
    { pieces: ['alpha', null, null, null, 'beta'], text: 'alpha beta' },
    { pieces: ['alpha ', null, ' beta'], text: 'alpha beta' },
    { pieces: ['alpha', null, ' ', null, ','], text: 'alpha ,' },
    { pieces: ['alpha  \n\t beta'], text: 'alpha beta' },
    { pieces: [null, 'alpha', null], text: 'alpha' },
    { pieces: ['  alpha beta \n'], text: 'alpha beta' },
    { pieces: [null, null], text: '' },
    { pieces: [], text: '' },
  ])('collapses spaces and breaks to one space, trimmed: "$text"', ({ pieces, text }) => {
    expect(textOf(pieces)).toBe(text);
  });

  it('starts again empty after each verse', () => {
    const text = new VerseText();
    text.add('alpha');
    expect(text.finish()).toBe('alpha');
    text.add('beta');
    expect(text.finish()).toBe('beta');
    expect(text.finish()).toBe('');
  });
});
