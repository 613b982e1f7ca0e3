import { describe, expect, it, vi } from 'vitest';
import { LIST_PAUSE, PanelLink, type PanelLinkDeps, type PanelPort } from '@/lib/page/panel-link';
import { MAX_LISTED, REFS_PORT, type PageRefsMessage } from '@/lib/messaging/refs-port';
import type { FoundRef } from '@/lib/page/registry';

const ref = (osis: string, text = osis, translation?: string) =>
  ({ osis, text, translation }) as unknown as FoundRef;

/** A port the test holds both ends of: what the page posted, and a way to send it a message or close it. */
function port(name = REFS_PORT) {
  const listeners: ((m: unknown) => void)[] = [];
  const closers: (() => void)[] = [];
  const posted: PageRefsMessage[] = [];
  const end: PanelPort & { posted: PageRefsMessage[]; send(m: unknown): void; close(): void } = {
    name,
    posted,
    postMessage: (m) => posted.push(m as PageRefsMessage),
    disconnect: vi.fn(),
    onMessage: { addListener: (l) => listeners.push(l) },
    onDisconnect: { addListener: (l) => closers.push(l) },
    send: (m) => listeners.forEach((l) => l(m)),
    close: () => closers.forEach((l) => l()),
  };
  return end;
}

function setup(refs: FoundRef[]) {
  const timers: (() => void)[] = [];
  const deps = {
    refs: vi.fn(() => refs),
    capped: vi.fn(() => false),
    title: vi.fn(() => 'A study'),
    show: vi.fn(),
    translationOf: (code: string) =>
      code === 'KJV' ? 'KJV' : code === 'LSG' ? ('u:LSG' as const) : undefined,
    setTimeout: vi.fn((handler: () => void, ms: number) => {
      expect(ms).toBe(LIST_PAUSE);
      timers.push(handler);
    }),
  } satisfies PanelLinkDeps;
  const link = new PanelLink(deps);
  const flush = () => timers.splice(0).forEach((t) => t());
  return { deps, link, flush, timers };
}

describe('PanelLink', () => {
  it('sends the list in page order when a panel connects, with ids, the text as written and an installed named translation', () => {
    const heb = ref('Heb.7.25', 'Heb 7:25', 'KJV');
    const john = ref('John.17', 'John 17', 'NIV');
    const jude = ref('Jude.1.24', 'Jude 24 (LSG)', 'LSG');
    const { link } = setup([heb, john, jude]);
    const p = port();
    expect(link.attach(p)).toBe(true);
    expect(link.open).toBe(true);
    // Strictly: a reference with no installed translation carries no `translation` key at all.
    expect(p.posted).toStrictEqual([
      {
        type: 'refs',
        title: 'A study',
        capped: false,
        refs: [
          { id: 0, osis: 'Heb.7.25', text: 'Heb 7:25', translation: 'KJV' },
          // A translation Intercede does not have is not passed on: the panel shows the reader's.
          { id: 1, osis: 'John.17', text: 'John 17' },
          // One the reader imported goes by its id.
          { id: 2, osis: 'Jude.1.24', text: 'Jude 24 (LSG)', translation: 'u:LSG' },
        ],
      },
    ]);
  });

  it('leaves ports with other names alone', () => {
    const { link } = setup([]);
    expect(link.attach(port('other'))).toBe(false);
    expect(link.open).toBe(false);
  });

  it('sends a changed list once after a pause, only when it changed, and keeps ids for references that stay', () => {
    const refs = [ref('Heb.7.25')];
    const { link, flush, timers } = setup(refs);
    const p = port();
    link.attach(p);
    link.changed();
    link.changed();
    expect(timers).toHaveLength(1);
    flush();
    // Nothing changed: nothing sent.
    expect(p.posted).toHaveLength(1);
    refs.push(ref('Jude.1.24'));
    link.changed();
    flush();
    expect(p.posted).toHaveLength(2);
    expect(p.posted[1]!.refs.map((r) => r.id)).toEqual([0, 1]);
    // A title change alone comes with the next change.
    link.changed();
    flush();
    expect(p.posted).toHaveLength(2);
  });

  it('brings every panel up to date, not only the last to connect', () => {
    // A page announces itself (the list is still empty), its scan finds references, and the
    // panel's own connection arrives before the pause is over: the first port must still get them.
    const refs: FoundRef[] = [];
    const { link, flush } = setup(refs);
    const announced = port();
    link.attach(announced);
    refs.push(ref('Heb.7.25'), ref('John.17'));
    link.changed();
    const asked = port();
    link.attach(asked);
    expect(asked.posted.at(-1)!.refs).toHaveLength(2);
    flush();
    expect(announced.posted.at(-1)!.refs).toHaveLength(2);
    // Each port once: the one that already has this list is not sent it again.
    expect(asked.posted).toHaveLength(1);
    expect(announced.posted).toHaveLength(2);
  });

  it('sends a list whose references were replaced by as many others', () => {
    const refs = [ref('Heb.7.25')];
    const { link, flush } = setup(refs);
    const p = port();
    link.attach(p);
    refs.splice(0, 1, ref('John.17'));
    link.changed();
    flush();
    expect(p.posted.map((m) => m.refs.map((r) => r.osis))).toEqual([['Heb.7.25'], ['John.17']]);
  });

  it('lists at most MAX_LISTED references, and says the page was capped', () => {
    const refs = Array.from({ length: MAX_LISTED + 5 }, (_, i) => ref(`Ps.119.${i}`));
    const { link, deps } = setup(refs);
    deps.capped.mockReturnValue(true);
    const p = port();
    link.attach(p);
    expect(p.posted[0]!.refs).toHaveLength(MAX_LISTED);
    expect(p.posted[0]!.capped).toBe(true);
  });

  it('drops a pending list when its panel closed meanwhile', () => {
    const { link, deps, flush } = setup([ref('Heb.7.25')]);
    const p = port();
    link.attach(p);
    link.changed();
    p.close();
    deps.refs.mockClear();
    flush();
    expect(deps.refs).not.toHaveBeenCalled();
  });

  it('does no work for changes while no panel listens', () => {
    const { link, deps, timers } = setup([ref('Heb.7.25')]);
    link.changed();
    expect(timers).toHaveLength(0);
    expect(deps.refs).not.toHaveBeenCalled();
    const p = port();
    link.attach(p);
    p.close();
    expect(link.open).toBe(false);
    link.changed();
    expect(timers).toHaveLength(0);
  });

  it('shows the reference a panel picks, and ignores anything else it is sent', () => {
    const heb = ref('Heb.7.25');
    const john = ref('John.17');
    const { link, deps } = setup([heb, john]);
    const p = port();
    link.attach(p);
    p.send({ type: 'show', id: 1 });
    expect(deps.show).toHaveBeenCalledWith(john);
    for (const bad of [
      { type: 'show', id: 9 },
      { type: 'show', id: '0' },
      { type: 'show', id: -1 },
      { type: 'open', id: 0 },
      null,
      'show',
    ]) {
      p.send(bad);
    }
    expect(deps.show).toHaveBeenCalledTimes(1);
  });

  it('forgets a port that fails when written to, and closes every port on close', () => {
    const { link, flush } = setup([ref('Heb.7.25')]);
    const gone = port();
    gone.postMessage = () => {
      throw new Error('Attempting to use a disconnected port object');
    };
    link.attach(gone);
    expect(link.open).toBe(false);
    const p = port();
    link.attach(p);
    link.changed();
    flush();
    link.close();
    expect(p.disconnect).toHaveBeenCalled();
    expect(link.open).toBe(false);
  });
});
