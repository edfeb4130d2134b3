/** Latency figures of one stretch of the soak. */
export interface Window {
  fromSecond: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
}

/** The q-th quantile (0..1) of some numbers, by nearest rank. */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Collects response times into fixed windows of wall-clock time. */
export class LatencyWindows {
  readonly #windows = new Map<number, number[]>();
  constructor(
    private readonly startedAt: number,
    private readonly windowSeconds: number,
  ) {}

  add(latencyMs: number, at = performance.now()): void {
    const index = Math.floor((at - this.startedAt) / 1000 / this.windowSeconds);
    const list = this.#windows.get(index) ?? [];
    list.push(latencyMs);
    this.#windows.set(index, list);
  }

  /** Every complete window from `fromSecond` on, in order. */
  windows(fromSecond: number, untilSecond: number): Window[] {
    return [...this.#windows.entries()]
      .filter(([i]) => i * this.windowSeconds >= fromSecond && (i + 1) * this.windowSeconds <= untilSecond)
      .sort(([a], [b]) => a - b)
      .map(([i, list]) => ({
        fromSecond: i * this.windowSeconds,
        requests: list.length,
        p50Ms: Math.round(quantile(list, 0.5)),
        p99Ms: Math.round(quantile(list, 0.99)),
      }));
  }
}

/** Least-squares slope of y over x (units of y per unit of x). */
export function slope(points: readonly [number, number][]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}
