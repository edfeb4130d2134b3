import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { p99Chart } from './chart.js';
import type { RunRecord, Target } from './measure.js';
import { sizeLabel } from './options.js';
import type { BenchResult, SizeResult } from './run.js';

const fmt = (x: number | null | undefined, d = 1): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x >= 100 ? String(Math.round(x)) : x.toFixed(d);
const ratio = (a: number, b: number): number => (b > 0 ? a / b : NaN);
const mark = (ok: boolean) => (ok ? '✅' : '❌');
// Ratios checked against a threshold are cut, not rounded, so 1.497 never shows as a failing "1.50".
const cut = (x: number): string => (Number.isFinite(x) ? (Math.floor(x * 100) / 100).toFixed(2) : '–');

function run(s: SizeResult, q: string, c: number, t: Target): RunRecord | undefined {
  return s.runs.find((r) => r.query === q && r.concurrency === c && r.target === t);
}

/** Evaluation of the issue's targets from one run's numbers. */
export function evaluateTargets(result: BenchResult): { name: string; met: boolean; detail: string }[] {
  const out: { name: string; met: boolean; detail: string }[] = [];
  const queries = result.mix.map((m) => m.name);
  const cs = result.options.concurrency;
  const cMax = Math.max(...cs);
  const cMin = Math.min(...cs);
  const cMid = cs.includes(16) ? 16 : cs[Math.floor(cs.length / 2)]!;
  for (const s of result.sizes) {
    const L = sizeLabel(s.size);
    const thr = queries.map((q) => {
      const r = ratio(run(s, q, cMax, 'ours')?.rps ?? NaN, run(s, q, cMax, 'peer')?.rps ?? NaN);
      return { q, r, ok: r >= 1.5 };
    });
    out.push({
      name: `${L}: throughput ≥ 1.5× peer at c${cMax}`,
      met: thr.every((x) => x.ok),
      detail: thr.map((x) => `${x.q} ${cut(x.r)}× ${mark(x.ok)}`).join(', '),
    });
    const c1 = queries.map((q) => {
      const r = ratio(run(s, q, cMin, 'ours')?.rps ?? NaN, run(s, q, cMin, 'peer')?.rps ?? NaN);
      return { q, r, ok: r >= 1 };
    });
    out.push({
      name: `${L}: never slower than peer at c${cMin}`,
      met: c1.every((x) => x.ok),
      detail: c1.map((x) => `${x.q} ${cut(x.r)}× ${mark(x.ok)}`).join(', '),
    });
    const p99 = queries.map((q) => {
      const r = ratio(run(s, q, cMid, 'ours')?.latency.p99 ?? NaN, run(s, q, cMid, 'floor')?.latency.p99 ?? NaN);
      return { q, r, ok: r <= 2 };
    });
    out.push({
      name: `${L}: p99 ≤ 2× floor at c${cMid}`,
      met: p99.every((x) => x.ok),
      detail: p99.map((x) => `${x.q} ${cut(x.r)}× ${mark(x.ok)}`).join(', '),
    });
    const bulkN = ratio(s.bulk.raw.nodesPerSec, s.bulk.database.nodesPerSec);
    const bulkR = ratio(s.bulk.raw.relationshipsPerSec, s.bulk.database.relationshipsPerSec);
    out.push({
      name: `${L}: bulk load within 2× of the raw driver`,
      met: bulkN <= 2 && bulkR <= 2,
      detail: `nodes: raw/Database ${cut(bulkN)}, relationships: ${cut(bulkR)}; Database ${s.bulk.database.nodesPerSec} nodes/s`,
    });
  }
  if (result.sizes.length > 1) {
    const first = result.sizes[0]!;
    const last = result.sizes.at(-1)!;
    const growth = queries.map((q) => {
      const g = ratio(run(last, q, cMin, 'ours')?.latency.p50 ?? NaN, run(first, q, cMin, 'ours')?.latency.p50 ?? NaN);
      const gated = ['byId', 'search', 'neighborhood'].includes(q);
      return { q, g, gated, ok: !gated || g < 2 };
    });
    out.push({
      name: `growth ${sizeLabel(first.size)} → ${sizeLabel(last.size)}: p50 (c${cMin}) < 2× for byId, search, neighborhood`,
      met: growth.every((x) => x.ok),
      detail: growth.map((x) => `${x.q} ${cut(x.g)}×${x.gated ? ` ${mark(x.ok)}` : ''}`).join(', '),
    });
  }
  const mem = result.memory;
  if (mem.length > 2 && result.sizes.length) {
    // RSS rises with concurrency within a size, so compare like with like: the peak
    // over the first size's runs (warm-up done, every question at every concurrency)
    // against the peak over the last size's runs.
    const peak = (size: number) => Math.max(...mem.filter((m) => m.size === size).map((m) => m.rssMb));
    const warm = peak(result.sizes[0]!.size);
    const end = peak(result.sizes.at(-1)!.size);
    out.push({
      name: 'our server memory flat after warm-up',
      met: end <= warm * 1.25,
      detail: `peak RSS over the ${sizeLabel(result.sizes[0]!.size)} runs ${fmt(warm)} MB, over the ${sizeLabel(result.sizes.at(-1)!.size)} runs ${fmt(end)} MB; after the last run ${fmt(mem.at(-1)!.rssMb)} MB`,
    });
  }
  const wrong = result.sizes.flatMap((s) => s.runs).reduce((a, r) => a + r.mismatches + r.non200 + r.errors, 0);
  const diff = result.sizes.flatMap((s) =>
    Object.entries(s.equivalence)
      .filter(([, v]) => !v.equal)
      .map(([k]) => k),
  );
  out.push({
    name: 'same answer from all three; no errors under load',
    met: wrong === 0 && diff.length === 0,
    detail: `${diff.length ? `answers differ: ${diff.join(', ')}; ` : 'answers equal before timing; '}${wrong} bad responses under load`,
  });
  return out;
}

