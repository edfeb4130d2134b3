import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runOf, type BenchResult, type IngestionResult, type LiveResult, type SizeResult } from './benchResult.js';
import { p99Chart } from './chart.js';
import type { RunRecord, Target } from './measure.js';
import { FLAT_MB_PER_1K_REQUESTS, memoryTrend } from './memoryTrend.js';
import { sizeLabel } from './options.js';
import { cut, ratioCell, type RatioCell } from './ratioCell.js';

const fmt = (x: number | null | undefined, d = 1): string =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x >= 100 ? String(Math.round(x)) : x.toFixed(d);
const ratio = (a: number, b: number): number => (b > 0 ? a / b : NaN);
const mark = (ok: boolean) => (ok ? '✅' : '❌');
const unanswered = (r: RunRecord | undefined) => (r ? r.inFlight + r.timeouts : NaN);

export interface TargetLine {
  name: string;
  met: boolean;
  detail: string;
}

/**
 * One target over every question: `ok` decides a question from its cell. A cell
 * where `a` (ours) timed out never meets a target; one where only `b` did is shown
 * as such and is judged by `okIfBTimedOut`.
 */
function line(
  name: string,
  cells: { q: string; cell: RatioCell; note?: string }[],
  ok: (r: number) => boolean,
  okIfBTimedOut: boolean,
): TargetLine {
  const judged = cells.map(({ q, cell, note }) => {
    const met =
      cell.timedOut === null ? cell.ratio !== null && ok(cell.ratio) : cell.timedOut === 'b' ? okIfBTimedOut : false;
    return { q, met, text: `${q} ${cell.text} ${mark(met)}${note ? ` (${note})` : ''}` };
  });
  return { name, met: judged.length > 0 && judged.every((j) => j.met), detail: judged.map((j) => j.text).join(', ') };
}

/** The concurrencies the targets are read at: lowest, 16 (or the middle one), highest. */
export function levels(cs: readonly number[]): { cMin: number; cMid: number; cMax: number } {
  const sorted = [...cs].sort((a, b) => a - b);
  return {
    cMin: sorted[0]!,
    cMid: sorted.includes(16) ? 16 : sorted[Math.floor(sorted.length / 2)]!,
    cMax: sorted.at(-1)!,
  };
}

/** Evaluation of issue 14's targets from one run's numbers. */
export function evaluateTargets(result: BenchResult): TargetLine[] {
  const out: TargetLine[] = [];
  const queries = result.mix.map((m) => m.name);
  const { cMin, cMid, cMax } = levels(result.options.concurrency);
  const cells = (s: SizeResult, c: number, a: Target, b: Target, value: (r: RunRecord) => number) =>
    queries.map((q) => ({
      q,
      cell: ratioCell(runOf(s, q, a, c), runOf(s, q, b, c), value, [a, b]),
    }));
  for (const s of result.sizes) {
    const L = sizeLabel(s.size);
    // The floor sends the same Cypher with no HTTP or GraphQL at all, so floor/peer
    // bounds what any GraphQL server could reach: below 1.5× the target is out of reach.
    const ceilings = cells(s, cMax, 'floor', 'peer', (r) => r.rps);
    const withCeiling = cells(s, cMax, 'ours', 'peer', (r) => r.rps).map((c, i) => {
      const ceiling = ceilings[i]!.cell;
      return ceiling.ratio !== null && ceiling.ratio < 1.5
        ? { ...c, note: `floor itself ${cut(ceiling.ratio)}× peer` }
        : c;
    });
    out.push(
      line(`${L}: throughput ≥ 1.5× peer at c${cMax} (cache off)`, withCeiling, (r) => r >= 1.5, true),
      line(
        `${L}: CPU per request ≤ 0.6× peer at c${cMid}`,
        cells(s, cMid, 'ours', 'peer', (r) => r.cpuMsPerRequest),
        (r) => r <= 0.6,
        true,
      ),
      line(
        `${L}: p99 ≤ 2× floor at c${cMid}`,
        cells(s, cMid, 'ours', 'floor', (r) => r.latency.p99),
        (r) => r <= 2,
        false,
      ),
    );
    if (s.runs.some((r) => r.target === 'cached'))
      out.push(
        line(
          `${L}: repeated reads with the response cache ≥ 3× floor at c${cMax}`,
          cells(s, cMax, 'cached', 'floor', (r) => r.rps),
          (r) => r >= 3,
          true,
        ),
      );
  }
  if (result.sizes.length > 1) {
    const first = result.sizes[0]!;
    const last = result.sizes.at(-1)!;
    out.push(
      line(
        `growth ${sizeLabel(first.size)} → ${sizeLabel(last.size)}: p50 (c${cMin}) < 2× for every query`,
        queries.map((q) => ({
          q,
          cell: ratioCell(runOf(last, q, 'ours', cMin), runOf(first, q, 'ours', cMin), (r) => r.latency.p50, [
            sizeLabel(last.size),
            sizeLabel(first.size),
          ]),
        })),
        (g) => g < 2,
        false,
      ),
    );
  }
  const trend = memoryTrend(result.memory, result.rssSeries);
  if (trend) {
    out.push({
      name: `our server's memory flat (slope < ${FLAT_MB_PER_1K_REQUESTS} MB per 1,000 requests)`,
      met: trend.mbPer1kRequests < FLAT_MB_PER_1K_REQUESTS,
      detail:
        `${fmt(trend.mbPer1kRequests, 3)} MB per 1,000 requests, ${fmt(trend.mbPerMinute, 2)} MB/min over ` +
        `${fmt(trend.minutes)} min and ${trend.requests} requests; RSS ${fmt(trend.firstMb)} → ${fmt(trend.lastMb)} MB, peak ${fmt(trend.peakMb)} MB`,
    });
  }
  const runs = result.sizes.flatMap((s) => s.runs);
  const wrong = (t: Target) =>
    runs.filter((r) => r.target === t).reduce((a, r) => a + r.mismatches + r.non200 + r.errors, 0);
  const checked = (t: Target) => runs.filter((r) => r.target === t).reduce((a, r) => a + r.checked, 0);
  const present = (['ours', 'peer', 'floor', 'cached'] as Target[]).filter((t) => runs.some((r) => r.target === t));
  const diff = result.sizes.flatMap((s) =>
    Object.entries(s.equivalence)
      .filter(([, v]) => !v.equal)
      .map(([k]) => `${k} at ${sizeLabel(s.size)}`),
  );
  out.push({
    name: 'every target answers as ours, before timing and under load',
    met: present.every((t) => wrong(t) === 0) && diff.length === 0,
    detail:
      `${diff.length ? `answers differ: ${diff.join(', ')}; ` : 'answers equal before timing; '}under load ` +
      present.map((t) => `${t} ${wrong(t)} bad of ${checked(t)} checked`).join(', '),
  });
  return out;
}

