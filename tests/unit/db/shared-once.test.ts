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

  it('shows the promise it holds, and a late failure of a forgotten one does not drop the new one', async () => {
    let fail!: (error: Error) => void;
    let made = 0;
    const once = new SharedOnce(() => {
      made++;
      return made === 1 ? new Promise<number>((_, reject) => (fail = reject)) : Promise.resolve(made);
    });
    const old = once.get();
    expect(once.current).toBe(old);
    once.reset();
    const fresh = once.get();
    fail(new Error('late'));
    await expect(old).rejects.toThrow('late');
    expect(once.current).toBe(fresh);
    expect(await once.get()).toBe(2);
    expect(made).toBe(2);
  });
});
