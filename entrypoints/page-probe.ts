/**
 * The content script on every page, declared in wxt.config.ts rather than with WXT's
 * `defineContentScript`, whose wrapper brings WXT's context and, through it, the
 * webextension-polyfill: this script must cost a page without references almost nothing. It
 * reads the settings once, looks at the page's text (lib/page/probe-page.ts), and loads the
 * page code (entrypoints/page-main, a web-accessible module) only where a reference may be.
 */
import { leaveHandoff, PageProbe } from '@/lib/page/probe-page';

/** The few extension APIs used here, as Chrome (`chrome`) and Firefox (`browser`) both offer them. */
interface ExtensionApi {
  runtime: {
    id?: string;
    getURL(path: string): string;
    onMessage: {
      addListener(
        listener: (message: unknown, sender: { id?: string }, respond: (answer: unknown) => void) => boolean,
      ): void;
    };
  };
  storage: {
    sync: { get(keys: string[]): Promise<Record<string, unknown>> };
    local: { get(key: string): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
  const api = (scope.browser ?? scope.chrome)!;
  const probe = new PageProbe({
    doc: document,
    hostname: location.hostname,
    read: (names) => api.storage.sync.get([...names]),
    readLocal: (key) => api.storage.local.get(key),
    onStorageChange: (listener) => api.storage.onChanged.addListener(listener),
    onMessage: (listener) =>
      api.runtime.onMessage.addListener((message, sender, respond) => {
        if (sender.id !== api.runtime.id) return false;
        const answer = listener(message);
        if (!answer) return false;
        // sendResponse, not a returned promise: Chrome answers a listener's promise only lately.
        answer.then(respond, () => respond(undefined));
        return true;
      }),
    load: async (handoff) => {
      leaveHandoff(globalThis, handoff);
      await import(/* @vite-ignore */ api.runtime.getURL('/page-main.js'));
    },
    idle: (callback) => void requestIdleCallback(callback, { timeout: 1000 }),
    alive: () => api.runtime?.id !== undefined,
  });
  void probe.start();
});
