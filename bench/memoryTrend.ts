import type { MemoryPoint } from './benchResult.js';
import { slope } from './slope.js';

/** How our server's RSS moved across the timed runs. */
export interface MemoryTrend {
  /** Least-squares slope of RSS over time (the 2 s series, else the per-run points). */
  mbPerMinute: number;
  /** Least-squares slope of RSS over the requests our server had answered. */
  mbPer1kRequests: number;
  firstMb: number;
  lastMb: number;
  peakMb: number;
  minutes: number;
  requests: number;
}

/**
 * The memory slope of one run. A slope, not the peak: RSS rises and falls with
 * garbage collection and with concurrency, and only a trend across the whole run
 * tells a leak from a high-water mark. Undefined with fewer than two points.
 */
export function memoryTrend(
  points: readonly MemoryPoint[],
  series?: readonly [number, number][],
): MemoryTrend | undefined {
  if (points.length < 2) return undefined;
  const timeline: [number, number][] =
    series && series.length >= 2 ? [...series] : points.map((p) => [p.atSec, p.rssMb]);
  const perMinute = slope(timeline.map(([sec, mb]) => ({ x: sec / 60, y: mb })));
  const perRequests = slope(points.map((p) => ({ x: p.requestsSoFar / 1000, y: p.rssMb })));
  const all = timeline.map(([, mb]) => mb);
  return {
    mbPerMinute: perMinute,
    mbPer1kRequests: perRequests,
    firstMb: timeline[0]![1],
    lastMb: timeline.at(-1)![1],
    peakMb: Math.max(...all),
    minutes: (timeline.at(-1)![0] - timeline[0]![0]) / 60,
    requests: points.at(-1)!.requestsSoFar,
  };
}

/** Flat enough to call it no leak: under 0.1 MB per 1,000 requests (100 bytes a request). */
export const FLAT_MB_PER_1K_REQUESTS = 0.1;
