import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../src/db/database.js';
import type { IngestionResult, LiveResult } from './benchResult.js';
import { knownNamesQuery, measureIngestion } from './ingestSpeed.js';
import { LIVE_RESULT_FILE, liveFigures, type LiveRun } from './live.js';
import type { KnownNames } from './newsArticles.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Articles in flight at once: the best of `npm run bench:ingest`'s sweep (1, 2, 4, 8) on 2 cores. */
const INGEST_CONCURRENCY = 4;
/** Issue #12's bar: 1,000 articles of about 300 words into 100k nodes in under 60 s. */
const INGEST_TARGET_MS = 60_000;

/** Ingests `articles` generated news articles through the writer, after a warm-up of 30. */
export async function ingestionStep(
  db: Database,
  articles: number,
  totalNodes: number,
  say: (msg: string) => void,
): Promise<IngestionResult> {
  const known = (await db.read(knownNamesQuery(300)))[0] as unknown as KnownNames;
  say('ingestion: warm-up of 30 articles');
  await measureIngestion(db, { articles: 30, concurrency: 1, seed: 1, known });
  say(`ingestion: ${articles} articles, ${INGEST_CONCURRENCY} at a time`);
  const r = await measureIngestion(db, { articles, concurrency: INGEST_CONCURRENCY, known });
  say(
    `ingestion: ${r.articles} articles in ${(r.wallMs / 1000).toFixed(1)} s, ${r.articlesPerSec} articles/s, ` +
      `p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms, ${r.failed} failed`,
  );
  return { ...r, workload: `a graph of ${totalNodes} nodes`, targetMs: INGEST_TARGET_MS };
}

/**
 * Runs bench/live.ts as a process of its own (it starts its own Neo4j and two
 * servers) and reads what it wrote; undefined, with the reason said, if it failed.
 */
export async function liveStep(say: (msg: string) => void): Promise<LiveResult | undefined> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/live.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) {
    say(`subscriptions: bench/live.ts exited with ${code}; no live figures in this run`);
    return undefined;
  }
  return liveFigures(JSON.parse(readFileSync(LIVE_RESULT_FILE, 'utf8')) as LiveRun);
}
