import { describe, expect, it } from 'vitest';
import { onMenuClick, selectionAction } from '@/lib/selection-action';

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

describe('onMenuClick', () => {
  function actions(openPopup: () => Promise<void> = async () => undefined) {
    const log: string[] = [];
    return {
      log,
      actions: {
        setPending: (q: string | undefined) => void log.push(`pending ${q}`),
        openPopup: async () => {
          log.push('popup');
          await openPopup();
        },
        openTab: async (q: string) => void log.push(`tab ${q}`),
        save: async (osis: string) => void log.push(`save ${osis}`),
      },
    };
  }

  it('looks a reference up in the popup', async () => {
    const { log, actions: a } = actions();
    await onMenuClick('lookup', 'see heb 7:25', a);
    expect(log).toEqual(['pending Hebrews 7:25', 'popup']);
  });

  it('searches words, in a tab where the popup cannot open', async () => {
    const { log, actions: a } = actions(async () => Promise.reject(new Error('no popup here')));
    await onMenuClick('lookup', ' make  intercession ', a);
    expect(log).toEqual(['pending make intercession', 'popup', 'pending undefined', 'tab make intercession']);
  });

  it('saves a reference without opening anything, and looks up words it cannot save', async () => {
    const { log, actions: a } = actions();
    await onMenuClick('save', 'Romans 8:26–27', a);
    await onMenuClick('save', 'make intercession', a);
    await onMenuClick('save', '   ', a);
    expect(log).toEqual(['save Rom.8.26-Rom.8.27', 'pending make intercession', 'popup']);
  });
});
