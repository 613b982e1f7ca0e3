/**
 * The page's open shadow roots: text that sites built from web components keep inside their
 * custom elements' shadow trees is read, underlined and hit-tested like the rest of the page.
 * A `contains` or `parentElement` stops at a shadow root's edge; these helpers go on through the
 * host, as the page is rendered (the composed tree). `element.shadowRoot` is an element's open
 * shadow root: closed ones stay private to the page, content scripts included.
 */

/** Whether `node` is a shadow root (a document fragment with a host), in any realm. */
export function isShadowRoot(node: Node | null | undefined): node is ShadowRoot {
  return node?.nodeType === 11 && (node as Partial<ShadowRoot>).host !== undefined;
}

/**
 * The element `node` belongs under as rendered: its parent element, or its shadow root's host
 * (a shadow root's own is its host).
 */
export function composedParentElement(node: Node): Element | null {
  if (isShadowRoot(node)) return node.host;
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

/**
 * Every open shadow root within `root` (its own, when it is a host), nested ones after the root
 * they are in, in page order.
 */
export function* openShadowRootsIn(root: Node): Generator<ShadowRoot> {
  // A document or a shadow root has no `shadowRoot` of its own: undefined.
  const own = (root as Partial<Element>).shadowRoot;
  if (own) {
    yield own;
    yield* openShadowRootsIn(own);
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
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
  while (x[i] !== undefined && x[i] === y[i]) i++;
  // One chain ends where the other goes on: a host comes before what is in its shadow tree.
  if (i === x.length) return true;
  if (i === y.length) return false;
  // Two nodes of one tree. An ancestor "precedes" its descendants there, so a host's shadow tree
  // (standing for the host) comes before the host's own children.
  return (x[i]!.compareDocumentPosition(y[i]!) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}
