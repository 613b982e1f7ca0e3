// @vitest-environment happy-dom
/** The composed tree: containment and page order through open shadow roots. */
import { beforeEach, describe, expect, it } from 'vitest';
import { composedBefore, composedContains, isShadowRoot, openShadowRootsIn } from '@/lib/page/shadow';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** <p>a</p><x-a>[shadow: <p>b</p><x-b>[shadow: <p>c</p>]</x-b>]<p>d</p></x-a><p>e</p> */
function page() {
  document.body.innerHTML = '<p>a</p><x-a><p>d</p></x-a><p>e</p>';
  const outer = document.querySelector('x-a')!.attachShadow({ mode: 'open' });
  outer.innerHTML = '<p>b</p><x-b></x-b>';
  const inner = outer.querySelector('x-b')!.attachShadow({ mode: 'open' });
  inner.innerHTML = '<p>c</p>';
  const text = (root: ParentNode, letter: string) =>
    [...root.querySelectorAll('p')].find((p) => p.textContent === letter)!.firstChild!;
  return {
    outer,
    inner,
    a: text(document, 'a'),
    b: text(outer, 'b'),
    c: text(inner, 'c'),
    d: text(document, 'd'),
    e: text(document, 'e'),
  };
}

describe('the composed tree', () => {
  it('orders text as the page shows it: a host’s shadow tree at its place, before its own children', () => {
    const { a, b, c, d, e } = page();
    const order = [a, b, c, d, e];
    for (const [i, x] of order.entries()) {
      for (const [j, y] of order.entries()) expect(composedBefore(x, y), `${i} before ${j}`).toBe(i < j);
    }
  });

  it('puts a host before everything in its shadow tree and its own children', () => {
    const { outer, b, d } = page();
    const host = outer.host;
    expect(composedBefore(host, b)).toBe(true);
    expect(composedBefore(b, host)).toBe(false);
    expect(composedBefore(host, d)).toBe(true);
    expect(composedBefore(d, host)).toBe(false);
  });

  it('tells a shadow root from other fragments and roots', () => {
    const { outer } = page();
    expect(isShadowRoot(outer)).toBe(true);
    expect(isShadowRoot(document)).toBe(false);
    expect(isShadowRoot(document.createDocumentFragment())).toBe(false);
    // A detached link is its own root node, and has a `host` of its own (its URL's).
    const link = Object.assign(document.createElement('a'), { href: 'https://example.org/' });
    expect(isShadowRoot(link.getRootNode())).toBe(false);
    expect(isShadowRoot(null)).toBe(false);
  });

  it('sees into shadow trees for containment', () => {
    const { outer, c, e } = page();
    expect(composedContains(document.body, c)).toBe(true);
    expect(composedContains(outer.host, c)).toBe(true);
    expect(composedContains(outer.host, e)).toBe(false);
    expect(document.body.contains(c)).toBe(false);
  });

  it('lists every open shadow root, nested ones after theirs, and no closed one', () => {
    const { outer, inner } = page();
    document.body.append(document.createElement('x-c'));
    document.querySelector('x-c')!.attachShadow({ mode: 'closed' });
    expect([...openShadowRootsIn(document.body)]).toEqual([outer, inner]);
  });
});
