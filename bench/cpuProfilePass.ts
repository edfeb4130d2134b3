import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from './children.js';
import { summarizeCpuProfile, type CpuBreakdown } from './cpuProfile.js';
import { postGraphQL } from './http.js';
import { httpLoad } from './httpLoad.js';
import type { BenchOptions } from './options.js';
import type { MixQuery } from './queryMix.js';

export interface CpuProfileResult {
  /** Seconds of load per question, at concurrency 16. */
  secondsPerQuery: number;
  requests: number;
  breakdown: CpuBreakdown;
}

/**
 * Where our server's CPU goes: a separate server process (so the timed runs are not
 * slowed by profiling) is warmed up on every question, then V8's sampling profiler
 * is switched on and the whole mix is driven at concurrency 16; the profile is
 * summarized by package and function.
 */
export async function cpuProfilePass(
  env: NodeJS.ProcessEnv,
  mix: MixQuery[],
  opts: BenchOptions,
): Promise<CpuProfileResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-cpuprof-'));
  const file = path.join(dir, 'ours.cpuprofile');
  const seconds = Math.min(3, opts.durationSec);
  try {
    const server = await startServer('ours (profiled)', 'serveOurs.ts', { ...env, BENCH_CPU_PROFILE: file });
    let requests = 0;
    try {
      const drive = async (q: MixQuery, expected: string, durationSec: number) =>
        httpLoad(server.url, JSON.stringify(q.ours), {
          connections: 16,
          durationSec,
          maxRequests: opts.maxRequests,
          verify: (b) => b === expected || !b.includes('"errors"'),
        });
      const expected = new Map<string, string>();
      for (const q of mix) {
        expected.set(q.name, (await postGraphQL(server.url, q.ours)).raw);
        await drive(q, expected.get(q.name)!, 1);
      }
      await server.signal('SIGUSR2', 'BENCH_PROFILING');
      for (const q of mix) requests += (await drive(q, expected.get(q.name)!, seconds)).requests;
    } finally {
      await server.stop();
    }
    if (!existsSync(file)) throw new Error('the profiled server wrote no profile');
    return { secondsPerQuery: seconds, requests, breakdown: summarizeCpuProfile(file) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
