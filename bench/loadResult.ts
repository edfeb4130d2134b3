import type { LatencySummary } from './stats.js';

/** What one timed run at one concurrency measured, whichever target it drove. */
export interface LoadResult {
  /** Requests answered inside the window (any status). Latencies and rps are of these. */
  requests: number;
  /** Requests sent inside the window. */
  sent: number;
  /**
   * Requests sent but not answered when the window closed. They are not in `requests`
   * or the latencies; a target that leaves more unanswered than it answered did not
   * keep up with the window (see {@link timedOut}).
   */
  inFlight: number;
  /** Connection errors (timeouts excluded). */
  errors: number;
  /** The first error's message, where the load generator sees one (the floor's driver does). */
  firstError?: string;
  /** Requests the load generator gave up on after its own timeout. */
  timeouts: number;
  /** Responses with a status other than 200. */
  non200: number;
  /** Responses whose body was not the expected answer (or carried `errors`). */
  mismatches: number;
  /** Responses whose body was checked (every one over HTTP; a sample for the floor). */
  checked: number;
  elapsedMs: number;
  rps: number;
  latency: LatencySummary;
}

/** Requests sent and neither answered nor failed: what was still in flight at the close. */
export function inFlight(sent: number, answered: number, failed: number): number {
  return Math.max(0, sent - answered - failed);
}

/**
 * True when a run cannot stand for the target's throughput: it answered nothing, or
 * fewer requests than it left unanswered at the close (the window was shorter than
 * its answers take) or than its load generator timed out. Its rate is then a count
 * of timeouts, not a throughput.
 */
export function timedOut(r: Pick<LoadResult, 'requests' | 'inFlight' | 'timeouts'>): boolean {
  return r.requests === 0 || r.requests < r.inFlight + r.timeouts;
}
