/** Chromium performance traces for the page benchmarks: recording one, and the events it holds. */
import type { CDPSession } from 'playwright-core';

/** One trace event, with the fields the benchmarks read. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs. */
  tdur?: number;
  tid: number;
  pid: number;
  args?: {
    name?: string;
    beginData?: { url?: string };
    data?: { url?: string; frame?: string; message?: string };
  };
}

/** Records a trace of `categories` over the DevTools session `cdp` while `run` runs. */
export async function trace(
  cdp: CDPSession,
  run: () => Promise<void>,
  categories = 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await done;
  return events;
}