function sizeTable(result: BenchResult, s: SizeResult): string[] {
  const lines = [
    `### ${sizeLabel(s.size)} synthetic nodes (graph: ${s.graph.totalNodes} nodes, ${s.graph.totalRelationships} relationships)`,
    '',
    '| query | c | req/s ours | req/s peer | req/s floor | unanswered ours | peer | floor | p50 ours | p50 peer | p50 floor | p99 ours | p99 peer | p99 floor | ours/peer req/s | ours/floor p99 | CPU ms/req ours | peer | floor | DB CPU ms/req ours | peer | floor | peak RSS MB ours | peer |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const m of result.mix) {
    for (const c of result.options.concurrency) {
      const o = runOf(s, m.name, 'ours', c);
      const p = runOf(s, m.name, 'peer', c);
      const f = runOf(s, m.name, 'floor', c);
      if (!o || !p || !f) continue;
      const thr = ratioCell(o, p, (r) => r.rps, ['ours', 'peer']).text;
      const tail = ratioCell(o, f, (r) => r.latency.p99, ['ours', 'floor']).text;
      lines.push(
        `| ${m.name} | ${c} | ${fmt(o.rps)} | ${fmt(p.rps)} | ${fmt(f.rps)} | ${unanswered(o)} | ${unanswered(p)} | ${unanswered(f)} | ${fmt(o.latency.p50)} | ${fmt(p.latency.p50)} | ${fmt(f.latency.p50)} | ${fmt(o.latency.p99)} | ${fmt(p.latency.p99)} | ${fmt(f.latency.p99)} | **${thr}** | **${tail}** | ${fmt(o.cpuMsPerRequest, 2)} | ${fmt(p.cpuMsPerRequest, 2)} | ${fmt(f.cpuMsPerRequest, 2)} | ${fmt(o.dbCpuMsPerRequest, 2)} | ${fmt(p.dbCpuMsPerRequest, 2)} | ${fmt(f.dbCpuMsPerRequest, 2)} | ${fmt(o.peakRssMb)} | ${fmt(p.peakRssMb)} |`,
      );
    }
  }
  return lines;
}

