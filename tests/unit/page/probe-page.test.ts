// @vitest-environment happy-dom
/**
 * The page's first stage: one settings read, the page code loaded only where the text may hold
 * a reference (now or when content arrives later), the settings and messages handed on.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import {
  PageProbe,
  takeHandoff,
  leaveHandoff,
  type PageHandoff,
  type ProbeDeps,
} from '@/lib/page/probe-page';

type StorageListener = Parameters<ProbeDeps['onStorageChange']>[0];
type MessageListener = Parameters<ProbeDeps['onMessage']>[0];

function setup(
  body: string,
  stored: Record<string, unknown> = {},
  hostname = 'example.com',
  local: Record<string, unknown> = {},
  /** Holds the storage.local read until the test lets it answer. */
  localGate?: Promise<void>,
) {
  document.body.innerHTML = body;
  const reads: (readonly string[])[] = [];
  const localReads: string[] = [];
  const loads: PageHandoff[] = [];
  const idle: (() => void)[] = [];
  let storageListener: StorageListener | undefined;
  let messageListener: MessageListener | undefined;
  let alive = true;
  const probe = new PageProbe({
    doc: document,
    hostname,
    read: async (names) => {
      reads.push(names);
      return Object.fromEntries(names.filter((n) => n in stored).map((n) => [n, stored[n]]));
    },
    readLocal: async (key) => {
      localReads.push(key);
      await localGate;
      return key in local ? { [key]: local[key] } : {};
    },
    onStorageChange: (listener) => (storageListener = listener),
    onMessage: (listener) => (messageListener = listener),
    load: async (handoff) => void loads.push(handoff),
    idle: (callback) => void idle.push(callback),
    alive: () => alive,
  });
  return {
    probe,
    reads,
    localReads,
    loads,
    /** Lets mutation observers report, then runs what waited for idle time, and what that started. */
    async settle() {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const callback of idle.splice(0)) callback();
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    /** Whether the first stage listens for storage changes (only once it has read the settings). */
    watchingStorage: () => storageListener !== undefined,
    /** A storage change, as the browser reports it to a listener (none reaches a page that added none). */
    change: (changes: Record<string, unknown>, area = 'sync') =>
      storageListener?.(
        Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, { newValue: v }])),
        area,
      ),
    message: (message: unknown) => messageListener!(message),
    listening: () => messageListener !== undefined,
    kill: () => (alive = false),
  };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('PageProbe', () => {
  it('reads the page’s settings in one storage call and loads the page code where a reference is', async () => {
    const page = setup('<p>Read Hebrews 7:25 today.</p>', {
      translation: 'KJV',
      hoverDelay: 120,
      textSize: 'large',
    });
    await page.probe.start();
    expect(page.reads).toHaveLength(1);
    expect([...page.reads[0]!].sort()).toEqual(
      [
        'caseInsensitive',
        'chapterOnly',
        'disabledSites',
        // The list of sites may be kept in parts (storage.sync's 8 KB per item): read in the same call.
        ...Array.from({ length: 7 }, (_, i) => `disabledSites.${i + 1}`),
        'excludeSelectors',
        'hoverDelay',
        'secondTranslation',
        'skipCode',
        'textSize',
        'theme',
        'translation',
      ].sort(),
    );
    expect(page.loads).toHaveLength(1);
    expect(page.loads[0]!.settings).toEqual({
      translation: 'KJV',
      secondTranslation: 'none',
      hoverDelay: 120,
      theme: 'auto',
      textSize: 'large',
      chapterOnly: true,
      caseInsensitive: false,
      skipCode: true,
      excludeSelectors: '',
      disabledSites: [],
    });
  });

  it('takes a stored value it cannot use as the default', async () => {
    const page = setup('<p>John 3:16</p>', {
      translation: 'NIV',
      hoverDelay: 'slow',
      disabledSites: 'x',
      textSize: 'huge',
    });
    await page.probe.start();
    expect(page.loads[0]!.settings).toMatchObject({
      translation: 'WEB',
      hoverDelay: 300,
      disabledSites: [],
      textSize: 'normal',
    });
  });

  it('loads nothing on a page without references', async () => {
    const page = setup('<p>The meeting is at 9:45 in room 12; mark 4 people down.</p><p>Is 2 enough?</p>');
    await page.probe.start();
    await page.settle();
    expect(page.loads).toHaveLength(0);
    expect(page.probe.loaded).toBe(false);
  });

  it('reads no settings and adds no listener where nothing could be a reference under any settings', async () => {
    const page = setup('<p>Nothing here names a passage; the meeting is at 9:45 in room 12.</p>');
    await page.probe.start();
    await page.settle();
    expect(page.reads).toEqual([]);
    expect(page.watchingStorage()).toBe(false);
    // Text added later that could be one under some settings ("mark 4:15" with small-letter
    // names) has them read, once, and they decide: here, not a reference.
    const p = document.createElement('p');
    p.textContent = 'Then read mark 4:15 again.';
    document.body.append(p);
    await page.settle();
    expect(page.reads).toHaveLength(1);
    expect(page.watchingStorage()).toBe(true);
    expect(page.loads).toHaveLength(0);
    // Still watched: a reference added after the read loads the page code.
    const q = document.createElement('p');
    q.textContent = 'And Mark 4:20.';
    document.body.append(q);
    await page.settle();
    expect(page.reads).toHaveLength(1);
    expect(page.loads).toHaveLength(1);
  });

  it('reads the settings for small-letter names and keeps watching when they are off', async () => {
    const page = setup('<p>read mark 4:15 tonight</p>');
    await page.probe.start();
    expect(page.reads).toHaveLength(1);
    expect(page.loads).toHaveLength(0);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Mark 4:20' }));
    await page.settle();
    expect(page.loads).toHaveLength(1);
  });

  it('stops watching a site the reader turned off once text worth the settings arrives', async () => {
    const page = setup('<main><p>Comments</p></main>', { disabledSites: ['example.com'] });
    await page.probe.start();
    const main = document.querySelector('main')!;
    main.append(Object.assign(document.createElement('p'), { textContent: 'Heb 7:25' }));
    await page.settle();
    expect(page.reads).toHaveLength(1);
    expect(page.loads).toHaveLength(0);
    main.append(Object.assign(document.createElement('p'), { textContent: 'Rom 8:34' }));
    await page.settle();
    expect(page.loads).toHaveLength(0);
    page.change({ disabledSites: [] });
    expect(page.loads).toHaveLength(1);
  });

  it('asks the browser for its language (the default translation) only where the page code loads', async () => {
    const asked: string[] = [];
    const scope = globalThis as { chrome?: unknown };
    const saved = scope.chrome;
    scope.chrome = { i18n: { getMessage: (id: string) => (asked.push(id), 'es') } };
    try {
      const plain = setup('<p>Nothing here names a passage.</p>');
      await plain.probe.start();
      await plain.settle();
      expect(asked).toEqual([]);
      const page = setup('<p>Read Hebrews 7:25 today.</p>');
      await page.probe.start();
      expect(asked).toEqual(['lang']);
      expect(page.loads[0]!.settings.translation).toBe('RV1909');
    } finally {
      scope.chrome = saved;
    }
  });

  it('loads the page code when a reference arrives later, once', async () => {
    const page = setup('<main><p>Comments</p></main>');
    await page.probe.start();
    const p = document.createElement('p');
    p.textContent = 'Pray as in 1 Tim 2:1.';
    document.querySelector('main')!.append(p);
    await page.settle();
    expect(page.loads).toHaveLength(1);
    document.querySelector('main')!.append(p.cloneNode(true));
    await page.settle();
    expect(page.loads).toHaveLength(1);
  });

  it('looks into open shadow roots, nested ones too, and watches them for what arrives later', async () => {
    const page = setup('<forum-post id="post"></forum-post>');
    const outer = document.getElementById('post')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>Replies</p><reply-box id="box"></reply-box>';
    const inner = outer.getElementById('box')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Nothing yet.</p>';
    await page.probe.start();
    await page.settle();
    expect(page.loads).toHaveLength(0);
    const p = document.createElement('p');
    p.textContent = 'Pray as in 1 Tim 2:1.';
    inner.append(p);
    await page.settle();
    expect(page.loads).toHaveLength(1);
  });

  it('loads the page code for a reference that is only in a shadow root', async () => {
    const page = setup('<comment-box id="c"></comment-box>');
    document.getElementById('c')!.attachShadow({ mode: 'open' }).innerHTML = '<p>See Heb 7:25.</p>';
    await page.probe.start();
    expect(page.loads).toHaveLength(1);
  });

  it('reads a change with the text around it, so a reference completed by it is seen', async () => {
    const page = setup('<p>See John <span id="v"></span> for more.</p>');
    await page.probe.start();
    document.getElementById('v')!.textContent = '3:16';
    await page.settle();
    expect(page.loads).toHaveLength(1);
  });

  it('does nothing on a site the reader turned off, until it is turned back on', async () => {
    const page = setup('<p>Romans 8:34</p>', { disabledSites: ['example.com'] }, 'www.example.com');
    await page.probe.start();
    expect(page.loads).toHaveLength(0);
    page.change({ disabledSites: ['other.org'] });
    expect(page.loads).toHaveLength(1);
  });

  it('joins a list of sites kept in parts, and follows a change to one part', async () => {
    const page = setup(
      '<p>Romans 8:34</p>',
      { disabledSites: ['a.org'], 'disabledSites.1': ['b.org'], 'disabledSites.2': ['example.com'] },
      'example.com',
    );
    await page.probe.start();
    expect(page.loads).toHaveLength(0);
    // The part that named this site is emptied; the other parts are unchanged and not reported.
    page.change({ 'disabledSites.2': [] });
    expect(page.loads).toHaveLength(1);
    expect(page.loads[0]!.settings.disabledSites).toEqual(['a.org', 'b.org']);
    const seen: unknown[] = [];
    page.loads[0]!.onSettingsChange((change) => seen.push(change));
    page.change({ 'disabledSites.1': ['b.org', 'c.org'] });
    expect(seen).toEqual([{ disabledSites: ['a.org', 'b.org', 'c.org'] }]);
  });

  it('looks again when small-letter names are turned on', async () => {
    const page = setup('<p>read mark 4:15 tonight</p>');
    await page.probe.start();
    expect(page.loads).toHaveLength(0);
    page.change({ caseInsensitive: true });
    expect(page.loads).toHaveLength(1);
    expect(page.loads[0]!.settings.caseInsensitive).toBe(true);
  });

  it('hands later setting changes to the page code: only those that changed, checked', async () => {
    const page = setup('<p>Heb 7:25</p>');
    await page.probe.start();
    const changes: unknown[] = [];
    page.loads[0]!.onSettingsChange((change) => changes.push(change));
    page.change({ theme: 'dark', badgeCount: false });
    page.change({ hoverDelay: -5 });
    page.change({ somethingElse: 1 });
    // Settings live in sync storage: the same names in another area are not theirs.
    page.change({ theme: 'light' }, 'local');
    page.change({ theme: 'light' }, 'session');
    expect(changes).toEqual([{ theme: 'dark' }, { hoverDelay: 300 }]);
  });

  it('listens for messages only once the page code loads, and hands them on', async () => {
    const page = setup('<p>No references here.</p>');
    await page.probe.start();
    expect(page.listening()).toBe(false);

    const p = document.createElement('p');
    p.textContent = 'Jude 24';
    document.body.append(p);
    await page.settle();
    expect(page.listening()).toBe(true);
    // Between the import and the page code's own listener, nothing answers.
    expect(page.message({ type: 'intercede:pageStatus' })).toBeUndefined();
    const seen: unknown[] = [];
    page.loads[0]!.onTabMessage((message) => {
      seen.push(message);
      return Promise.resolve({ refs: 1, capped: false });
    });
    await expect(page.message({ type: 'intercede:pageStatus' })).resolves.toEqual({ refs: 1, capped: false });
    expect(page.message({ type: 'nope' })).toBeUndefined();
    expect(page.message('intercede:pageStatus')).toBeUndefined();
    expect(seen).toEqual([{ type: 'intercede:pageStatus' }]);
  });

  it('reads the imported translations only where the page code loads, and hands on each change', async () => {
    const lsg = { id: 'u:LSG', name: 'Louis Segond', language: 'fr' };
    const nbla = { id: 'u:NBLA', name: 'Nueva Biblia de las Américas', language: 'es' };
    const plain = setup('<p>No references here.</p>', {}, 'example.com', { importedTranslations: [lsg] });
    await plain.probe.start();
    await plain.settle();
    expect(plain.watchingStorage()).toBe(false);
    expect(plain.localReads).toEqual([]);

    const page = setup('<p>Heb 7:25</p>', {}, 'example.com', { importedTranslations: [lsg] });
    await page.probe.start();
    expect(page.localReads).toEqual(['importedTranslations']);
    const handoff = page.loads[0]!;
    await expect(handoff.imported).resolves.toEqual([lsg]);
    const seen: unknown[] = [];
    handoff.onImportedChange((list) => seen.push(list));
    page.change({ importedTranslations: [lsg, nbla] }, 'local');
    // Another key of storage.local, or the same name in sync storage, is not the list.
    page.change({ savedList: [] }, 'local');
    page.change({ importedTranslations: [] }, 'sync');
    page.change({ importedTranslations: 'garbage' }, 'local');
    // Handed on as stored: the page code checks it (importedListFrom).
    expect(seen).toEqual([[lsg, nbla], 'garbage']);
  });

  it('hands on no imported translations when storage.local cannot be read, and still loads the page code', async () => {
    const page = setup(
      '<p>Heb 7:25</p>',
      {},
      'example.com',
      {},
      Promise.reject(new Error('no local storage')),
    );
    await page.probe.start();
    expect(page.loads).toHaveLength(1);
    await expect(page.loads[0]!.imported).resolves.toBeUndefined();
  });

  it('hands on the latest imported translations when they changed while the page code loaded', async () => {
    const lsg = { id: 'u:LSG', name: 'Louis Segond', language: 'fr' };
    let answer!: () => void;
    const gate = new Promise<void>((resolve) => (answer = resolve));
    const page = setup('<p>Heb 7:25</p>', {}, 'example.com', { importedTranslations: [lsg] }, gate);
    await page.probe.start();
    page.change({ importedTranslations: [] }, 'local');
    answer();
    await expect(page.loads[0]!.imported).resolves.toEqual([]);
  });

  it('stops watching the page once the extension is gone', async () => {
    const page = setup('<main></main>');
    await page.probe.start();
    page.kill();
    document.querySelector('main')!.innerHTML = '<p>Hebrews 4:16</p>';
    await page.settle();
    document.querySelector('main')!.innerHTML = '<p>Hebrews 4:14</p>';
    await page.settle();
    expect(page.loads).toHaveLength(0);
  });
});

describe('the handoff', () => {
  it('is taken once', () => {
    const scope = {};
    const handoff = { settings: {} } as PageHandoff;
    leaveHandoff(scope, handoff);
    expect(takeHandoff(scope)).toBe(handoff);
    expect(takeHandoff(scope)).toBeUndefined();
  });
});
