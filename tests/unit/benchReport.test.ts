import { describe, expect, it } from 'vitest';
import type { BenchResult, SizeResult } from '../../bench/benchResult.js';
import type { RunRecord, Target } from '../../bench/measure.js';
import { parseOptions } from '../../bench/options.js';
import { evaluateTargets, markdownReport } from '../../bench/report.js';

function runOf(size: number, target: Target, concurrency: number, over: Partial<RunRecord> = {}): RunRecord {
  return {
    size,
    query: 'timeline',
    concurrency,
    target,
    requests: 1_000,
    sent: 1_000,
    inFlight: 0,
    errors: 0,
    timeouts: 0,
    non200: 0,
    mismatches: 0,
    checked: 1_000,
    elapsedMs: 5_000,
    rps: 200,
    latency: { count: 1_000, mean: 10, p50: 10, p90: 12, p99: 20, max: 30 },
    cpuMsPerRequest: 2,
    dbCpuMsPerRequest: 1,
    peakRssMb: 250,
    rssMb: 240,
    settledMs: 0,
    ...over,
  };
}

function sizeOf(size: number, runs: RunRecord[]): SizeResult {
  return {
    size,
    graph: { nodes: {}, relationships: {}, totalNodes: size, totalRelationships: 2 * size } as SizeResult['graph'],
    bulk: {
      nodes: size,
      relationships: 2 * size,
      wallMs: 1_000,
      database: { nodesPerSec: 1_000, relationshipsPerSec: 1_000 },
      raw: { nodesPerSec: 1_000, relationshipsPerSec: 1_000 },
    } as SizeResult['bulk'],
    equivalence: { timeline: { equal: true } },
    peerForms: { timeline: [{ form: 'hand-written @cypher field', equal: true, rps: null, kept: true }] },
    statements: { timeline: { count: 1, waves: 1 } },
    profile: {},
    runs,
  };
}

function result(): BenchResult {
  const small = 10_000;
  const big = 100_000;
  const runs = (size: number, p50: number) => [
    ...[1, 16, 64].map((c) =>
      runOf(size, 'ours', c, {
        rps: 300,
        cpuMsPerRequest: 1,
        latency: { count: 1, mean: p50, p50, p90: p50, p99: 30, max: 40 },
      }),
    ),
    ...[1, 16].map((c) => runOf(size, 'peer', c, { rps: 100, cpuMsPerRequest: 2 })),
    // The peer answers one request at c64 and leaves 64 unanswered.
    runOf(size, 'peer', 64, { requests: 1, rps: 0.2, inFlight: 64, cpuMsPerRequest: 300 }),
    ...[1, 16, 64].map((c) =>
      runOf(size, 'floor', c, { rps: 500, latency: { count: 1, mean: 5, p50: 5, p90: 6, p99: 20, max: 25 } }),
    ),
    runOf(size, 'cached', 64, { rps: 2_000 }),
  ];
  return {
    startedAt: '2026-12-02T00:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'test', memGb: 24, node: 'v20', loadAvgStart: [0, 0, 0] },
    neo4j: { version: '5.26', ownInstance: true },
    options: parseOptions([], {}),
    mix: [
      {
        name: 'timeline',
        title: 'timeline',
        peerStyle: 'hand-written @cypher field',
        ours: { query: '', variables: {} },
        peer: { query: '', variables: {} },
      },
    ],
    sizes: [sizeOf(small, runs(small, 10)), sizeOf(big, runs(big, 25))],
    memory: [
      { size: small, query: 'timeline', concurrency: 1, rssMb: 240, atSec: 0, requestsSoFar: 1_000 },
      { size: big, query: 'timeline', concurrency: 64, rssMb: 240, atSec: 600, requestsSoFar: 50_000 },
    ],
  };
}

describe('bench report', () => {
  it('shows a peer that timed out as a timeout count, and meets the throughput target against it', () => {
    const t = evaluateTargets(result()).find((x) => x.name === '10k: throughput ≥ 1.5× peer at c64 (cache off)')!;
    expect(t).toEqual({
      name: '10k: throughput ≥ 1.5× peer at c64 (cache off)',
      met: true,
      detail: 'timeline peer timed out: 1 answered, 64 unanswered ✅',
    });
  });

  it('notes where the floor itself is under 1.5× the peer, and still judges the target', () => {
    const r = result();
    const big = r.sizes[1]!;
    big.runs = big.runs.map((x) =>
      x.concurrency === 64 && x.target === 'peer'
        ? { ...x, requests: 1_000, inFlight: 0, rps: 250, cpuMsPerRequest: 2 }
        : x.concurrency === 64 && x.target === 'floor'
          ? { ...x, rps: 300 }
          : x,
    );
    const t = evaluateTargets(r).find((x) => x.name === '100k: throughput ≥ 1.5× peer at c64 (cache off)')!;
    expect(t).toEqual({
      name: '100k: throughput ≥ 1.5× peer at c64 (cache off)',
      met: false,
      detail: 'timeline 1.20× ❌ (floor itself 1.20× peer)',
    });
  });

  it('judges CPU per request, p99 against the floor, the cache, growth and memory', () => {
    const byName = new Map(evaluateTargets(result()).map((t) => [t.name, t]));
    expect(byName.get('10k: CPU per request ≤ 0.6× peer at c16')).toMatchObject({
      met: true,
      detail: 'timeline 0.50× ✅',
    });
    expect(byName.get('10k: p99 ≤ 2× floor at c16')).toMatchObject({ met: true, detail: 'timeline 1.50× ✅' });
    expect(byName.get('10k: repeated reads with the response cache ≥ 3× floor at c64')).toMatchObject({
      met: true,
      detail: 'timeline 4.00× ✅',
    });
    expect(byName.get('growth 10k → 100k: p50 (c1) < 2× for every query')).toMatchObject({
      met: false,
      detail: 'timeline 2.50× ❌',
    });
    expect(byName.get("our server's memory flat (slope < 0.1 MB per 1,000 requests)")).toMatchObject({ met: true });
  });

  it('renders the ingestion and subscription sections only when the result has them', () => {
    const r = result();
    expect(markdownReport(r)).not.toContain('## Ingestion throughput');
    expect(markdownReport(r)).not.toContain('## Subscription latency');
    r.ingestion = {
      workload: '100k synthetic nodes',
      targetMs: 60_000,
      articles: 1000,
      concurrency: 4,
      wordsPerArticle: 285,
      wallMs: 50_000,
      articlesPerSec: 20,
      p50Ms: 180,
      p99Ms: 420,
      statementsPerArticle: 21.9,
      entitiesLinked: 6978,
      entitiesCreated: 18,
      statements: 3000,
      figures: 3000,
      failed: 0,
      errors: [],
    };
    r.live = {
      pollIntervalMs: 250,
      sameReplicaMs: { p50: 104, p99: 298, lost: 0 },
      acrossReplicasMs: { p50: 118, p99: 295, lost: 0 },
    };
    const md = markdownReport(r);
    expect(md).toContain('## Ingestion throughput');
    expect(md).toContain('| 1000 | 50.0 | 20.00 | 180 | 420 | 21.9 | 6978 | 18 | 60 s | ✅ |');
    expect(md).toContain('| same replica | 104 | 298 | 0 |');
  });
});
