import { describe, expect, it } from 'vitest';
import { SharedOnce } from '@/lib/db/shared-once';

describe('SharedOnce', () => {
  it('makes its promise once and shares it', async () => {
    let made = 0;
    const once = new SharedOnce(async () => ++made);
    expect(await Promise.all([once.get(), once.get()])).toEqual([1, 1]);
    expect(await once.get()).toBe(1);
    expect(made).toBe(1);
  });

  it('makes it again after a failure, and after reset', async () => {
    let made = 0;
    const once = new SharedOnce(async () => {
      made++;
      if (made === 1) throw new Error('damaged pack');
      return made;
    });
    await expect(once.get()).rejects.toThrow('damaged pack');
    expect(once.current).toBeUndefined();
    expect(await once.get()).toBe(2);
    once.reset();
    expect(await once.get()).toBe(3);
  });
});
