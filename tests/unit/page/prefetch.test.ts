/**
 * The prefetcher: asks for what comes near the viewport, but not while a scan pass is under
 * way (the worker's answers would compete with it), and again for everything near after a
 * translation change.
 */
import { describe, expect, it } from 'vitest';
import { Prefetcher } from '@/lib/page/prefetch';
import type { FoundRef } from '@/lib/page/registry';

const ref = (osis: string) => ({ osis }) as FoundRef;

function setup() {
  const state = { busy: false, near: [ref('Heb.7.25'), ref('Rom.8.34')] };
  const asked: string[][] = [];
  const prefetcher = new Prefetcher({
    busy: () => state.busy,
    nearRefs: () => state.near,
    fetch: (list) => asked.push(list),
  });
  return { state, asked, prefetcher };
}

describe('Prefetcher', () => {
  it('asks at once for what comes near while no scan is under way', () => {
    const { asked, prefetcher } = setup();
    prefetcher.near([ref('John.17.9'), ref('John.17.20')]);
    expect(asked).toEqual([['John.17.9', 'John.17.20']]);
    prefetcher.settled();
    expect(asked).toHaveLength(1);
  });

  it('holds what comes near during a scan and asks for it all when the scan settles', () => {
    const { state, asked, prefetcher } = setup();
    state.busy = true;
    prefetcher.near([ref('John.17.9')]);
    prefetcher.near([ref('1John.2.1')]);
    expect(asked).toEqual([]);
    state.busy = false;
    prefetcher.settled();
    expect(asked).toEqual([['John.17.9', '1John.2.1']]);
  });

  it('asks again for everything near after a reset, and for nothing once stopped', () => {
    const { state, asked, prefetcher } = setup();
    prefetcher.reset();
    expect(asked).toEqual([['Heb.7.25', 'Rom.8.34']]);
    state.busy = true;
    prefetcher.near([ref('John.17.9')]);
    prefetcher.stop();
    state.busy = false;
    prefetcher.settled();
    prefetcher.near([ref('Jas.5.16')]);
    prefetcher.reset();
    expect(asked).toHaveLength(1);
  });
});
