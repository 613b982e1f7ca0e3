/**
 * What a page may leave out of its first frame. The first Intl date format a fresh page process
 * makes loads its locale data (30–40 ms on a slow machine), which would hold back the whole first
 * paint of the popup for the dates of its saved verses; they are written in the next frame instead.
 */
import { useEffect, useState } from 'preact/hooks';

/** The longest wait: a page that is not shown (a tab in the background) gets no frames. */
const AT_MOST_MS = 250;

/**
 * False in a component's first render, true from the next frame on. Preact runs effects after
 * the frame that shows the first render, so the frame asked for here is the one after it.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const done = () => setReady(true);
    const frame = requestAnimationFrame(done);
    const fallback = setTimeout(done, AT_MOST_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(fallback);
    };
  }, []);
  return ready;
}