function sizeTable(result: BenchResult, s: SizeResult): string[] {
  const lines = [
    `### ${sizeLabel(s.size)} synthetic nodes (graph: ${s.graph.totalNodes} nodes, ${s.graph.totalRelationships} relationships)`,
    '',
    '| query | c | req/s ours | req/s peer | req/s floor | p50 ours | p50 peer | p50 floor | p99 ours | p99 peer | p99 floor | ours/peer req/s | ours/floor p99 | CPU ms/req ours | peer | floor | DB CPU ms/req ours | peer | floor | peak RSS MB ours | peer |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const m of result.mix) {
    for (const c of result.options.concurrency) {
      const o = run(s, m.name, c, 'ours');
      const p = run(s, m.name, c, 'peer');
      const f = run(s, m.name, c, 'floor');
      if (!o || !p || !f) continue;
      lines.push(
        `| ${m.name} | ${c} | ${fmt(o.rps)} | ${fmt(p.rps)} | ${fmt(f.rps)} | ${fmt(o.latency.p50)} | ${fmt(p.latency.p50)} | ${fmt(f.latency.p50)} | ${fmt(o.latency.p99)} | ${fmt(p.latency.p99)} | ${fmt(f.latency.p99)} | **${fmt(ratio(o.rps, p.rps), 2)}** | **${fmt(ratio(o.latency.p99, f.latency.p99), 2)}** | ${fmt(o.cpuMsPerRequest, 2)} | ${fmt(p.cpuMsPerRequest, 2)} | ${fmt(f.cpuMsPerRequest, 2)} | ${fmt(o.dbCpuMsPerRequest, 2)} | ${fmt(p.dbCpuMsPerRequest, 2)} | ${fmt(f.dbCpuMsPerRequest, 2)} | ${fmt(o.peakRssMb)} | ${fmt(p.peakRssMb)} |`,
      );
    }
  }
  return lines;
}

