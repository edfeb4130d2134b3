import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServerChild } from './children.js';
import { groupProfileFile, type GroupedProfile } from './cpuGroups.js';
import { httpLoad } from './httpLoad.js';
import { sample } from './procStats.js';
import type { MixQuery } from './queryMix.js';
import { arg, BENCH_DIR, gitHead, median, r2, treeBench } from './treeBench.js';

/**
 * What the response cache's HTTP lane (src/cache/cacheLane.ts) saves on a hit: two
 * checkouts of this repository, each run as bench/serveOurs.ts with RESPONSE_CACHE=true
 * over the same seeded 10k synthetic graph, answer the mix's byId and shortestPath
 * questions repeated (every request a cache hit, checked byte for byte) under
 * autocannon on loopback, in alternating windows.
 *
 *   npx tsx bench/cacheLane.ts --trees=/path/before,/path/after [--seconds=5] [--rounds=3] [--connections=64] [--profile]
 *
 * A tree other than this checkout needs node_modules (a link to this one's will do).
 * Per window: requests per second and CPU ms per request of the server process
 * (user + system from /proc over the window / answered requests). The load
 * generator shares the machine's cores with the server, equally for both trees.
 * --profile: then a V8 sampling profile of the last tree over one window per
 * question, grouped by request layer (bench/cpuGroups.ts).
 * Writes bench/results/cache-lane.json.
 */

const seconds = Number(arg('seconds') ?? 5);
const rounds = Number(arg('rounds') ?? 3);
const connections = Number(arg('connections') ?? 64);
const profile = process.argv.includes('--profile');
const QUESTIONS = ['byId', 'shortestPath'];

const bench = await treeBench(QUESTIONS, true);
const { trees, serve } = bench;

/** Sends a question until it is answered from the cache; returns the cached body. */
async function warm(server: ServerChild, q: MixQuery): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const res = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(q.ours),
    });
    const body = await res.text();
    if (res.status !== 200 || body.includes('"errors"'))
      throw new Error(`${q.name}: ${res.status} ${body.slice(0, 300)}`);
    if (res.headers.get('x-response-cache') === 'hit') return body;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${server.name} never answered ${q.name} from its cache`);
}

interface Window {
  requests: number;
  rps: number;
  cpuMsPerRequest: number;
  p50Ms: number;
  p99Ms: number;
}

async function window(server: ServerChild, q: MixQuery, expected: string, durationSec: number): Promise<Window> {
  const before = sample(server.pid).cpuMs;
  const res = await httpLoad(server.url, JSON.stringify(q.ours), {
    connections,
    durationSec,
    maxRequests: 10_000_000,
    verify: (b) => b === expected,
  });
  const cpuMs = sample(server.pid).cpuMs - before;
  if (res.mismatches || res.non200 || res.errors) throw new Error(`${q.name}: wrong answers ${JSON.stringify(res)}`);
  return {
    requests: res.requests,
    rps: res.rps,
    cpuMsPerRequest: Math.round((cpuMs / res.requests) * 1000) / 1000,
    p50Ms: r2(res.latency.p50),
    p99Ms: r2(res.latency.p99),
  };
}

/** Self time by request layer of the tree's server over one window per question, after a warm-up. */
async function profileOf(tree: string, mix: MixQuery[], expected: Map<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cache-lane-'));
  const file = path.join(dir, 'lane.cpuprofile');
  try {
    const s = await serve(tree, { BENCH_CPU_PROFILE: file });
    let requests = 0;
    try {
      for (const q of mix) await warm(s, q);
      for (const q of mix) await window(s, q, expected.get(q.name)!, 2);
      await s.signal('SIGUSR2', 'BENCH_PROFILING');
      for (const q of mix) {
        requests += (await window(s, q, expected.get(q.name)!, seconds)).requests;
      }
    } finally {
      await s.stop();
    }
    const g: GroupedProfile = groupProfileFile(file);
    return {
      ...g,
      top: g.top.slice(0, 15),
      requests,
      cpuMsPerRequest: Math.round((g.busyMs / requests) * 1000) / 1000,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  const { mix } = bench;

  const servers: ServerChild[] = [];
  for (const t of trees) servers.push(await serve(t));
  const perTree = trees.map(() => ({}) as Record<string, Window[]>);
  const expected = new Map<string, string>();
  try {
    for (const q of mix) {
      const bodies = await Promise.all(servers.map((s) => warm(s, q)));
      if (new Set(bodies).size !== 1) throw new Error(`${q.name}: the trees answer differently`);
      expected.set(q.name, bodies[0]!);
    }
    // A short run each, so that neither tree's first window pays for JIT warm-up.
    for (const s of servers) for (const q of mix) await window(s, q, expected.get(q.name)!, 2);
    for (let round = 0; round < rounds; round++) {
      // Alternate the order each round so neither tree always runs first.
      const order = round % 2 ? [...servers.keys()].reverse() : [...servers.keys()];
      for (const q of mix) {
        for (const i of order) {
          const w = await window(servers[i]!, q, expected.get(q.name)!, seconds);
          (perTree[i]![q.name] ??= []).push(w);
          console.log(`round ${round + 1} ${q.name} ${trees[i]}: ${JSON.stringify(w)}`);
        }
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
  const grouped = profile ? await profileOf(trees[trees.length - 1]!, mix, expected) : undefined;

  const result = {
    when: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? 'unknown', loadAvg1m: r2(os.loadavg()[0]!) },
    graph: '10k synthetic + seed',
    questions: QUESTIONS,
    responseCache: true,
    connections,
    secondsPerWindow: seconds,
    rounds,
    trees: trees.map((t, i) => ({
      tree: t,
      commit: gitHead(t),
      runs: perTree[i],
      median: Object.fromEntries(
        Object.entries(perTree[i]!).map(([k, ws]) => [
          k,
          {
            rps: median(ws.map((w) => w.rps)),
            cpuMsPerRequest: median(ws.map((w) => w.cpuMsPerRequest)),
            p50Ms: median(ws.map((w) => w.p50Ms)),
            p99Ms: median(ws.map((w) => w.p99Ms)),
          },
        ]),
      ),
    })),
    profile: grouped && { tree: trees[trees.length - 1], ...grouped },
  };
  const outDir = path.join(BENCH_DIR, 'results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, arg('out') ?? 'cache-lane.json'), JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result.trees.map((t) => ({ tree: t.tree, commit: t.commit, median: t.median }))));
} finally {
  await bench.close();
}
