import { performance } from 'node:perf_hooks';

export interface Figure {
  name: string;
  runs: number;
  medianMs: number;
  p95Ms: number;
  rssMb: number;
}

/** Runs `task` `runs` times; reports median and p95 wall time and the resident memory after. */
export async function measure<T>(name: string, runs: number, task: () => T | Promise<T>): Promise<{ figure: Figure; value: T }> {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    value = await task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    figure: { name, runs, medianMs: at(0.5), p95Ms: at(0.95), rssMb: process.memoryUsage().rss / 1024 / 1024 },
    value,
  };
}

export function printTable(figures: Figure[]): void {
  console.log(`Node ${process.version}, ${process.platform}-${process.arch}`);
  console.table(
    figures.map((f) => ({
      测量: f.name,
      次数: f.runs,
      '中位数 ms': f.medianMs.toFixed(2),
      'p95 ms': f.p95Ms.toFixed(2),
      'RSS MB': f.rssMb.toFixed(0),
    })),
  );
}
