import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import type { CypherQuery } from '../db/cypherQuery.js';
import { backfillNameKeys } from '../cypher/nameKey.js';
import { awaitIndexes, schemaStatements } from '../cypher/schemaCypher.js';
import { upsertNodes, upsertRelationships } from '../cypher/upsertCypher.js';
import { graphCounts, type GraphCounts } from '../cypher/countCypher.js';
import { loadSeedFiles } from './loadSeedFiles.js';
import { seedRows } from './seedRows.js';
import { SeedError } from './seedError.js';

const SEED_TX_TIMEOUT_MS = 300_000;

/** Lists the seed files (`*.yaml`) in a folder, in name order. */
export function seedFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Creates the constraints and indexes and fills in derived properties that older
 * data lacks; safe to run on every start, and by several replicas at once.
 */
export async function ensureSchema(db: Database): Promise<void> {
  for (const q of schemaStatements()) await db.write(q);
  // Batches keep each transaction small on a large graph that predates nameKey.
  for (let updated = Infinity; updated > 0;) {
    const [row] = await db.write(backfillNameKeys(10_000));
    updated = (row?.updated as number | undefined) ?? 0;
  }
  await db.write(awaitIndexes());
}

/**
 * Loads the given seed files into the graph. Every file is validated before anything
 * is written, and all data is written in one transaction, so a bad file leaves the
 * graph untouched. Re-running with the same files changes nothing.
 */
export async function seedGraph(db: Database, files: string[], log: Logger): Promise<GraphCounts> {
  const loaded = loadSeedFiles(files);
  log.info({ files: loaded.map((l) => l.file) }, 'seed files valid');
  await ensureSchema(db);
  const rows = seedRows(loaded);
  const queries: CypherQuery[] = [];
  for (const [label, list] of rows.nodes) queries.push(upsertNodes(label, list));
  for (const [type, list] of rows.relationships) queries.push(upsertRelationships(type, list));
  let done = 0;
  log.info({ statements: queries.length }, `seeding: ${queries.length} statements in one transaction`);
  // A seed is one transaction of a few hundred rows per file; give it minutes, not
  // the per-request timeout, so a busy machine does not make it fail.
  await db.transaction(
    async (run) => {
      for (const q of queries) {
        const [row] = await run(q);
        const missing = (row?.missing as string[] | undefined) ?? [];
        // Validation rules this out unless the database changed underneath us; throwing
        // here rolls the whole seed back, so the graph is never half-seeded.
        if (missing.length) {
          throw new SeedError(
            missing.map((id) => ({ file: '(graph)', record: id, field: 'from/to', message: 'endpoint missing' })),
          );
        }
      }
    },
    () => {
      done += 1;
      log.debug({ step: done, of: queries.length }, 'seeding');
    },
    { timeoutMs: SEED_TX_TIMEOUT_MS },
  );
  const counts = await db.read(graphCounts());
  const result = counts[0] as unknown as GraphCounts;
  log.info(result, 'seed complete');
  return result;
}
