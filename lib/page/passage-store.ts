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

/** The most passages one prefetch request carries (a reference in two translations counts twice). */
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

  /**
   * The passage in each of `translations` (a card showing two), like `get`; those not here nor
   * on their own way are asked for together, in one request.
   */
  getAll(osis: string, translations: readonly TranslationId[]): Promise<Passage>[] {
    const missing = translations.filter((translation) => {
      const key = this.key(osis, translation);
      return !this.entries.has(key) || this.batched.has(key);
    });
    if (missing.length < 2) return translations.map((translation) => this.get(osis, translation));
    const request = this.transport.getPassages(missing.map((translation) => ({ osis, translation })));
    for (const [j, translation] of missing.entries()) {
      const key = this.key(osis, translation);
      const pending = this.entries.get(key);
      // An item the batch could not answer (too long for one) is asked for alone, which also
      // gives its failure the code the card puts into words.
      const alone = () => this.transport.getPassage({ osis, translation });
      const direct = request.then(
        (replies) => (replies[j]?.ok ? replies[j].value : alone()),
        () => alone(),
      );
      const result = pending ? Promise.any([direct, pending]).catch(() => direct) : direct;
      this.batched.delete(key);
      this.track(key, result);
    }
    return translations.map((translation) => this.entries.get(this.key(osis, translation))!);
  }

  /**
   * Asks for every passage not yet here in each translation, in batches that carry a
   * reference's translations together; failures are dropped quietly (the card will ask again).
   */
  async prefetch(osisList: readonly string[], translations: readonly TranslationId[]): Promise<void> {
    const wanted = [...new Set(osisList)].flatMap((osis) =>
      translations
        .filter((translation) => !this.has(osis, translation))
        .map((translation) => ({ osis, translation })),
    );
    for (let i = 0; i < wanted.length; i += PREFETCH_BATCH) {
      const batch = wanted.slice(i, i + PREFETCH_BATCH);
      const request = this.transport.getPassages(batch);
      batch.forEach(({ osis, translation }, j) => {
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
