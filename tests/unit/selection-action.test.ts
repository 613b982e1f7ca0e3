import { describe, expect, it } from 'vitest';
import { selectionAction } from '@/lib/selection-action';

describe('selectionAction', () => {
  it.each([
    ['see heb 7:25 here', { kind: 'passage', osis: 'Heb.7.25' }],
    ['Romans 8:26–27 and 34', { kind: 'passage', osis: 'Rom.8.26-Rom.8.27,Rom.8.34' }],
    ['  make   intercession ', { kind: 'words', text: 'make intercession' }],
    ['', { kind: 'none' }],
    [undefined, { kind: 'none' }],
    ['x'.repeat(3000), { kind: 'none' }],
  ])('%j', (selection, expected) => {
    expect(selectionAction(selection)).toEqual(expected);
  });
});
