import { QUERY_NAMES, type QueryName } from './queryMix.js';

export interface BenchOptions {
  /** Synthetic node counts, ascending; each step adds nodes to the previous one. */
  sizes: number[];
  durationSec: number;
  /**
   * Window of the runs at the highest concurrency: longer, so that a run there holds
   * enough requests (at c64 a 5 s window held only a few hundred for the slow questions).
   */
  topDurationSec: number;
  warmupSec: number;
  concurrency: number[];
  maxRequests: number;
  batchSize: number;
  queries: QueryName[];
  cpuProfile: boolean;
  /** Stop at the first answer that differs between targets, before or under load (default on). */
  strict: boolean;
  /** Measure repeated reads against a second server of ours with the response cache on. */
  cache: boolean;
  /** Articles ingested into the graph at the 100k step (bench/ingestSpeed.ts); 0 skips it. */
  ingestArticles: number;
  /** Run the subscription bench (bench/live.ts) after the query runs and merge its figures. */
  live: boolean;
}

export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`not a size: ${s} (use e.g. 10k, 100k, 1m)`);
  const mult = { '': 1, k: 1_000, m: 1_000_000 }[m[2]!.toLowerCase() as '' | 'k' | 'm'];
  return Math.round(Number(m[1]) * mult);
}

export const sizeLabel = (n: number): string =>
  n >= 1_000_000 && n % 1_000_000 === 0
    ? `${n / 1_000_000}m`
    : n >= 1_000 && n % 1_000 === 0
      ? `${n / 1_000}k`
      : String(n);

/** A yes/no option: `--name`, `--name=false`, `--no-name`, or ENV=true/false. */
function flag(args: Map<string, string>, arg: string, envValue: string | undefined, dflt: boolean): boolean {
  if (args.has(`no-${arg}`)) return false;
  const v = args.get(arg) ?? envValue;
  if (v === undefined) return dflt;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new Error(`${arg} must be true or false, not ${v}`);
}

/**
 * Options from `--name=value` arguments, then BENCH_* environment variables, then
 * defaults sized for about 15 minutes (10k and 100k) on a 2-core machine.
 */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const args = new Map<string, string>();
  for (const a of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
    if (!m) throw new Error(`unknown argument ${a}`);
    args.set(m[1]!, m[2] ?? 'true');
  }
  const get = (arg: string, envName: string, dflt: string) => args.get(arg) ?? env[envName] ?? dflt;
  const list = (v: string) =>
    v
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  const num = (v: string, name: string) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not ${v}`);
    return n;
  };
  const sizes = list(get('sizes', 'BENCH_SIZES', '10k,100k')).map(parseSize);
  if (sizes.some((s, i) => i > 0 && s <= sizes[i - 1]!)) throw new Error('sizes must be ascending');
  const queries = list(get('queries', 'BENCH_QUERIES', QUERY_NAMES.join(',')));
  for (const q of queries) if (!(QUERY_NAMES as readonly string[]).includes(q)) throw new Error(`unknown query ${q}`);
  const durationSec = num(get('duration', 'BENCH_DURATION', '5'), 'duration');
  // The top window defaults to 3 s more than the others (8 s against 5 s), which keeps
  // the 10k + 100k run near 15 minutes on two cores; it is never shorter than them.
  const topDurationSec = Math.max(
    durationSec,
    num(get('top-duration', 'BENCH_TOP_DURATION', String(durationSec + 3)), 'top-duration'),
  );
  return {
    sizes,
    durationSec,
    topDurationSec,
    warmupSec: num(get('warmup', 'BENCH_WARMUP', '2'), 'warmup'),
    concurrency: list(get('concurrency', 'BENCH_CONCURRENCY', '1,16,64'))
      .map((c) => num(c, 'concurrency'))
      .sort((a, b) => a - b),
    maxRequests: num(get('max-requests', 'BENCH_MAX_REQUESTS', '50000'), 'max-requests'),
    batchSize: num(get('batch', 'BENCH_BATCH', '2000'), 'batch'),
    queries: queries as QueryName[],
    cpuProfile: flag(args, 'cpu-profile', env.BENCH_CPU_PROFILE, true),
    strict: flag(args, 'strict', env.BENCH_STRICT, true),
    cache: flag(args, 'cache', env.BENCH_CACHE, true),
    ingestArticles: Number(get('ingest', 'BENCH_INGEST', '1000')),
    live: flag(args, 'live', env.BENCH_LIVE, true),
  };
}

/** The window of a timed run at concurrency `c`: the longer one at the highest concurrency. */
export function windowSec(opts: Pick<BenchOptions, 'concurrency' | 'durationSec' | 'topDurationSec'>, c: number) {
  return c === Math.max(...opts.concurrency) ? opts.topDurationSec : opts.durationSec;
}
