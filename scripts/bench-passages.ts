/**
 * `npm run bench:passages`: getPassage latency in a real Chromium with the built extension,
 * as an extension page sees it (message round trip included).
 * - cold: the first lookup in a book, which copies that book's pack into IndexedDB;
 * - warm: lookups answered from IndexedDB;
 * - after a service-worker restart: the first lookup of a new worker instance.
 */
import { printLatencies } from './bench-stats';
import { launchExtension } from '../tests/e2e/support/chromium';

const PASSAGES = [
  'Gen.18.22-Gen.18.33',
  'Exod.32.11-Exod.32.14',
  'Lev.16.1-Lev.16.34',
  'Num.16.46-Num.16.48',
  'Deut.9.25-Deut.9.29',
  '1Sam.12.23',
  'Job.42.7-Job.42.10',
  'Ps.106.23',
  'Isa.53.12',
  'Ezek.22.30',
  'Dan.9.3-Dan.9.19',
  'Zech.3.1-Zech.3.5',
  'Matt.5.44',
  'Luke.22.31-Luke.22.32',
  'John.17',
  'Rom.8.26-Rom.8.27,Rom.8.34',
  '1Tim.2.1-1Tim.2.5',
  'Heb.7.25',
  'Jas.5.16',
  '1John.2.1-1John.2.2',
];
const WARM_ROUNDS = 20;

async function main(): Promise<void> {
  const browser = await launchExtension();
  try {
    const page = await browser.openExtensionPage('popup.html');
    const time = (osis: string, translation: string) =>
      page.evaluate<{ ms: number; source: string }>(`(async () => {
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage(${JSON.stringify({ type: 'getPassage', osis, translation })});
        if (!reply.ok) throw new Error(reply.error.message);
        return { ms: performance.now() - started, source: reply.value.source };
      })()`);
    const cold: number[] = [];
    for (const osis of PASSAGES) {
      const { ms, source } = await time(osis, 'WEB');
      if (source !== 'pack') throw new Error(`${osis} was expected to load its pack`);
      cold.push(ms);
      // Let the book's IndexedDB write land before the next cold lookup, as between two hovers.
      await page.waitForFunction(
        `chrome.runtime.sendMessage({ type: 'getStatus' }).then((r) => r.value.cachedBooks.WEB === ${cold.length})`,
      );
    }
    const warm: number[] = [];
    for (let round = 0; round < WARM_ROUNDS; round++) {
      for (const osis of PASSAGES) {
        const { ms, source } = await time(osis, 'WEB');
        if (source === 'pack') throw new Error(`${osis} was expected from memory or IndexedDB`);
        warm.push(ms);
      }
    }
    const restarted: number[] = [];
    for (let i = 0; i < 5; i++) {
      await browser.stopServiceWorker();
      restarted.push((await time('Heb.7.25', 'WEB')).ms);
    }
    // The largest requests a sender can make: the whole Bible, alone and 200 times in a batch.
    const largest = (message: object) =>
      page.evaluate<{ ms: number; verses: number; refused: number }>(`(async () => {
        const started = performance.now();
        const reply = await chrome.runtime.sendMessage(${JSON.stringify(message)});
        const ms = performance.now() - started;
        if (!reply.ok) throw new Error(reply.error.message);
        const items = Array.isArray(reply.value) ? reply.value : [{ ok: true, value: reply.value }];
        let verses = 0;
        let refused = 0;
        for (const item of items) {
          if (item.ok) verses += item.value.verses.length;
          else refused++;
        }
        return { ms, verses, refused };
      })()`);
    const whole = { type: 'getPassage', osis: 'Gen.1-Rev.22', translation: 'KJV' };
    const big = [
      ['getPassage Gen.1-Rev.22 (KJV), first page', await largest(whole)],
      [
        'getPassage Gen.1-Rev.22 (KJV), the page from verse 30,001',
        await largest({ ...whole, from: 30_000 }),
      ],
      [
        'getPassages, 200 × Gen.1-Rev.22 (KJV)',
        await largest({
          type: 'getPassages',
          items: Array.from({ length: 200 }, () => ({ ...whole, type: undefined })),
        }),
      ],
    ] as const;

    console.log(`getPassage in Chromium (${PASSAGES.length} passages, WEB; ${warm.length} warm lookups)\n`);
    printLatencies(
      'lookup',
      [
        ['cold (book pack → IndexedDB)', cold],
        ['warm (the worker’s memory for its last 8 books, else IndexedDB)', warm],
        ['first after a service-worker restart (IndexedDB)', restarted],
      ],
      2,
    );
    console.log('\n| the largest requests | verses answered | items refused (too-large) | time |');
    console.log('|---|---:|---:|---:|');
    for (const [name, r] of big) {
      console.log(`| ${name} | ${r.verses.toLocaleString('en')} | ${r.refused} | ${r.ms.toFixed(1)} ms |`);
    }
  } finally {
    await browser.close();
  }
}

await main();
