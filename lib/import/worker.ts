/**
 * The import worker: parses a translation file off the options page's thread (a whole Bible
 * takes a few hundred milliseconds of work the page would otherwise freeze for) and keeps the
 * result, handing the books over one by one. Started by components/options/import-file.ts.
 */
import type { ParsedBible } from './collect';
import { parseTranslationFile } from './parse-file';
import { failureOf, summarize, type FromWorker, type ToWorker } from './worker-protocol';

/** The worker's global scope, as much of it as is used (the project's types are the DOM's). */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

let parsed: ParsedBible | undefined;

scope.onmessage = ({ data }) => {
  if (data.type === 'book') {
    scope.postMessage({ type: 'book', book: parsed?.books.find((b) => b.book === data.book) });
    return;
  }
  parsed = undefined;
  void (async () => {
    try {
      const bytes = new Uint8Array(await data.file.arrayBuffer());
      const result = await parseTranslationFile(bytes, (share) =>
        scope.postMessage({ type: 'progress', share }),
      );
      parsed = result;
      scope.postMessage({ type: 'parsed', summary: summarize(result) });
    } catch (error) {
      scope.postMessage({ type: 'failed', failure: failureOf(error) });
    }
  })();
};
