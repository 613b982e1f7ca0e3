// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { walkBlocks } from '@/lib/page/blocks';
import { RefRegistry, type Finder } from '@/lib/page/registry';
import { PageScanner, type IdleScheduler } from '@/lib/page/scanner';
import { createSkipTest } from '@/lib/page/skip';
import { placeCard } from '@/lib/page/position';
import '../support/static-range';

/** A stand-in finder for "Heb C:V" and "John C" so these tests exercise the page code alone. */
const find: Finder = (text) =>
  [...text.matchAll(/\b(Heb|John) (\d+)(?::(\d+))?(?:[–-](\d+))?/g)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    osis: `${m[1]}.${m[2]}${m[3] ? `.${m[3]}` : ''}${m[4] ? `-${m[1]}.${m[2]}.${m[4]}` : ''}`,
  }));

const skip = createSkipTest({ skipCode: true, excludeSelectors: ['.no-refs'] });

/** Runs idle callbacks on demand, with a generous deadline. */
function manualScheduler() {
  const pending: ((d: IdleDeadline) => void)[] = [];
  const schedule: IdleScheduler = (cb) => void pending.push(cb);
  const flush = async () => {
    for (let i = 0; i < 1000 && pending.length; i++) {
      pending.shift()!({ didTimeout: false, timeRemaining: () => 50 });
      await Promise.resolve();
    }
  };
  const settle = async () => {
    // Let MutationObserver callbacks run, then drain the idle queue.
    await new Promise((r) => setTimeout(r, 0));
    await flush();
  };
  return { schedule, flush, settle, pending };
}

