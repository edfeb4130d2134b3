import type { IngestionBenchResult } from './ingestSpeed.js';
import type { GraphCounts } from '../src/cypher/countCypher.js';
import type { BulkLoadResult } from './bulkLoad.js';
import type { CpuProfileResult } from './cpuProfilePass.js';
import type { RunRecord, Target } from './measure.js';
import type { BenchOptions } from './options.js';
import type { QueryProfile } from './profile.js';
import type { GraphQLRequest, QueryName } from './queryMix.js';
import type { Targets } from './targets.js';

/** One form of asking the peer a question, as probed before timing at one size. */
export interface PeerFormProbe {
  form: string;
  /** Same canonical answer as ours. A form that differs is never kept. */
  equal: boolean;
  note?: string;
  /** Answers per second in a short probe at c16 (the warm-up window). */
  rps: number | null;
  /** The form every timed run at this size used: the fastest of the equal ones. */
  kept: boolean;
}

export interface SizeResult {
  size: number;
  graph: GraphCounts & { totalNodes: number; totalRelationships: number };
  bulk: BulkLoadResult;
  equivalence: Record<string, { equal: boolean; note?: string }>;
  /** Every form the peer was tried in, per question. */
  peerForms: Partial<Record<QueryName, PeerFormProbe[]>>;
  statements: Record<string, { count: number; waves: number }>;
  profile: Record<string, QueryProfile>;
  runs: RunRecord[];
}

/** Our server's RSS after one timed run of ours, with how far into the run it was taken. */
export interface MemoryPoint {
  size: number;
  query: string;
  concurrency: number;
  rssMb: number;
  /** Seconds since the first timed run began. */
  atSec: number;
  /** Requests our server (cache off) had answered in timed runs by then. */
  requestsSoFar: number;
}

/**
 * Ingestion throughput (bench/ingestSpeed.ts): generated news articles ingested
 * through the writer into the graph at the 100k step. Rendered only when present.
 */
export type IngestionResult = IngestionBenchResult & {
  /** What the graph held when the articles went in. */
  workload: string;
  /** The bar for the whole batch, ms. */
  targetMs: number;
};

/**
 * Subscription latency (bench/live.ts): from a write's commit to the event at a
 * subscriber. Rendered only when present.
 */
export interface LiveResult {
  pollIntervalMs: number;
  /** Write and subscriber on one replica, and on two. */
  sameReplicaMs: { p50: number; p99: number; lost: number };
  acrossReplicasMs: { p50: number; p99: number; lost: number };
  fanOut?: {
    subscribers: number;
    writesPerSecond: number;
    delivered: number;
    expected: number;
    latencyMs: { p50: number; p99: number };
  };
  /** Fan-out writes that were refused or failed. */
  failedWrites?: number;
}

export interface BenchResult {
  startedAt: string;
  finishedAt?: string;
  wallSec?: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memGb: number;
    node: string;
    loadAvgStart: number[];
    loadAvgEnd?: number[];
  };
  neo4j: { version: string; ownInstance: boolean };
  options: BenchOptions;
  targets?: Targets;
  /** The questions, ours and the peer's kept form at the first size. */
  mix: { name: QueryName; title: string; peerStyle: string; ours: GraphQLRequest; peer: GraphQLRequest }[];
  sizes: SizeResult[];
  /** Our server's resident memory after every timed run of ours, in order. */
  memory: MemoryPoint[];
  /** Our server's RSS sampled every few seconds from the first timed run to the last: [seconds, MB]. */
  rssSeries?: [number, number][];
  cpuProfile?: CpuProfileResult;
  ingestion?: IngestionResult;
  live?: LiveResult;
}

/** The run of `query` against `target` at concurrency `c` at one size, if it was timed. */
export const runOf = (s: SizeResult, query: string, target: Target, c: number): RunRecord | undefined =>
  s.runs.find((r) => r.query === query && r.target === target && r.concurrency === c);
