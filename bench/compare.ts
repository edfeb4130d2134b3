import { readFileSync } from 'node:fs';
import { runOf, type BenchResult, type SizeResult } from './benchResult.js';
import { ratioCell } from './ratioCell.js';

/**
 * `npx tsx bench/compare.ts <before.json> <after.json>` — what a change bought: for
 * every question and size both runs measured, our statements, db hits, result size,
 * CPU per request and throughput against the peer, before → after. Ratios are
 * compared, not absolute rates: each run's ratios were measured within that run.
 */

const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as BenchResult;

// A timed-out side shows as its timeout count, as in the report.
const rpsCell = (s: SizeResult, query: string, c: number): string =>
  ratioCell(runOf(s, query, 'ours', c), runOf(s, query, 'peer', c), (r) => r.rps, ['ours', 'peer']).text;

const fmt = (v: number | null | undefined, digits = 2): string =>
  v === null || v === undefined ? '–' : v.toFixed(digits);
const pair = (a: string, b: string): string => (a === b ? a : `${a} → ${b}`);
const label = (n: number): string => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);

export function compare(before: BenchResult, after: BenchResult): string[] {
  const lines = [
    '| query | size | statements | db hits | result KB | CPU ms/req ours (c16) | ours/peer req/s c1 | ours/peer req/s c64 |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const a of after.sizes) {
    const b = before.sizes.find((s) => s.size === a.size);
    if (!b) continue;
    for (const query of Object.keys(a.profile)) {
      const pb = b.profile[query];
      const pa = a.profile[query]!;
      if (!pb) continue;
      const cpu = (s: SizeResult) => runOf(s, query, 'ours', 16)?.cpuMsPerRequest;
      lines.push(
        `| ${query} | ${label(a.size)} | ${pair(String(pb.ours.statements.length), String(pa.ours.statements.length))} | ` +
          `${pair(String(pb.ours.dbHits), String(pa.ours.dbHits))} | ` +
          `${pair(fmt(pb.ours.resultBytes / 1024, 1), fmt(pa.ours.resultBytes / 1024, 1))} | ` +
          `${pair(fmt(cpu(b)), fmt(cpu(a)))} | ${pair(rpsCell(b, query, 1), rpsCell(a, query, 1))} | ` +
          `${pair(rpsCell(b, query, 64), rpsCell(a, query, 64))} |`,
      );
    }
  }
  return lines;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const [beforeFile, afterFile] = process.argv.slice(2);
  if (!beforeFile || !afterFile) {
    console.error('usage: npx tsx bench/compare.ts <before.json> <after.json>');
    process.exit(2);
  }
  console.log(compare(load(beforeFile), load(afterFile)).join('\n'));
}