function texts(scanner: PageScanner): string[] {
  return [...scanner.registry.all()].map((r) => `${r.text}=${r.osis}`).sort();
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('walkBlocks', () => {
  it('joins text across inline elements and splits at blocks and line breaks', () => {
    document.body.innerHTML =
      '<p>See Hebrews <em>4:14</em>–16 now</p><div>one<div>two</div>three<br>four</div>';
    const blocks = [...walkBlocks(document.body, skip)].map((b) => b.text);
    expect(blocks).toEqual(['See Hebrews 4:14–16 now', 'one', 'two', 'three', 'four']);
  });

  // The elements whose text stays on its parent's line: a reference across one reads whole.
  it.each(
    'a abbr b bdi bdo cite data del dfn em font i ins label mark q ruby s small span strong sub sup time u var nobr big tt code kbd samp'.split(
      ' ',
    ),
  )('reads text across <%s> as one block', (tag) => {
    document.body.innerHTML = `<p>Heb <${tag}>7</${tag}>:25</p>`;
    // Code is read here: with "skip code blocks" off, <code>, <kbd> and <samp> are inline text.
    const readCode = createSkipTest({ skipCode: false, excludeSelectors: [] });
    expect([...walkBlocks(document.body, readCode)].map((b) => b.text)).toEqual(['Heb 7:25']);
  });

  it('keeps a line that a <wbr> breaks softly, and splits at other elements', () => {
    document.body.innerHTML = '<p>Heb 7:<wbr>25</p><p>Heb <article>7</article>:25</p>';
    expect([...walkBlocks(document.body, skip)].map((b) => b.text)).toEqual(['Heb 7:25', 'Heb ', '7', ':25']);
  });

  it.each([
    ['<script>Heb 7:25</script>'],
    ['<style>/* Heb 7:25 */</style>'],
    ['<textarea>Heb 7:25</textarea>'],
    ['<div contenteditable="true"><p>Heb 7:25</p></div>'],
    ['<div contenteditable=""><p>Heb 7:25</p></div>'],
    ['<div class="ProseMirror"><p>Heb 7:25</p></div>'],
    ['<div role="textbox">Heb 7:25</div>'],
    ['<pre>Heb 7:25</pre>'],
    ['<p><code>Heb 7:25</code></p>'],
    ['<svg><text>Heb 7:25</text></svg>'],
    ['<div data-intercede="off"><p>Heb 7:25</p></div>'],
    ['<section class="no-refs"><p>Heb 7:25</p></section>'],
    ['<intercede-card><p>Heb 7:25</p></intercede-card>'],
    ['<select><option>Heb 7:25</option></select>'],
  ])('skips %s', (html) => {
    document.body.innerHTML = html;
    const text = [...walkBlocks(document.body, skip)].map((b) => b.text).join('|');
    expect(text).not.toContain('Heb');
  });

  it('steps over a skipped subtree wherever it ends, and goes on with what follows', () => {
    document.body.innerHTML =
      '<div><p>Heb <span><b><code>x</code></b></span> 7:25</p>' +
      '<ul><li><div><textarea>Rom 8:1</textarea></div></li></ul></div>' +
      '<p>John 3:16<svg><text>no</text></svg></p><section><p>Jas 5:16</p></section>';
    const blocks = [...walkBlocks(document.body, skip)].map((b) => b.text);
    expect(blocks).toEqual(['Heb  7:25', 'John 3:16', 'Jas 5:16']);
  });

  it('skips elements with no attributes that match a user selector by tag', () => {
    document.body.innerHTML = '<aside><p>Heb 7:25</p></aside><nav>John 3:16</nav><p>Jas 5:16</p>';
    const user = createSkipTest({ skipCode: true, excludeSelectors: ['aside', 'nav'] });
    expect([...walkBlocks(document.body, user)].map((b) => b.text)).toEqual(['Jas 5:16']);
  });

  it('scans code blocks when the user turns skipping off', () => {
    document.body.innerHTML = '<pre>Heb 7:25</pre>';
    const all = createSkipTest({ skipCode: false, excludeSelectors: [] });
    expect([...walkBlocks(document.body, all)].map((b) => b.text)).toEqual(['Heb 7:25']);
  });
});

describe('RefRegistry', () => {
  it('maps a reference split across elements to a range and finds it by caret position', () => {
    document.body.innerHTML = '<p>Read Heb <em>4:14</em>-16 today</p>';
    const registry = new RefRegistry(window);
    const [block] = [...walkBlocks(document.body, skip)];
    const [ref] = registry.addBlock(block!, find);
    expect(ref).toMatchObject({ osis: 'Heb.4.14-Heb.4.16', text: 'Heb 4:14-16' });
    const em = document.querySelector('em')!.firstChild!;
    expect(ref!.range.startContainer).toBe(document.querySelector('p')!.firstChild);
    expect(ref!.range.startOffset).toBe(5);
    expect(registry.refAt(em, 2)).toBe(ref);
    expect(registry.refAt(document.querySelector('p')!.firstChild!, 1)).toBeUndefined();
    expect(registry.size).toBe(1);
  });
});

describe('RefRegistry: reading a block again', () => {
  /** A window whose Highlight is a Set we can look into (painted at once: no IntersectionObserver). */
  function painting() {
    const highlights = new Map<string, Set<unknown>>();
    const win = Object.assign(Object.create(window) as Window & typeof globalThis, {
      Highlight: class extends Set<unknown> {},
      CSS: { highlights },
      IntersectionObserver: undefined,
      StaticRange: window.StaticRange,
    });
    return { registry: new RefRegistry(win), painted: () => [...(highlights.get('intercede-ref') ?? [])] };
  }

  it('keeps the references found again where they were, and the page’s Highlight untouched', () => {
    document.body.innerHTML = '<p>Read Heb 7:25 and John 17 <span></span></p>';
    const { registry, painted } = painting();
    const block = () => [...walkBlocks(document.body, skip)][0]!;
    const first = registry.addBlock(block(), find);
    const before = painted();
    expect(before).toHaveLength(2);
    // A clock ticks inside the block: read again, nothing is new and nothing is repainted.
    document.querySelector('span')!.textContent = '12:01';
    registry.beginRescan(document.querySelector('p')!);
    expect(registry.addBlock(block(), find)).toEqual([]);
    registry.endRescan();
    expect(registry.refsIn(document.querySelector('p')!)).toEqual(first);
    expect(painted()).toEqual(before);
    expect(registry.size).toBe(2);
  });

  it('replaces what changed and drops what is gone', () => {
    document.body.innerHTML = '<p>Read Heb 7:25 and John 17</p>';
    const { registry, painted } = painting();
    const p = document.querySelector('p')!;
    registry.addBlock([...walkBlocks(document.body, skip)][0]!, find);
    const heb = painted()[0];
    p.firstChild!.textContent = 'Read Heb 7:25 and John 16';
    registry.beginRescan(p);
    const added = registry.addBlock([...walkBlocks(document.body, skip)][0]!, find);
    registry.endRescan();
    // The text node is the same and Heb 7:25 has not moved: kept; John 17 became John 16.
    expect(added.map((r) => r.osis)).toEqual(['John.16']);
    expect(registry.refsIn(p).map((r) => r.osis)).toEqual(['Heb.7.25', 'John.16']);
    expect(painted()).toHaveLength(2);
    expect(painted()[0]).toBe(heb);
    expect(registry.size).toBe(2);
  });
});

describe('PageScanner', () => {
  it('scans the page in idle chunks and leaves the DOM untouched', async () => {
    document.body.innerHTML = Array.from(
      { length: 50 },
      (_, i) => `<p>Item ${i}: see Heb ${(i % 13) + 1}:1.</p>`,
    ).join('');
    const before = document.body.innerHTML;
    const idle = manualScheduler();
    let clock = 0;
    const reported: number[] = [];
    const scanner = new PageScanner(window, {
      root: document.body,
      find,
      skip,
      schedule: idle.schedule,
      budget: 5,
      // Each call costs 1 ms, so a chunk covers only a few blocks.
      now: () => clock++,
      onSettled: () => reported.push(scanner.registry.size),
    });
    scanner.start();
    expect(scanner.registry.size).toBe(0);
    idle.pending.shift()!({ didTimeout: false, timeRemaining: () => 50 });
    const afterOneChunk = scanner.registry.size;
    expect(afterOneChunk).toBeGreaterThan(0);
    expect(afterOneChunk).toBeLessThan(50);
    // Prefetching waits for the pass to settle, which is said once, with everything found.
    expect(reported).toEqual([]);
    await idle.flush();
    expect(scanner.registry.size).toBe(50);
    expect(reported).toEqual([50]);
    expect(document.body.innerHTML).toBe(before);
    // A later change is a pass of its own.
    document.body.insertAdjacentHTML('beforeend', '<p>Also John 17.</p>');
    await idle.settle();
    expect(reported).toEqual([50, 51]);
    scanner.stop();
  });

  it('stands aside while held, then carries on where it stopped', async () => {
    document.body.innerHTML = Array.from({ length: 20 }, (_, i) => `<p>See Heb ${i + 1}:1.</p>`).join('');
    const idle = manualScheduler();
    let clock = 0;
    const timers: { ms: number; run: () => void }[] = [];
    const scanner = new PageScanner(window, {
      root: document.body,
      find,
      skip,
      schedule: idle.schedule,
      budget: 5,
      now: () => clock++,
      setTimeout: (run, ms) => void timers.push({ run, ms }),
    });
    scanner.start();
    idle.pending.shift()!({ didTimeout: false, timeRemaining: () => 50 });
    const before = scanner.registry.size;
    expect(before).toBeGreaterThan(0);
    scanner.hold(300);
    await idle.flush();
    // Held: the idle callback found nothing to do but set a timer for the rest of the hold.
    expect(scanner.registry.size).toBe(before);
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBeGreaterThan(250);
    clock += 1000;
    timers[0]!.run();
    await idle.flush();
    expect(scanner.registry.size).toBe(20);
    scanner.stop();
  });

  it('scans content added later and forgets content removed', async () => {
    document.body.innerHTML = '<main><p id="a">First Heb 7:25.</p></main>';
    const idle = manualScheduler();
    const scanner = new PageScanner(window, { root: document.body, find, skip, schedule: idle.schedule });
    scanner.start();
    await idle.settle();
    expect(texts(scanner)).toEqual(['Heb 7:25=Heb.7.25']);

    const added = document.createElement('article');
    added.innerHTML = '<p>Later John 17 arrived.</p>';
    document.querySelector('main')!.append(added);
    await idle.settle();
    expect(texts(scanner)).toEqual(['Heb 7:25=Heb.7.25', 'John 17=John.17']);

    document.getElementById('a')!.remove();
    await idle.settle();
    expect(texts(scanner)).toEqual(['John 17=John.17']);
    scanner.stop();
  });

  it('rescans a block whose text changed', async () => {
    document.body.innerHTML = '<p>Count Heb 7:25 here</p>';
    const idle = manualScheduler();
    const scanner = new PageScanner(window, { root: document.body, find, skip, schedule: idle.schedule });
    scanner.start();
    await idle.settle();
    (document.querySelector('p')!.firstChild as Text).data = 'Now Heb 4:16 instead';
    await idle.settle();
    expect(texts(scanner)).toEqual(['Heb 4:16=Heb.4.16']);
    const em = document.createElement('em');
    em.textContent = ' and John 3';
    document.querySelector('p')!.append(em);
    await idle.settle();
    expect(texts(scanner)).toEqual(['Heb 4:16=Heb.4.16', 'John 3=John.3']);
    scanner.stop();
  });

  it('ignores its own elements and stops cleanly', async () => {
    document.body.innerHTML = '<p>Heb 7:25</p>';
    const idle = manualScheduler();
    const scanner = new PageScanner(window, { root: document.body, find, skip, schedule: idle.schedule });
    scanner.start();
    await idle.settle();
    const host = document.createElement('intercede-card');
    host.textContent = 'Heb 1:1';
    document.body.append(host);
    await idle.settle();
    expect(texts(scanner)).toEqual(['Heb 7:25=Heb.7.25']);
    scanner.stop();
    expect(scanner.registry.size).toBe(0);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'John 1' }));
    await idle.settle();
    expect(scanner.registry.size).toBe(0);
  });
});

