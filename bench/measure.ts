import type { FloorClient } from './floorClient.js';
import { httpLoad } from './httpLoad.js';
import type { LoadResult } from './loadResult.js';
import { resetPeak, sample } from './procStats.js';
import type { QueryName } from './queryMix.js';

/** The three targets every question is timed against, at every concurrency. */
export const TARGETS = ['ours', 'peer', 'floor'] as const;
/** Plus `cached`: a second server of ours with the response cache on, timed at the top concurrency only. */
export type Target = (typeof TARGETS)[number] | 'cached';

/** One timed run, with what the target process and the database spent on it. */
export interface RunRecord extends LoadResult {
  size: number;
  query: QueryName;
  concurrency: number;
  target: Target;
  /** CPU of the target's process (server, or the floor's driver process) per completed request. */
  cpuMsPerRequest: number;
  /** CPU of the Neo4j JVM per completed request (only when the benchmark started it). */
  dbCpuMsPerRequest: number | null;
  /** Peak and final resident memory of the target's process during the run. */
  peakRssMb: number;
  rssMb: number;
  /** How long the database stayed busy with this run's leftover requests before the next run began. */
  settledMs: number;
  /** Leftover transactions of this run still running after the grace period, terminated (bench/settle.ts). */
  terminated?: number;
}

/** How to drive one target for one question. */
export type Driver =
  | { kind: 'http'; url: string; body: string; verify: (body: string) => boolean }
  | { kind: 'floor'; floor: FloorClient; name: QueryName };

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Runs one bounded load (duration and request cap) and reads the target's and the
 * database's CPU time and memory from /proc around it. Peak RSS is reset before,
 * so it is the peak of this run.
 */
export async function measure(
  driver: Driver,
  pid: number,
  dbPid: number | undefined,
  opts: { connections: number; durationSec: number; maxRequests: number },
): Promise<Omit<RunRecord, 'size' | 'query' | 'concurrency' | 'target' | 'settledMs' | 'terminated'>> {
  resetPeak(pid);
  const before = sample(pid);
  const dbBefore = dbPid ? sample(dbPid) : undefined;
  const result =
    driver.kind === 'http'
      ? await httpLoad(driver.url, driver.body, { ...opts, verify: driver.verify })
      : await driver.floor.run(driver.name, opts.connections, opts.durationSec * 1000, opts.maxRequests);
  const after = sample(pid);
  const dbAfter = dbPid ? sample(dbPid) : undefined;
  const n = Math.max(1, result.requests);
  return {
    ...result,
    cpuMsPerRequest: round((after.cpuMs - before.cpuMs) / n, 3),
    dbCpuMsPerRequest: dbBefore && dbAfter ? round((dbAfter.cpuMs - dbBefore.cpuMs) / n, 3) : null,
    peakRssMb: round(after.peakMb, 1),
    rssMb: round(after.rssMb, 1),
  };
}
