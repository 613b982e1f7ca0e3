/**
 * A promise made once and shared by every caller, for work done once per service-worker
 * lifetime (reading a pack, loading a table). A failure is not kept: the next call makes it
 * again, so a pack that failed to load once is read again rather than reported forever.
 */
export class SharedOnce<T> {
  private promise: Promise<T> | undefined;

  constructor(private readonly make: () => Promise<T>) {}

  /** The shared promise, made now if there is none. */
  get(): Promise<T> {
    if (!this.promise) {
      const made = this.make();
      this.promise = made;
      made.catch(() => {
        if (this.promise === made) this.promise = undefined;
      });
    }
    return this.promise;
  }

  /** The promise made so far, if any, without making one. */
  get current(): Promise<T> | undefined {
    return this.promise;
  }

  /** Forgets the promise, so the next call makes it again. */
  reset(): void {
    this.promise = undefined;
  }
}
