// @vitest-environment happy-dom
/**
 * The underlines near the viewport: a block's references join the Highlight when its
 * IntersectionObserver entry says it is near and leave when it goes; a block read again
 * keeps its place. Fake Highlight and observer (happy-dom has neither working).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT, HighlightPainter } from '@/lib/page/paint';
import type { FoundRef } from '@/lib/page/registry';

class FakeObserver {
  static last: FakeObserver;
  observed = new Set<Element>();
  constructor(readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    FakeObserver.last = this;
  }
  observe(target: Element) {
    this.observed.add(target);
  }
  unobserve(target: Element) {
    this.observed.delete(target);
  }
  disconnect() {
    this.observed.clear();
  }
  /** Reports `targets` near the viewport (true) or away (false). */
  report(targets: Element[], near: boolean) {
    this.callback(targets.map((target) => ({ target, isIntersecting: near }) as IntersectionObserverEntry));
  }
}

function setup(withObserver = true) {
  document.body.innerHTML = '<p id="a">one</p><p id="b">two</p>';
  const highlights = new Map<string, Set<unknown>>();
  const win = {
    Highlight: class extends Set<unknown> {},
    CSS: { highlights },
    ...(withObserver ? { IntersectionObserver: FakeObserver } : {}),
  } as unknown as Window & typeof globalThis;
  const refs = new Map<Element, FoundRef[]>();
  const heard: unknown[][] = [];
  const painter = new HighlightPainter(
    win,
    (container) => refs.get(container) ?? [],
    (near) => heard.push(near.map((r) => r.range)),
  );
  const block = (id: string, n: number) => {
    const container = document.getElementById(id)!;
    const list = Array.from({ length: n }, (_, i) => ({ range: { id, i } }) as unknown as FoundRef);
    refs.set(container, [...(refs.get(container) ?? []), ...list]);
    return { container, list };
  };
  return { painter, highlights, block, refs, heard };
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('HighlightPainter', () => {
  it('registers one Highlight under our name, and paints a block only once it is near', () => {
    const { painter, highlights, block } = setup();
    expect(highlights.get(HIGHLIGHT)).toBeDefined();
    const a = block('a', 3);
    const b = block('b', 2);
    painter.added(a.container, a.list);
    painter.added(b.container, b.list);
    expect(painter.painted).toBe(0);
    expect(FakeObserver.last.observed).toEqual(new Set([a.container, b.container]));
    FakeObserver.last.report([a.container], true);
    FakeObserver.last.report([b.container], false);
    expect(painter.painted).toBe(3);
    expect([...highlights.get(HIGHLIGHT)!]).toEqual(a.list.map((r) => r.range));
    // Scrolled away: its underlines go; another block comes near.
    FakeObserver.last.report([a.container], false);
    FakeObserver.last.report([b.container], true);
    expect([...highlights.get(HIGHLIGHT)!]).toEqual(b.list.map((r) => r.range));
  });

  it('paints references added to a block that is already near at once', () => {
    const { painter, block } = setup();
    const first = block('a', 1);
    painter.added(first.container, first.list);
    FakeObserver.last.report([first.container], true);
    const more = block('a', 2);
    painter.added(more.container, more.list);
    expect(painter.painted).toBe(3);
  });

  it('keeps a block read again in its place, and forgets one that left the page', () => {
    const { painter, block, refs } = setup();
    const a = block('a', 2);
    painter.added(a.container, a.list);
    FakeObserver.last.report([a.container], true);
    painter.dropped(a.container, a.list);
    refs.delete(a.container);
    expect(painter.painted).toBe(0);
    const again = block('a', 1);
    painter.added(again.container, again.list);
    expect(painter.painted).toBe(1);

    again.container.remove();
    painter.dropped(again.container, again.list);
    expect(FakeObserver.last.observed.has(again.container)).toBe(false);
  });

  it('tells of references as they come near, or are found near, and lists those near', () => {
    const { painter, block, heard } = setup();
    const a = block('a', 2);
    const b = block('b', 1);
    painter.added(a.container, a.list);
    painter.added(b.container, b.list);
    expect(heard).toEqual([]);
    FakeObserver.last.report([a.container], true);
    FakeObserver.last.report([b.container], false);
    expect(heard).toEqual([a.list.map((r) => r.range)]);
    expect(painter.nearRefs()).toEqual(a.list);
    const more = block('a', 1);
    painter.added(more.container, more.list);
    expect(heard.at(-1)).toEqual(more.list.map((r) => r.range));
    // Away and back: heard again (the store answers a second ask from memory).
    FakeObserver.last.report([a.container], false);
    expect(painter.nearRefs()).toEqual([]);
    FakeObserver.last.report([a.container], true);
    expect(heard).toHaveLength(3);
    expect(heard.at(-1)).toHaveLength(3);
  });

  it('paints every reference where there is no IntersectionObserver', () => {
    const { painter, block } = setup(false);
    const a = block('a', 4);
    painter.added(a.container, a.list);
    expect(painter.painted).toBe(4);
    expect(painter.nearRefs()).toEqual(a.list);
  });

  it('removes its Highlight and stops watching when cleared', () => {
    const { painter, highlights, block } = setup();
    const a = block('a', 2);
    painter.added(a.container, a.list);
    FakeObserver.last.report([a.container], true);
    painter.clear();
    expect(highlights.has(HIGHLIGHT)).toBe(false);
    expect(FakeObserver.last.observed.size).toBe(0);
    expect(painter.painted).toBe(0);
  });
});
