/**
 * The popup's second chunk (query-results.tsx: the reference finder, the passage view, the
 * word results), loaded the first time the search box holds something. Most opens show the
 * saved verses and recent lookups under an empty box; a popup whose service worker has stopped
 * opens in a fresh renderer process, where each kilobyte of script is fetched and compiled
 * before the first paint, so what an empty box does not run is not in the first chunk.
 */
import { useEffect, useState } from 'preact/hooks';

/** The results' component (query-results.tsx). */
type Results = (typeof import('./query-results'))['QueryResults'];

let loaded: Results | undefined;
let loading: Promise<Results> | undefined;

/**
 * Loads the results chunk, once. A load that failed (an extension updated under an open popup)
 * stays failed: the browser keeps a module's failure for the page's life, so the popup says so
 * instead of trying again.
 */
export function loadResults(): Promise<Results> {
  loading ??= import('./query-results').then(({ QueryResults }) => (loaded = QueryResults));
  return loading;
}

/** What useResults gives: the chunk once loaded, the error if it could not be. */
type ResultsLoad = { component?: Results; error?: unknown };

/**
 * The results chunk, asked for while `wanted` (the box holds something) and kept after.
 * Undefined `component` until it has loaded; at once when it already has (a `?q=` open loads it
 * before the first render, see entrypoints/popup/main.tsx).
 */
export function useResults(wanted: boolean): ResultsLoad {
  const [load, setLoad] = useState<ResultsLoad>(() => ({ component: loaded }));
  useEffect(() => {
    if (!wanted || load.component) return;
    let live = true;
    loadResults().then(
      (component) => live && setLoad({ component }),
      (error: unknown) => live && setLoad({ error }),
    );
    return () => {
      live = false;
    };
  }, [wanted, load.component]);
  return load;
}
