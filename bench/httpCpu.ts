import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ServerChild } from './children.js';
import { groupProfileFile, type GroupedProfile } from './cpuGroups.js';
import { postGraphQL } from './http.js';
import { httpLoad } from './httpLoad.js';
import { sample } from './procStats.js';
import type { MixQuery } from './queryMix.js';
import { arg, BENCH_DIR, gitHead, median, r2, treeBench } from './treeBench.js';

/**
 * Where a request's CPU goes on our HTTP path, and what a change saves. On a 10k
 * synthetic graph, our server (as bench/serveOurs.ts runs it: production, no response
 * cache) answers the mix's byId and shortestPath questions under autocannon at
 * concurrency 16, and `{ __typename }`, which crosses every HTTP layer but no database.
 *
 *   npx tsx bench/httpCpu.ts [--seconds=4] [--rounds=3] [--trees=/path/a,/path/b] [--questions=byId,shortestPath]
 *     [--no-profile] [--out=http-cpu.json]
 *
 * --trees: checkouts of this repository (node_modules linked) whose bench/serveOurs.ts
 * is measured in alternating rounds, CPU ms per request from /proc (user + system of
 * the server process over the window / answered requests), median of the rounds.
 * Without it, this checkout only. --vary=KEY=VALUE instead measures this checkout
 * without and with that environment setting. The profile (V8 sampler, 500 µs) is of this checkout,
 * grouped by request layer (bench/cpuGroups.ts). Writes bench/results/http-cpu.json.
 */

const seconds = Number(arg('seconds') ?? 4);
const rounds = Number(arg('rounds') ?? 3);
const profile = !process.argv.includes('--no-profile');
const QUESTIONS = (arg('questions') ?? 'byId,shortestPath').split(',');

const bench = await treeBench(QUESTIONS, false);
// --vary=KEY=VALUE: measure this checkout twice, the second time with KEY=VALUE in
// its environment (an A/B of a setting, such as GRAPHQL_EXECUTOR=jit).
const vary = arg('vary')?.split(/=(.*)/s);
const variants = vary
  ? [
      { tree: bench.trees[0]!, env: {} as NodeJS.ProcessEnv, label: bench.trees[0]! },
      { tree: bench.trees[0]!, env: { [vary[0]!]: vary[1] }, label: `${bench.trees[0]} ${vary[0]}=${vary[1]}` },
    ]
  : bench.trees.map((tree) => ({ tree, env: {} as NodeJS.ProcessEnv, label: tree }));
const { serve } = bench;

async function drive(server: ServerChild, q: MixQuery, expected: string, durationSec: number) {
  return httpLoad(server.url, JSON.stringify(q.ours), {
    connections: 16,
    durationSec,
    maxRequests: 1_000_000,
    verify: (b) => b === expected,
  });
}

/** CPU ms per answered request of one window per question. */
async function cpuPerRequest(server: ServerChild, mix: MixQuery[], expected: Map<string, string>) {
  const out: Record<string, number> = {};
  for (const q of mix) {
    const before = sample(server.pid).cpuMs;
    const res = await drive(server, q, expected.get(q.name)!, seconds);
    if (res.mismatches || res.non200 || res.errors) throw new Error(`${q.name}: wrong answers ${JSON.stringify(res)}`);
    out[q.name] = (sample(server.pid).cpuMs - before) / res.requests;
  }
  return out;
}

try {
  const { mix } = bench;
  // The HTTP path alone (express, Apollo, plugins, JSON), no database: the least noisy
  // view of the layers this measures, on a machine whose other loads move the rest.
  mix.push({ ...mix[0]!, name: 'typename' as MixQuery['name'], ours: { query: '{ __typename }', variables: {} } });

  const servers = await Promise.all(variants.map((v) => serve(v.tree, v.env)));
  const expected = new Map<string, string>();
  for (const q of mix) expected.set(q.name, (await postGraphQL(servers[0]!.url, q.ours)).raw);
  const perTree = variants.map(() => ({}) as Record<string, number[]>);
  try {
    for (const s of servers) for (const q of mix) await drive(s, q, expected.get(q.name)!, 2);
    for (let round = 0; round < rounds; round++) {
      // Alternate the order each round so neither tree always runs first.
      const order = round % 2 ? [...servers.keys()].reverse() : [...servers.keys()];
      for (const i of order) {
        const cpu = await cpuPerRequest(servers[i]!, mix, expected);
        for (const [k, v] of Object.entries(cpu)) (perTree[i]![k] ??= []).push(v);
        console.log(`round ${round + 1} ${variants[i]!.label}: ${JSON.stringify(cpu)}`);
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }

  let grouped: (GroupedProfile & { requests: number; cpuMsPerRequest: number }) | undefined;
  if (profile) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'http-cpu-'));
    const file = path.join(dir, 'ours.cpuprofile');
    try {
      // The checkout as it stands: the last of --trees, or the first of --vary.
      const profiled = vary ? variants[0]! : variants[variants.length - 1]!;
      const s = await serve(profiled.tree, { ...profiled.env, BENCH_CPU_PROFILE: file });
      let requests = 0;
      try {
        const questions = mix.filter((q) => QUESTIONS.includes(q.name));
        for (const q of questions) await drive(s, q, expected.get(q.name)!, 2);
        await s.signal('SIGUSR2', 'BENCH_PROFILING');
        for (const q of questions) requests += (await drive(s, q, expected.get(q.name)!, seconds)).requests;
      } finally {
        await s.stop();
      }
      const g = groupProfileFile(file);
      grouped = { ...g, requests, cpuMsPerRequest: r2(g.busyMs / requests) };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  const result = {
    when: new Date().toISOString(),
    graph: '10k synthetic + seed',
    questions: [...QUESTIONS, 'typename ({ __typename }, no database)'],
    concurrency: 16,
    secondsPerWindow: seconds,
    rounds,
    cpuMsPerRequest: variants.map((v, i) => ({
      tree: v.label,
      commit: gitHead(v.tree),
      runs: Object.fromEntries(Object.entries(perTree[i]!).map(([k, v]) => [k, v.map(r2)])),
      median: Object.fromEntries(Object.entries(perTree[i]!).map(([k, v]) => [k, r2(median(v))])),
    })),
    profile: grouped,
  };
  const outDir = path.join(BENCH_DIR, 'results');
  mkdirSync(outDir, { recursive: true });
  const name = arg('out') ?? 'http-cpu.json';
  writeFileSync(path.join(outDir, name), JSON.stringify(result, null, 2) + '\n');
  console.log(
    JSON.stringify({ ...result, profile: grouped && { ...grouped, top: grouped.top.slice(0, 12) } }, null, 2),
  );
} finally {
  await bench.close();
}
