import { describe, expect, it } from 'vitest';
import type { MemoryPoint } from '../../bench/benchResult.js';
import { memoryTrend } from '../../bench/memoryTrend.js';
import { slope } from '../../bench/slope.js';

const point = (atSec: number, requestsSoFar: number, rssMb: number): MemoryPoint => ({
  size: 10_000,
  query: 'byId',
  concurrency: 16,
  atSec,
  requestsSoFar,
  rssMb,
});

describe('slope', () => {
  it('is the least-squares slope of a noisy line', () => {
    // y = 2x + 5 with noise that cancels out
    expect(slope([0, 1, 2, 3].map((x, i) => ({ x, y: 2 * x + 5 + (i % 2 ? 1 : -1) })))).toBeCloseTo(2.4, 6);
    expect(
      slope([
        { x: 0, y: 1 },
        { x: 10, y: 1 },
      ]),
    ).toBe(0);
  });

  it('is NaN with fewer than two distinct x values', () => {
    expect(slope([{ x: 1, y: 1 }])).toBeNaN();
    expect(
      slope([
        { x: 1, y: 1 },
        { x: 1, y: 3 },
      ]),
    ).toBeNaN();
  });
});

describe('memory trend', () => {
  it('reports MB per minute from the time series and MB per 1,000 requests from the per-run points', () => {
    const points = [point(10, 1_000, 200), point(70, 5_000, 204), point(130, 9_000, 208)];
    const series: [number, number][] = [
      [0, 200],
      [60, 203],
      [120, 206],
    ];
    const t = memoryTrend(points, series)!;
    expect(t.mbPerMinute).toBeCloseTo(3, 6);
    expect(t.mbPer1kRequests).toBeCloseTo(1, 6);
    expect(t).toMatchObject({ firstMb: 200, lastMb: 206, peakMb: 206, minutes: 2, requests: 9_000 });
  });

  it('falls back to the per-run points for time when there is no series', () => {
    const t = memoryTrend([point(0, 0, 250), point(120, 2_000, 250)])!;
    expect(t.mbPerMinute).toBe(0);
    expect(t.mbPer1kRequests).toBe(0);
  });

  it('has no trend from a single run', () => {
    expect(memoryTrend([point(0, 0, 250)])).toBeUndefined();
  });
});