function cacheTable(result: BenchResult): string[] {
  const { cMax } = levels(result.options.concurrency);
  const rows: string[] = [];
  for (const s of result.sizes) {
    for (const m of result.mix) {
      const k = runOf(s, m.name, 'cached', cMax);
      const f = runOf(s, m.name, 'floor', cMax);
      const o = runOf(s, m.name, 'ours', cMax);
      if (!k) continue;
      rows.push(
        `| ${m.name} | ${sizeLabel(s.size)} | ${fmt(k.rps)} | ${fmt(o?.rps)} | ${fmt(f?.rps)} | ${fmt(k.latency.p50)} | ${fmt(k.latency.p99)} | **${ratioCell(k, f, (r) => r.rps, ['cached', 'floor']).text}** | ${ratioCell(k, o, (r) => r.rps, ['cached', 'ours']).text} |`,
      );
    }
  }
  if (!rows.length) return [];
  return [
    `## Repeated reads with the response cache (c${cMax})`,
    '',
    'The same request over and over against a second server of ours started with its response cache on (the ' +
      'default; every other table runs ours with `RESPONSE_CACHE=false`). Nothing is written meanwhile, so after ' +
      'its first answer every request is a hit.',
    '',
    '| query | size | req/s cached | req/s ours (no cache) | req/s floor | p50 cached | p99 cached | cached/floor | cached/ours |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
  ];
}

function peerFormsTable(result: BenchResult): string[] {
  const rows: string[] = [];
  for (const s of result.sizes) {
    for (const [q, forms] of Object.entries(s.peerForms ?? {})) {
      if (!forms || forms.length < 2) continue;
      const best = forms.find((f) => f.kept);
      for (const f of forms)
        rows.push(
          `| ${q} | ${sizeLabel(s.size)} | ${f.form} | ${f.equal ? 'yes' : `no: ${(f.note ?? '').slice(0, 80)}`} | ${fmt(f.rps)} | ${best && f.rps !== null && best.rps ? `${cut(ratio(f.rps, best.rps))}×` : '–'} | ${f.kept ? '**kept**' : ''} |`,
        );
    }
  }
  if (!rows.length) return [];
  return [
    "## The peer's forms",
    '',
    'Where a question can be asked of @neo4j/graphql in more than one reasonable way, each form is checked against ' +
      'our answer and probed for the warm-up window at c16; the fastest agreeing form is the one timed.',
    '',
    '| query | size | form | same answer | req/s (probe, c16) | of the kept | |',
    '|---|---|---|---|--:|--:|---|',
    ...rows,
    '',
  ];
}

/** Ingestion throughput, when the run ingested articles at its 100k step. */
function ingestionSection(i: IngestionResult): string[] {
  const met = i.wallMs <= i.targetMs;
  return [
    '## Ingestion throughput',
    '',
    `${i.articles} generated news articles of about ${fmt(i.wordsPerArticle)} words into ${i.workload}, ` +
      `${i.concurrency} at a time; ${i.failed} failed.`,
    '',
    '| articles | wall s | articles/s | p50 ms per article | p99 ms per article | statements per article | entities linked | entities created | target | met |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|',
    `| ${i.articles} | ${fmt(i.wallMs / 1000, 1)} | ${fmt(i.articlesPerSec, 2)} | ${fmt(i.p50Ms)} | ${fmt(i.p99Ms)} | ${fmt(i.statementsPerArticle, 1)} | ${i.entitiesLinked} | ${i.entitiesCreated} | ${i.targetMs / 1000} s | ${met ? '✅' : '❌'} |`,
    '',
  ];
}

