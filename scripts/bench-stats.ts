/**
 * What the benchmark scripts share: percentiles, the latency table they print, and the load
 * average line every benchmark ends with (figures from a busy machine are not comparable).
 */
import { availableParallelism, loadavg } from 'node:os';

const loadAtStart = loadavg();
process.once('beforeExit', () => {
  const fmt = (l: number[]) => l.map((x) => x.toFixed(2)).join(' ');
  console.log(
    `\nLoad average (1, 5, 15 min) at the start ${fmt(loadAtStart)}, at the end ${fmt(loadavg())}, on ${availableParallelism()} cores.`,
  );
});

/** The `p`th percentile of `values` (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Milliseconds as the tables print them. */
export const ms = (value: number, digits = 1): string => `${value.toFixed(digits)} ms`;

/** Prints a Markdown table of n, p50, p95 and max per named series. */
export function printLatencies(
  heading: string,
  rows: readonly (readonly [name: string, values: readonly number[]])[],
  digits = 1,
): void {
  console.log(`| ${heading} | n | p50 | p95 | max |\n|---|---:|---:|---:|---:|`);
  for (const [name, values] of rows) {
    const cells = [percentile(values, 50), percentile(values, 95), Math.max(...values)].map((v) =>
      ms(v, digits),
    );
    console.log(`| ${name} | ${values.length} | ${cells.join(' | ')} |`);
  }
}
