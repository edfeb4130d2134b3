import type { Driver as Neo4jDriver } from 'neo4j-driver';
import type { BenchResult, SizeResult } from './benchResult.js';
import { measure, TARGETS, type Driver, type RunRecord, type Target } from './measure.js';
import { sizeLabel, windowSec, type BenchOptions } from './options.js';
import { sample } from './procStats.js';
import type { MixQuery, QueryName } from './queryMix.js';
import { settle } from './settle.js';

/** What a size's timed runs need: how to drive each target, and whose CPU to read. */
export interface SizeTargets {
  drivers: Map<QueryName, Partial<Record<Target, Driver>>>;
  pids: Partial<Record<Target, number>>;
}

/**
 * The timed runs of a whole benchmark: every question against every target at every
 * concurrency, each followed by waiting for the database to settle. Keeps our
 * server's memory points (after each of its runs) and an RSS series sampled every
 * 2 s from the first timed run on, for the memory slope.
 */
export class TimedRuns {
  #oursRequests = 0;
  #start = 0;
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly result: BenchResult,
    private readonly opts: BenchOptions,
    private readonly db: { raw: Neo4jDriver; database: string | undefined; pid: number | undefined },
    private readonly say: (msg: string) => void,
    private readonly save: () => void,
  ) {}

  /** Warms up and times every question of `mix` at one size; the cached target only at the top concurrency. */
  async timeSize(sizeResult: SizeResult, mix: MixQuery[], targets: SizeTargets): Promise<void> {
    this.#startRssSeries(targets.pids.ours!);
    const cMax = Math.max(...this.opts.concurrency);
    const withCache = targets.pids.cached !== undefined;
    for (const q of mix) {
      const warm: Target[] = [...TARGETS, ...(withCache ? (['cached'] as const) : [])];
      for (const t of warm) {
        await measure(targets.drivers.get(q.name)![t]!, targets.pids[t]!, undefined, {
          connections: 16,
          durationSec: this.opts.warmupSec,
          maxRequests: this.opts.maxRequests,
        });
        await settle(this.db.raw, this.db.database);
      }
      for (const c of this.opts.concurrency) for (const t of TARGETS) await this.#timed(sizeResult, q, t, c, targets);
      // Repeated reads of one request: what the response cache serves, against the floor
      // at the same c. The shorter window suffices: it answers from memory.
      if (withCache) await this.#timed(sizeResult, q, 'cached', cMax, targets);
      this.save();
    }
  }

  /** Stops the RSS series: it covers the timed runs, not what comes after them. */
  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
  }

  #startRssSeries(pid: number) {
    if (this.#timer) return;
    this.#start = Date.now();
    const series: [number, number][] = (this.result.rssSeries = []);
    const timer = setInterval(() => {
      try {
        series.push([this.#atSec(), Math.round(sample(pid).rssMb * 10) / 10]);
      } catch {
        clearInterval(timer);
      }
    }, 2_000);
    timer.unref();
    this.#timer = timer;
  }

  #atSec() {
    return Math.round((Date.now() - this.#start) / 100) / 10;
  }

  async #timed(sizeResult: SizeResult, q: MixQuery, t: Target, c: number, targets: SizeTargets) {
    const { opts } = this;
    const size = sizeResult.size;
    const m = await measure(targets.drivers.get(q.name)![t]!, targets.pids[t]!, this.db.pid, {
      connections: c,
      durationSec: t === 'cached' ? opts.durationSec : windowSec(opts, c),
      maxRequests: opts.maxRequests,
    });
    const settled = await settle(this.db.raw, this.db.database);
    const run: RunRecord = {
      size,
      query: q.name,
      concurrency: c,
      target: t,
      ...m,
      settledMs: settled.ms,
      terminated: settled.terminated,
    };
    sizeResult.runs.push(run);
    if (t === 'ours') {
      this.#oursRequests += m.requests;
      this.result.memory.push({
        size,
        query: q.name,
        concurrency: c,
        rssMb: m.rssMb,
        atSec: this.#atSec(),
        requestsSoFar: this.#oursRequests,
      });
    }
    const bad = m.non200 + m.mismatches;
    this.say(
      `${sizeLabel(size)} ${q.name.padEnd(12)} c${String(c).padEnd(3)} ${t.padEnd(6)} ${String(m.rps).padStart(8)} req/s ` +
        `p50 ${m.latency.p50} ms p99 ${m.latency.p99} ms cpu ${m.cpuMsPerRequest} ms/req` +
        (m.inFlight + m.timeouts ? `  ${m.inFlight} in flight at the close, ${m.timeouts} timed out` : '') +
        (m.errors + bad ? `  ${m.errors} errors, ${m.non200} non-200, ${m.mismatches} wrong answers` : '') +
        (m.firstError ? ` (first error: ${m.firstError})` : '') +
        (settled.ms > 1000 ? `  (database busy ${(settled.ms / 1000).toFixed(1)} s after the run)` : '') +
        (settled.terminated ? `  (${settled.terminated} leftover transactions terminated)` : ''),
    );
    if (bad && opts.strict) {
      this.save();
      throw new Error(`${t} gave ${bad} wrong answers to ${q.name} under load (--no-strict to go on)`);
    }
  }
}
