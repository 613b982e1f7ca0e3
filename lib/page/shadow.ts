/**
 * The page's open shadow roots: text that sites built from web components keep inside their
 * custom elements' shadow trees is read, underlined and hit-tested like the rest of the page.
 * A `contains` or `parentElement` stops at a shadow root's edge; these helpers go on through the
 * host, as the page is rendered (the composed tree). Closed shadow roots stay private to the page.
 */

/** Whether `node` is a shadow root (a document fragment with a host), in any realm. */
export function isShadowRoot(node: Node | null | undefined): node is ShadowRoot {
  return node?.nodeType === 11 && (node as Partial<ShadowRoot>).host !== undefined;
}

/** The element `node` belongs under as rendered: its parent element, or its shadow root's host. */
export function composedParentElement(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 1) return parent as Element;
  return isShadowRoot(parent) ? parent.host : null;
}

/** Whether `node` is `ancestor` or inside it, shadow trees of hosts within it included. */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node = node; ;) {
    if (ancestor.contains(n)) return true;
    const root = n.getRootNode();
    if (!isShadowRoot(root)) return false;
    n = root.host;
  }
}

/** The open shadow root of `element`, if it has one (a content script sees only open ones). */
export function openShadowRoot(element: Element): ShadowRoot | null {
  return element.shadowRoot ?? null;
}

/**
 * Every open shadow root within `root` (its own, when it is a host), nested ones after the root
 * they are in, in page order.
 */
export function* openShadowRootsIn(root: Node): Generator<ShadowRoot> {
  if (root.nodeType === 1) {
    const own = openShadowRoot(root as Element);
    if (own) {
      yield own;
      yield* openShadowRootsIn(own);
    }
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = openShadowRoot(node as Element);
    if (shadow) {
      yield shadow;
      yield* openShadowRootsIn(shadow);
    }
  }
}

/**
 * The nodes from the document's tree down to `node`: [outermost host, …, innermost host, node],
 * each after the first inside the shadow tree of the one before it.
 */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); isShadowRoot(root); root = root.host.getRootNode()) {
    chain.unshift(root.host);
  }
  return chain;
}

/**
 * Whether `a` comes before `b` in the page as rendered: a host's shadow tree counts at the host's
 * place (before the host's own children). `compareDocumentPosition` alone calls two nodes in
 * different trees "disconnected" and orders them arbitrarily.
 */
export function composedBefore(a: Node, b: Node): boolean {
  if (a === b) return false;
  const x = hostChain(a);
  const y = hostChain(b);
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  // One chain ends where the other goes on: a host, and a node inside its shadow tree.
  if (i === x.length) return true;
  if (i === y.length) return false;
  const p = x[i]!;
  const q = y[i]!;
  // An ancestor comes first, and so does its shadow tree before its own children.
  if (p.contains(q)) return true;
  if (q.contains(p)) return false;
  return (p.compareDocumentPosition(q) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
