import autocannon from 'autocannon';
import { inFlight, type LoadResult } from './loadResult.js';
import { summarize } from './stats.js';

export interface HttpLoadOptions {
  connections: number;
  durationSec: number;
  maxRequests: number;
  /** True when a response body is a correct answer; called for every response. */
  verify: (body: string) => boolean;
}

/**
 * Drives one GraphQL request at a server with autocannon, from this process, over
 * keep-alive loopback connections. Latencies are taken from autocannon's per-response
 * event with sub-millisecond precision (its own histogram rounds to whole ms, too
 * coarse for the fast queries); every body goes through `verify`. Requests sent but
 * unanswered when the window closes are counted as `inFlight`, not dropped.
 */
export function httpLoad(url: string, body: string, opts: HttpLoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let non200 = 0;
  let checked = 0;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        connections: opts.connections,
        duration: opts.durationSec,
        maxOverallRequests: opts.maxRequests,
        timeout: 10,
        verifyBody: (b) => {
          checked += 1;
          return opts.verify(typeof b === 'string' ? b : String(b ?? ''));
        },
      },
      (err, result) => {
        if (err) return reject(err);
        const elapsedMs = performance.now() - started;
        const answered = latencies.length + non200;
        // autocannon counts a timeout among its errors too.
        const errors = result.errors - result.timeouts;
        resolve({
          requests: answered,
          sent: result.requests.sent,
          inFlight: inFlight(result.requests.sent, answered, result.errors),
          errors,
          timeouts: result.timeouts,
          non200,
          mismatches: result.mismatches,
          checked,
          elapsedMs: Math.round(elapsedMs),
          rps: Math.round((answered / (elapsedMs / 1000)) * 10) / 10,
          latency: summarize(latencies),
        });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode === 200) latencies.push(responseTime);
      else non200 += 1;
    });
  });
}
