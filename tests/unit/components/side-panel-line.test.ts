import { describe, expect, it, vi } from 'vitest';
import { PageLine, type LineBrowser, type LinePort, type LineState } from '@/components/side-panel/page-line';
import { REFS_PORT, type PageRefsMessage } from '@/lib/messaging/refs-port';

function event<T extends unknown[]>() {
  const listeners = new Set<(...args: T) => void>();
  return {
    addListener: (l: (...args: T) => void) => void listeners.add(l),
    removeListener: (l: (...args: T) => void) => void listeners.delete(l),
    fire: (...args: T) => [...listeners].forEach((l) => l(...args)),
    get size() {
      return listeners.size;
    },
  };
}

/** A port with both ends in the test's hands. */
function fakePort(sender?: LinePort['sender'], name = REFS_PORT) {
  const messages = event<[unknown]>();
  const closed = event<[]>();
  return {
    name,
    sender,
    postMessage: vi.fn(),
    disconnect: vi.fn(),
    onMessage: messages,
    onDisconnect: closed,
    /** The page sends a message. */
    receive: (m: unknown) => messages.fire(m),
    /** The page end goes away. */
    drop: () => closed.fire(),
  };
}
type FakePort = ReturnType<typeof fakePort>;

function fakeBrowser(active = 7) {
  const ports: { tabId: number; port: FakePort }[] = [];
  let refuse = false;
  const api = {
    tabs: {
      query: vi.fn(async () => [{ id: active }]),
      connect: vi.fn((tabId: number, info: { name: string; frameId: number }) => {
        expect(info).toEqual({ name: REFS_PORT, frameId: 0 });
        if (refuse) throw new Error('No tab with id');
        const port = fakePort();
        ports.push({ tabId, port });
        return port;
      }),
      onActivated: event<[{ tabId: number; windowId: number }]>(),
      onUpdated: event<[number, { status?: string }]>(),
    },
    windows: { getCurrent: vi.fn(async () => ({ id: 1 })) },
    runtime: { onConnect: event<[LinePort]>() },
  };
  return {
    api,
    ports,
    last: () => ports.at(-1)!,
    refuse: () => (refuse = true),
  };
}

const list = (n: number): PageRefsMessage => ({
  type: 'refs',
  title: 'Page',
  capped: false,
  refs: Array.from({ length: n }, (_, i) => ({ id: i, osis: 'Heb.7.25', text: 'Heb 7:25' })),
});

async function started(active = 7, pinned?: number) {
  const b = fakeBrowser(active);
  const states: LineState[] = [];
  const line = new PageLine(b.api as unknown as LineBrowser, (s) => states.push(s), pinned);
  await line.start();
  return { ...b, states, line, kinds: () => states.map((s) => s.kind) };
}

describe('PageLine', () => {
  it('follows the active tab of its window and reports the list its page sends', async () => {
    const t = await started();
    expect(t.api.tabs.query).toHaveBeenCalledWith({ active: true, windowId: 1 });
    expect(t.last().tabId).toBe(7);
    t.last().port.receive(list(2));
    expect(t.states.at(-1)).toEqual({ kind: 'list', message: list(2) });
    // A malformed message is not taken.
    t.last().port.receive({ type: 'refs', title: 'x', capped: false, refs: [{ id: 'a' }] });
    expect(t.states).toHaveLength(2);
  });

  it('says there is nothing when no page code answers', async () => {
    const t = await started();
    t.last().port.drop();
    expect(t.kinds()).toEqual(['waiting', 'none']);
  });

  it('moves to the tab activated in its window, and not to one in another window', async () => {
    const t = await started();
    const first = t.last().port;
    t.api.tabs.onActivated.fire({ tabId: 9, windowId: 2 });
    expect(t.ports).toHaveLength(1);
    t.api.tabs.onActivated.fire({ tabId: 8, windowId: 1 });
    expect(first.disconnect).toHaveBeenCalled();
    expect(t.last().tabId).toBe(8);
    // The old page's late list is not shown for the new tab.
    first.receive(list(5));
    first.drop();
    expect(t.kinds()).toEqual(['waiting', 'waiting']);
  });

  it('follows a pinned tab whatever is active', async () => {
    const t = await started(7, 42);
    expect(t.api.windows.getCurrent).not.toHaveBeenCalled();
    expect(t.last().tabId).toBe(42);
    t.api.tabs.onActivated.fire({ tabId: 8, windowId: 1 });
    expect(t.ports).toHaveLength(1);
  });

  it('waits while its tab loads a new page, takes the port the new page opens, and asks again once it has loaded', async () => {
    const t = await started();
    t.last().port.drop();
    t.api.tabs.onUpdated.fire(7, { status: 'loading' });
    expect(t.states.at(-1)).toEqual({ kind: 'waiting' });
    // Another tab's page, and a frame of this tab, are not taken.
    const other = fakePort({ tab: { id: 3 }, frameId: 0 });
    t.api.runtime.onConnect.fire(other);
    expect(other.disconnect).toHaveBeenCalled();
    const frame = fakePort({ tab: { id: 7 }, frameId: 4 });
    t.api.runtime.onConnect.fire(frame);
    expect(frame.disconnect).toHaveBeenCalled();
    const elsewhere = fakePort({ tab: { id: 7 }, frameId: 0 }, 'other-port');
    t.api.runtime.onConnect.fire(elsewhere);
    expect(elsewhere.disconnect).not.toHaveBeenCalled();

    const announced = fakePort({ tab: { id: 7 }, frameId: 0 });
    t.api.runtime.onConnect.fire(announced);
    announced.receive(list(3));
    expect(t.states.at(-1)).toEqual({ kind: 'list', message: list(3) });
    // Loaded, with a line already open: no second one.
    t.api.tabs.onUpdated.fire(7, { status: 'complete' });
    expect(t.ports).toHaveLength(1);

    // The next page's announcement may come before the tab says it is loading: it is kept.
    const early = fakePort({ tab: { id: 7 }, frameId: 0 });
    t.api.runtime.onConnect.fire(early);
    expect(announced.disconnect).toHaveBeenCalled();
    t.api.tabs.onUpdated.fire(7, { status: 'loading' });
    expect(early.disconnect).not.toHaveBeenCalled();
    early.receive(list(4));
    expect(t.states.at(-1)).toEqual({ kind: 'list', message: list(4) });
    // A page whose code did not announce itself is asked once it has loaded.
    early.drop();
    t.api.tabs.onUpdated.fire(5, { status: 'complete' });
    expect(t.ports).toHaveLength(1);
    t.api.tabs.onUpdated.fire(7, { status: 'complete' });
    expect(t.ports).toHaveLength(2);
  });

  it('asks the page to show a reference, and stops cleanly', async () => {
    const t = await started();
    t.line.show(4);
    expect(t.last().port.postMessage).toHaveBeenCalledWith({ type: 'show', id: 4 });
    t.line.stop();
    expect(t.last().port.disconnect).toHaveBeenCalled();
    expect(t.api.tabs.onActivated.size + t.api.tabs.onUpdated.size + t.api.runtime.onConnect.size).toBe(0);
  });

  it('says there is nothing when the tab cannot be reached', async () => {
    const b = fakeBrowser();
    b.refuse();
    const states: LineState[] = [];
    await new PageLine(b.api as unknown as LineBrowser, (s) => states.push(s)).start();
    expect(states.map((s) => s.kind)).toEqual(['waiting', 'none']);
  });
});
