import { timedOut, type LoadResult } from './loadResult.js';

/** A ratio between two targets' runs, or why there is none. */
export interface RatioCell {
  /** a's value over b's; null when either run timed out or a value is missing. */
  ratio: number | null;
  /** Which side timed out, if one did: its rate is then a count of timeouts. */
  timedOut: 'a' | 'b' | 'both' | null;
  /** The cell as the report shows it: the ratio, or the timeout count in words. */
  text: string;
}

const unanswered = (r: LoadResult) => r.inFlight + r.timeouts;

/** "peer timed out: 1 answered, 64 unanswered" */
export function timeoutText(name: string, r: LoadResult): string {
  return `${name} timed out: ${r.requests} answered, ${unanswered(r)} unanswered`;
}

/** Cuts rather than rounds, so 1.497 never shows as a passing "1.50". */
export const cut = (x: number): string => (Number.isFinite(x) ? (Math.floor(x * 100) / 100).toFixed(2) : '–');

/**
 * The ratio of `value(a)` to `value(b)` for two runs of the same question, where a
 * run that could not answer inside its window (see {@link timedOut}) yields no
 * ratio but says so: a rate of 0.2 req/s with 64 requests unanswered is a timeout
 * count, not the denominator of a 1,008× ratio.
 */
export function ratioCell<R extends LoadResult>(
  a: R | undefined,
  b: R | undefined,
  value: (r: R) => number,
  names: [string, string],
): RatioCell {
  if (!a || !b) return { ratio: null, timedOut: null, text: '–' };
  const ta = timedOut(a);
  const tb = timedOut(b);
  if (ta || tb) {
    const side = ta && tb ? 'both' : ta ? 'a' : 'b';
    const text = [ta && timeoutText(names[0], a), tb && timeoutText(names[1], b)].filter(Boolean).join('; ');
    return { ratio: null, timedOut: side, text };
  }
  const va = value(a);
  const vb = value(b);
  const ratio = vb > 0 && Number.isFinite(va) ? va / vb : null;
  return { ratio, timedOut: null, text: ratio === null ? '–' : `${cut(ratio)}×` };
}