describe('PageScanner in shadow roots', () => {
  function host(html: string, parent: ParentNode = document.body, tag = 'x-post'): ShadowRoot {
    const element = document.createElement(tag);
    parent.append(element);
    const shadow = element.attachShadow({ mode: 'open' });
    shadow.innerHTML = html;
    return shadow;
  }

  /** A scanner over the whole document, its first pass done; `timers` are the delays it asked for. */
  async function scanPage() {
    const idle = manualScheduler();
    const timers: { ms: number; run: () => void }[] = [];
    const scanner = new PageScanner(window, {
      root: document.documentElement,
      find,
      skip,
      schedule: idle.schedule,
      setTimeout: (run, ms) => void timers.push({ ms, run }),
    });
    scanner.start();
    await idle.flush();
    return { idle, scanner, timers };
  }

  it('reads open shadow roots, nested ones and text at a tree’s top, each in its own blocks', async () => {
    document.body.innerHTML = '<p>Light Heb 1:1.</p>';
    const outer = host('<p>Outer Heb 2:2.</p>');
    outer.append('Top John 3');
    host('<p>Inner Heb 4:4.</p>', outer, 'x-reply');
    document.body.insertAdjacentHTML('beforeend', '<p>After John 5.</p>');
    const blocks = [...walkBlocks(document.body, skip)].map((b) => b.text.trim());
    expect(blocks).toEqual([
      'Light Heb 1:1.',
      'Outer Heb 2:2.',
      'Top John 3',
      'Inner Heb 4:4.',
      'After John 5.',
    ]);
    const { scanner } = await scanPage();
    expect(texts(scanner)).toEqual([
      'Heb 1:1=Heb.1.1',
      'Heb 2:2=Heb.2.2',
      'Heb 4:4=Heb.4.4',
      'John 3=John.3',
      'John 5=John.5',
    ]);
    // Text at the top of a shadow tree belongs to its host's block (an element, which can be observed).
    const top = [...scanner.registry.all()].find((r) => r.osis === 'John.3')!;
    expect(top.container).toBe(outer.host);
    scanner.stop();
  });

  it('skips a shadow tree whose host is skipped, and one inside a skipped element', () => {
    document.body.innerHTML = '<div contenteditable="true"></div>';
    host('<p>Heb 1:1</p>', document.body.firstElementChild!);
    host('<p>Heb 2:2</p>').host.setAttribute('data-intercede', 'off');
    expect([...walkBlocks(document.body, skip)]).toEqual([]);
    // Read again from inside (a change there): the host's ancestors still decide.
    const inner = document.body.firstElementChild!.firstElementChild!.shadowRoot!;
    expect([...walkBlocks(inner.firstElementChild!, skip)]).toEqual([]);
    expect([...walkBlocks(inner, skip)]).toEqual([]);
  });

  it('follows changes inside a shadow root, and keeps the references a change leaves alone', async () => {
    const shadow = host('<p id="a">Heb 1:1 and <span id="s">x</span></p><p>John 2</p>');
    const { idle, scanner } = await scanPage();
    const kept = [...scanner.registry.all()].find((r) => r.osis === 'Heb.1.1');
    shadow.getElementById('s')!.textContent = 'Heb 3:3';
    await idle.settle();
    expect(texts(scanner)).toEqual(['Heb 1:1=Heb.1.1', 'Heb 3:3=Heb.3.3', 'John 2=John.2']);
    expect([...scanner.registry.all()].find((r) => r.osis === 'Heb.1.1')).toBe(kept);
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'John 9' }));
    await idle.settle();
    expect(texts(scanner)).toContain('John 9=John.9');
    shadow.getElementById('a')!.remove();
    await idle.settle();
    expect(texts(scanner)).toEqual(['John 2=John.2', 'John 9=John.9']);
    // A rescan of the host's whole region finds each shadow reference once, not twice.
    shadow.host.append(document.createElement('b'));
    await idle.settle();
    expect(texts(scanner)).toEqual(['John 2=John.2', 'John 9=John.9']);
    scanner.stop();
  });

  it('looks again at custom elements undefined after the first pass, 0.5, 2 and 8 s later', async () => {
    document.body.innerHTML = '<late-note id="late"></late-note><p>Heb 1:1</p>';
    const { idle, scanner, timers } = await scanPage();
    expect(texts(scanner)).toEqual(['Heb 1:1=Heb.1.1']);
    // All three asked for at once, each from the moment the pass settled.
    expect(timers.map((t) => t.ms)).toEqual([500, 2000, 8000]);
    timers[0]!.run();
    await idle.settle();
    expect(texts(scanner)).toEqual(['Heb 1:1=Heb.1.1']);
    document.getElementById('late')!.attachShadow({ mode: 'open' }).innerHTML = '<p>John 17</p>';
    timers[1]!.run();
    await idle.flush();
    expect(texts(scanner)).toEqual(['Heb 1:1=Heb.1.1', 'John 17=John.17']);
    scanner.stop();
  });

  it('reads a shadow root it is told of (hit-testing meets one attached after the page was read)', async () => {
    document.body.innerHTML = '<div id="quiet"></div>';
    const { idle, scanner } = await scanPage();
    const shadow = document.getElementById('quiet')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Heb 7:25</p>';
    await idle.settle();
    expect(texts(scanner)).toEqual([]);
    scanner.noticeShadowRoot(shadow);
    await idle.flush();
    expect(texts(scanner)).toEqual(['Heb 7:25=Heb.7.25']);
    // Watched from then on.
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'John 17' }));
    await idle.settle();
    expect(texts(scanner)).toEqual(['Heb 7:25=Heb.7.25', 'John 17=John.17']);
    scanner.stop();
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 360, height: 300 };
  it('goes below the reference when it fits', () => {
    expect(placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport)).toEqual({
      left: 100,
      top: 126,
      side: 'below',
    });
  });
  it('flips above near the bottom', () => {
    expect(placeCard({ left: 100, top: 700, width: 80, height: 20 }, card, viewport)).toMatchObject({
      top: 394,
      side: 'above',
    });
  });
  it('shifts left at the right edge and stays inside a small viewport', () => {
    expect(placeCard({ left: 950, top: 100, width: 40, height: 20 }, card, viewport).left).toBe(632);
    const tiny = placeCard(
      { left: 10, top: 10, width: 40, height: 20 },
      { width: 360, height: 600 },
      { width: 320, height: 400 },
    );
    expect(tiny.left).toBe(8);
    expect(tiny.top).toBe(8);
  });
});