/** Subscription latency, when a run of the live bench was merged into the result. */
function liveSection(l: LiveResult): string[] {
  const out = [
    '## Subscription latency',
    '',
    `From the write's HTTP answer to the event at a subscriber; the feed is polled every ${l.pollIntervalMs} ms.`,
    '',
    '| path | p50 ms | p99 ms | lost |',
    '|---|--:|--:|--:|',
    `| same replica | ${fmt(l.sameReplicaMs.p50)} | ${fmt(l.sameReplicaMs.p99)} | ${l.sameReplicaMs.lost} |`,
    `| across replicas | ${fmt(l.acrossReplicasMs.p50)} | ${fmt(l.acrossReplicasMs.p99)} | ${l.acrossReplicasMs.lost} |`,
  ];
  if (l.fanOut)
    out.push(
      `| fan-out: ${l.fanOut.subscribers} subscribers, ${l.fanOut.writesPerSecond} writes/s (${l.fanOut.delivered} of ${l.fanOut.expected} delivered) | ${fmt(l.fanOut.latencyMs.p50)} | ${fmt(l.fanOut.latencyMs.p99)} | ${l.fanOut.expected - l.fanOut.delivered} |`,
    );
  if (l.sameReplicaMs.p50 < 0)
    out.push(
      '',
      'Negative: the event reached the subscriber before the HTTP answer reached the writer. In such a run the ' +
        'replica that made a write read the feed before it answered (so that its response cache had evicted what ' +
        "the write changed); it now evicts from the write's own result and feeds its subscribers from the next " +
        'poll (docs/caching.md).',
    );
  if (l.failedWrites) out.push('', `${l.failedWrites} fan-out writes were refused or failed.`);
  out.push('');
  return out;
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
    `Each cell: one run of ${o.durationSec} s (${o.topDurationSec} s at c${Math.max(...o.concurrency)}; at most ` +
      `${o.maxRequests} requests) at concurrency c from a separate load process (autocannon over loopback ` +
      `keep-alive; the floor runs its own loop in its own process), after a ${o.warmupSec} s warm-up at c16. ` +
      'Ours runs with `RESPONSE_CACHE=false` in every comparison. Latencies in ms, of the requests answered in the ' +
      'window; "unanswered" counts requests still in flight when the window closed plus those the load generator ' +
      'timed out. A run that answered fewer requests than it left unanswered shows as a timeout count, not a ratio. ' +
      "CPU ms/req: the target process's user+system CPU time over the run divided by answered requests (/proc); " +
      'DB CPU: the same for the Neo4j JVM. Every HTTP response body is checked against our answer (exact bytes or ' +
      'the same canonical answer, and no `errors`); the floor checks every 20th result against the rows our server ' +
      `got.${o.strict ? ' Strict: the run stops at the first answer that differs.' : ' Not strict (--no-strict).'}`,
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
  L.push(...cacheTable(result), ...peerFormsTable(result));
  L.push(
    '## Bulk load',
    '',
    "Batches of the writer's own UNWIND statements (src/cypher/writeCypher.ts), alternating between the " +
      "project's Database and the bare driver (parameters converted before the clock starts), so both write into " +
      "the same growing store. Each rate counts only the time spent in that path's own batches. The load goes " +
      "around the writer, so the place timeline's entries are then rebuilt for the whole graph (not in wall s).",
    '',
    '| step | nodes | relationships | wall s | Database nodes/s | raw nodes/s | raw/Database | Database rels/s | raw rels/s | raw/Database | timeline entries s |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  let prev = 0;
  for (const s of result.sizes) {
    const b = s.bulk;
    L.push(
      `| ${sizeLabel(prev)} → ${sizeLabel(s.size)} | ${b.nodes} | ${b.relationships} | ${fmt(b.wallMs / 1000)} | ${b.database.nodesPerSec} | ${b.raw.nodesPerSec} | ${fmt(ratio(b.raw.nodesPerSec, b.database.nodesPerSec), 2)} | ${b.database.relationshipsPerSec} | ${b.raw.relationshipsPerSec} | ${fmt(ratio(b.raw.relationshipsPerSec, b.database.relationshipsPerSec), 2)} | ${b.timelineEntriesMs === undefined ? '–' : fmt(b.timelineEntriesMs / 1000)} |`,
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
        ratioCell(runOf(last, m.name, t, c), runOf(first, m.name, t, c), (r) => r.latency.p50, [
          sizeLabel(last.size),
          sizeLabel(first.size),
        ]).text;
      const h = cut(ratio(last.profile[m.name]?.ours.dbHits ?? NaN, first.profile[m.name]?.ours.dbHits ?? NaN));
      L.push(`| ${m.name} | ${g('ours')} | ${g('peer')} | ${g('floor')} | ${h}× |`);
    }
  }
  const trend = memoryTrend(result.memory, result.rssSeries);
  if (trend) {
    L.push(
      '',
      "## Our server's memory",
      '',
      `Slope of RSS (least squares) across the timed runs: ${fmt(trend.mbPerMinute, 2)} MB per minute over ` +
        `${fmt(trend.minutes)} min (RSS every 2 s), ${fmt(trend.mbPer1kRequests, 3)} MB per 1,000 requests over ` +
        `${trend.requests} requests (RSS after each run of ours). RSS ${fmt(trend.firstMb)} MB at the first sample, ` +
        `${fmt(trend.lastMb)} MB at the last, peak ${fmt(trend.peakMb)} MB.`,
      '',
      `RSS after each timed run of ours, in order (MB): ${result.memory.map((m) => fmt(m.rssMb, 0)).join(' ')}`,
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
  // Filled in by the ingestion and live benches when their results are merged into this run's JSON.
  if (result.ingestion || result.live) L.push('');
  if (result.ingestion) L.push(...ingestionSection(result.ingestion));
  if (result.live) L.push(...liveSection(result.live));
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
