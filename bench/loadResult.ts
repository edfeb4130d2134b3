import type { LatencySummary } from './stats.js';

/** What one timed run at one concurrency measured, whichever target it drove. */
export interface LoadResult {
  requests: number;
  /** Connection errors and timeouts. */
  errors: number;
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
