/**
 * The content script's memory of passages it has asked for, so a prefetched card opens
 * with no round trip, and a passage is never asked for twice at once.
 */
import type { Passage } from '../bible/passage';
import type { TranslationId } from '../bible/translations';
import type { PassageQuery, Reply } from '../messaging/contract';

/** How the store reaches the background (lib/messaging's send, bound). */
export interface PassageTransport {
  getPassage(query: PassageQuery): Promise<Passage>;
  getPassages(items: PassageQuery[]): Promise<Reply<Passage>[]>;
}

/** The most passages one prefetch request carries. */
export const PREFETCH_BATCH = 50;

/** Passages by translation and OSIS id, fetched once. */
export class PassageStore {
  private entries = new Map<string, Promise<Passage>>();
  private settledValues = new Map<string, Passage>();
  /** Keys whose entry is a pending prefetch batch (which may hold many books' worth of work). */
  private batched = new Set<string>();

  constructor(private readonly transport: PassageTransport) {}

  private key(osis: string, translation: TranslationId): string {
    return `${translation}:${osis}`;
  }

  /** The passage if it has already arrived (for a synchronous first render). */
  peek(osis: string, translation: TranslationId): Passage | undefined {
    return this.settledValues.get(this.key(osis, translation));
  }

  /** Whether the passage is here or on its way. */
  has(osis: string, translation: TranslationId): boolean {
    return this.entries.has(this.key(osis, translation));
  }

  /**
   * The passage, from memory or the background. A failure is not remembered, so a later call
   * retries. When the passage is still inside a pending prefetch batch, it is also asked for
   * on its own, so an open card never waits for the rest of the batch.
   */
  get(osis: string, translation: TranslationId): Promise<Passage> {
    const key = this.key(osis, translation);
    const entry = this.entries.get(key);
    if (entry && !this.batched.has(key)) return entry;
    const direct = this.transport.getPassage({ osis, translation });
    const result = entry ? Promise.any([direct, entry]).catch(() => direct) : direct;
    this.batched.delete(key);
    this.track(key, result);
    return result;
  }

  /** Asks for every passage not yet here, in batches; failures are dropped quietly (the card will ask again). */
  async prefetch(osisList: readonly string[], translation: TranslationId): Promise<void> {
    const wanted = [...new Set(osisList)].filter((osis) => !this.has(osis, translation));
    for (let i = 0; i < wanted.length; i += PREFETCH_BATCH) {
      const batch = wanted.slice(i, i + PREFETCH_BATCH);
      const request = this.transport.getPassages(batch.map((osis) => ({ osis, translation })));
      batch.forEach((osis, j) => {
        const entry = request.then((replies) => {
          const reply = replies[j];
          if (!reply?.ok) throw new Error(reply ? reply.error.message : 'no reply');
          return reply.value;
        });
        const key = this.key(osis, translation);
        this.batched.add(key);
        entry.finally(() => this.batched.delete(key)).catch(() => undefined);
        this.track(key, entry);
      });
      await request.catch(() => undefined);
    }
  }

  private track(key: string, entry: Promise<Passage>): void {
    this.entries.set(key, entry);
    entry.then(
      (passage) => this.settledValues.set(key, passage),
      () => this.entries.delete(key),
    );
  }
}