/** The markdown summary: targets, the main table per size, bulk load, PROFILE, growth, CPU profile. */
export function markdownReport(result: BenchResult): string {
  const o = result.options;
  const L: string[] = [
    '# Benchmark: this server vs @neo4j/graphql vs the raw driver',
    '',
    `Run ${result.startedAt} (${result.wallSec ?? '?'} s), ${result.machine.cpus}× ${result.machine.cpuModel}, ` +
      `${result.machine.memGb} GB, Node ${result.machine.node}, Neo4j ${result.neo4j.version} ` +
      `(${result.neo4j.ownInstance ? 'own local instance' : 'BENCH_NEO4J_URI'}). Load average at start ` +
      `${result.machine.loadAvgStart.join('/')}, at end ${result.machine.loadAvgEnd?.join('/') ?? '?'} ` +
      '(the machine is shared; compare ratios within this run, not absolute numbers across runs).',
    '',
    `Each cell: one run of ${o.durationSec} s (at most ${o.maxRequests} requests) at concurrency c from a separate ` +
      `load process (autocannon over loopback keep-alive; the floor runs its own loop in its own process), after a ` +
      `${o.warmupSec} s warm-up at c16. Latencies in ms, per response. CPU ms/req: the target process's user+system ` +
      'CPU time over the run divided by completed requests (/proc); DB CPU: the same for the Neo4j JVM. Every ' +
      'HTTP response body is checked (exact bytes or the same canonical answer, and no `errors`); the floor checks ' +
      'every 20th result against the rows our server got.',
    '',
    '## Targets',
    '',
    '| target | met | detail |',
    '|---|:-:|---|',
    ...evaluateTargets(result).map((t) => `| ${t.name} | ${mark(t.met)} | ${t.detail} |`),
    '',
    '## Query mix',
    '',
    '| query | question | peer expresses it as | our statements (round-trip waves) |',
    '|---|---|---|---|',
    ...result.mix.map((m) => {
      const st = result.sizes[0]?.statements[m.name];
      return `| ${m.name} | ${m.title} | ${m.peerStyle} | ${st ? `${st.count} (${st.waves})` : '–'} |`;
    }),
    '',
    '## Results',
    '',
  ];
  for (const s of result.sizes) L.push(...sizeTable(result, s), '');
  L.push(
    '## Bulk load',
    '',
    "Batches of the seeder's own UNWIND/MERGE statements (src/cypher/upsertCypher.ts), alternating between the " +
      "project's Database and the bare driver (parameters converted before the clock starts), so both write into " +
      "the same growing store. Each rate counts only the time spent in that path's own batches.",
    '',
    '| step | nodes | relationships | wall s | Database nodes/s | raw nodes/s | raw/Database | Database rels/s | raw rels/s | raw/Database |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  let prev = 0;
  for (const s of result.sizes) {
    const b = s.bulk;
    L.push(
      `| ${sizeLabel(prev)} → ${sizeLabel(s.size)} | ${b.nodes} | ${b.relationships} | ${fmt(b.wallMs / 1000)} | ${b.database.nodesPerSec} | ${b.raw.nodesPerSec} | ${fmt(ratio(b.raw.nodesPerSec, b.database.nodesPerSec), 2)} | ${b.database.relationshipsPerSec} | ${b.raw.relationshipsPerSec} | ${fmt(ratio(b.raw.relationshipsPerSec, b.database.relationshipsPerSec), 2)} |`,
    );
    prev = s.size;
  }
  L.push(
    '',
    '## PROFILE: database hits per request',
    '',
    'Ours: the sum over the statements our server sends for the request. Peer: the Cypher @neo4j/graphql generates ' +
      'for its request (caught from its driver), profiled with its own parameters.',
    '',
    '| query | size | ours statements | ours db hits | peer statements | peer db hits | ours/peer db hits | ours result KB | peer result KB |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const m of result.mix) {
    for (const s of result.sizes) {
      const p = s.profile[m.name];
      if (!p) continue;
      L.push(
        `| ${m.name} | ${sizeLabel(s.size)} | ${p.ours.statements.length} | ${p.ours.dbHits} | ${p.peer.statements.length} | ${p.peer.dbHits} | ${fmt(ratio(p.ours.dbHits, p.peer.dbHits), 2)} | ${fmt(p.ours.resultBytes / 1024)} | ${fmt(p.peer.resultBytes / 1024)} |`,
      );
    }
  }
  if (result.sizes.length > 1) {
    const first = result.sizes[0]!;
    const last = result.sizes.at(-1)!;
    const c = Math.min(...o.concurrency);
    L.push(
      '',
      `## Growth ${sizeLabel(first.size)} → ${sizeLabel(last.size)} (p50 at c${c})`,
      '',
      '| query | ours | peer | floor | ours db hits |',
      '|---|--:|--:|--:|--:|',
    );
    for (const m of result.mix) {
      const g = (t: Target) =>
        cut(ratio(run(last, m.name, c, t)?.latency.p50 ?? NaN, run(first, m.name, c, t)?.latency.p50 ?? NaN));
      const h = cut(ratio(last.profile[m.name]?.ours.dbHits ?? NaN, first.profile[m.name]?.ours.dbHits ?? NaN));
      L.push(`| ${m.name} | ${g('ours')}× | ${g('peer')}× | ${g('floor')}× | ${h}× |`);
    }
  }
  if (result.memory.length) {
    L.push(
      '',
      "## Our server's memory",
      '',
      `RSS after each timed run, in order (MB): ${result.memory.map((m) => fmt(m.rssMb, 0)).join(' ')}`,
    );
  }
  if (result.cpuProfile) {
    const b = result.cpuProfile.breakdown;
    L.push(
      '',
      "## Where our server's CPU goes",
      '',
      `V8 sampling profile of a separate server process driven through the mix at c16 for ` +
        `${result.cpuProfile.secondsPerQuery} s per question (${result.cpuProfile.requests} requests, ` +
        `${fmt(b.busyMs / 1000)} s busy).`,
      '',
      '| area (self time) | share |',
      '|---|--:|',
      ...b.byArea.slice(0, 12).map((a) => `| ${a.area} | ${fmt(a.share)} % |`),
      '',
      '| function | area | share |',
      '|---|---|--:|',
      ...b.topFunctions.map(
        (f) => `| \`${f.fn.slice(0, f.fn.lastIndexOf(` ${f.area}:`))}\` | ${f.area} | ${fmt(f.share)} % |`,
      ),
    );
  }
  L.push('', '![p99 latency against concurrency](latest-p99.svg)', '');
  return L.join('\n');
}

/** Writes latest.md, latest.json and latest-p99.svg beside the timestamped JSON. */
export function writeReport(result: BenchResult, dir: string): string[] {
  const files = {
    md: path.join(dir, 'latest.md'),
    json: path.join(dir, 'latest.json'),
    svg: path.join(dir, 'latest-p99.svg'),
  };
  writeFileSync(files.md, markdownReport(result));
  writeFileSync(files.json, `${JSON.stringify(result, null, 1)}\n`);
  writeFileSync(
    files.svg,
    p99Chart(
      result.sizes.flatMap((s) => s.runs),
      result.mix.map((m) => m.name),
      result.sizes.map((s) => s.size),
    ),
  );
  return Object.values(files).map((f) => path.relative(process.cwd(), f));
}
