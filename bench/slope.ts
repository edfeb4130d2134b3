/** A point of a series: x (minutes, or thousands of requests) and y (MB). */
export interface Point {
  x: number;
  y: number;
}

/**
 * Least-squares slope of y over x: the trend of a noisy series such as a server's
 * RSS, which rises and falls with every garbage collection. NaN with fewer than two
 * distinct x values.
 */
export function slope(points: readonly Point[]): number {
  const n = points.length;
  if (n < 2) return NaN;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  return sxx > 0 ? sxy / sxx : NaN;
}
