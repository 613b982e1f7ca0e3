import { describe, expect, it, vi } from 'vitest';
import type { Passage } from '@/lib/bible/passage';
import type { PassageQuery, Reply } from '@/lib/messaging/contract';
import { PassageStore, PREFETCH_BATCH } from '@/lib/page/passage-store';

const passage = ({ osis, translation }: PassageQuery): Passage => ({
  osis,
  translation,
  label: osis,
  verses: [],
  omitted: [],
  source: 'cache',
});

function transport() {
  return {
    getPassage: vi.fn(async (q: PassageQuery) => passage(q)),
    getPassages: vi.fn(async (items: PassageQuery[]) =>
      items.map((q): Reply<Passage> =>
        q.osis === 'Bad.1.1'
          ? { ok: false, error: { code: 'invalid-reference', message: 'bad' } }
          : { ok: true, value: passage(q) },
      ),
    ),
  };
}

describe('PassageStore', () => {
  it('prefetches in batches, once per passage, and then answers from memory', async () => {
    const t = transport();
    const store = new PassageStore(t);
    const list = Array.from({ length: PREFETCH_BATCH + 10 }, (_, i) => `Ps.${i + 1}`);
    await store.prefetch([...list, 'Ps.1'], ['WEB']);
    expect(t.getPassages).toHaveBeenCalledTimes(2);
    expect(t.getPassages.mock.calls[0]![0]).toHaveLength(PREFETCH_BATCH);
    expect(t.getPassages.mock.calls[1]![0]).toHaveLength(10);
    await store.prefetch(list, ['WEB']);
    expect(t.getPassages).toHaveBeenCalledTimes(2);
    expect(store.peek('Ps.3', 'WEB')).toMatchObject({ osis: 'Ps.3' });
    expect(store.peek('Ps.3', 'KJV')).toBeUndefined();
    await store.get('Ps.3', 'WEB');
    expect(t.getPassage).not.toHaveBeenCalled();
  });

  it('asks on its own for a passage still waiting in a prefetch batch', async () => {
    const t = transport();
    let release!: () => void;
    t.getPassages.mockImplementationOnce(
      (items) =>
        new Promise((resolve) => {
          release = () => resolve(items.map((q) => ({ ok: true, value: passage(q) })));
        }),
    );
    const store = new PassageStore(t);
    const prefetching = store.prefetch(['Heb.7.25', 'Rom.8.34'], ['WEB']);
    await expect(store.get('Heb.7.25', 'WEB')).resolves.toMatchObject({ osis: 'Heb.7.25' });
    expect(t.getPassage).toHaveBeenCalledTimes(1);
    release();
    await prefetching;
    await store.get('Rom.8.34', 'WEB');
    expect(t.getPassage).toHaveBeenCalledTimes(1);
  });

  it('shares one request between concurrent gets', async () => {
    const t = transport();
    const store = new PassageStore(t);
    await Promise.all([store.get('Heb.7.25', 'WEB'), store.get('Heb.7.25', 'WEB')]);
    expect(t.getPassage).toHaveBeenCalledTimes(1);
  });

  it('forgets failures so a later lookup asks again', async () => {
    const t = transport();
    const store = new PassageStore(t);
    await store.prefetch(['Bad.1.1'], ['WEB']);
    await Promise.resolve();
    expect(store.has('Bad.1.1', 'WEB')).toBe(false);
    t.getPassage.mockRejectedValueOnce(new Error('offline'));
    await expect(store.get('Heb.7.25', 'WEB')).rejects.toThrow('offline');
    await expect(store.get('Heb.7.25', 'WEB')).resolves.toMatchObject({ osis: 'Heb.7.25' });
  });

  it('prefetches a reference in two translations in the same request, and one as before', async () => {
    const t = transport();
    const store = new PassageStore(t);
    await store.prefetch(['Heb.7.25', 'Rom.8.34'], ['WEB', 'KJV']);
    expect(t.getPassages).toHaveBeenCalledTimes(1);
    expect(t.getPassages.mock.calls[0]![0]).toEqual([
      { osis: 'Heb.7.25', translation: 'WEB' },
      { osis: 'Heb.7.25', translation: 'KJV' },
      { osis: 'Rom.8.34', translation: 'WEB' },
      { osis: 'Rom.8.34', translation: 'KJV' },
    ]);
    expect(store.peek('Rom.8.34', 'KJV')).toMatchObject({ translation: 'KJV' });
    // The second translation turned off: only what is not here yet is asked for.
    await store.prefetch(['Heb.7.25', 'John.17.9'], ['WEB']);
    expect(t.getPassages.mock.calls[1]![0]).toEqual([{ osis: 'John.17.9', translation: 'WEB' }]);
  });

  it('asks for a card’s two translations in one request, alone for what the batch cannot answer', async () => {
    const t = transport();
    const store = new PassageStore(t);
    const [web, kjv] = store.getAll('Heb.7.25', ['WEB', 'KJV']);
    await expect(web).resolves.toMatchObject({ translation: 'WEB' });
    await expect(kjv).resolves.toMatchObject({ translation: 'KJV' });
    expect(t.getPassages).toHaveBeenCalledTimes(1);
    expect(t.getPassage).not.toHaveBeenCalled();
    // Both here: nothing is asked; one here: the other alone.
    await Promise.all(store.getAll('Heb.7.25', ['WEB', 'KJV']));
    await Promise.all(store.getAll('Heb.7.25', ['KJV', 'RV1909']));
    expect(t.getPassages).toHaveBeenCalledTimes(1);
    expect(t.getPassage.mock.calls).toEqual([[{ osis: 'Heb.7.25', translation: 'RV1909' }]]);
    t.getPassages.mockResolvedValueOnce([
      { ok: true, value: passage({ osis: 'Ps.119', translation: 'WEB' }) },
      { ok: false, error: { code: 'too-large', message: 'ask alone' } },
    ]);
    const both = store.getAll('Ps.119', ['WEB', 'KJV']);
    await expect(Promise.all(both)).resolves.toMatchObject([{ translation: 'WEB' }, { translation: 'KJV' }]);
    expect(t.getPassage).toHaveBeenLastCalledWith({ osis: 'Ps.119', translation: 'KJV' });
  });
});
