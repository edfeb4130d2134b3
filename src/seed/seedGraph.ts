import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { backfillNameKeys } from '../cypher/nameKey.js';
import type { CypherQuery } from '../db/cypherQuery.js';
import { createFeedHead, feedHeadFlag, markFeedHeadFlag, type FeedHeadFlag } from '../feed/feedCypher.js';
import { migrateNodeMentions, migrateRelationshipMentions } from '../cypher/mentionMigration.js';
import { awaitIndexes, schemaStatements } from '../cypher/schemaCypher.js';
import { fillSortKeys } from '../cypher/sortKeyMigration.js';
import { buildTimelineEntries } from './buildTimelineEntries.js';
import { writeChangeSet } from '../write/writer.js';
import { graphCounts, type GraphCounts } from '../cypher/countCypher.js';
import { loadSeedFiles } from './loadSeedFiles.js';
import { seedChangeSet } from './seedChangeSet.js';

const SEED_TX_TIMEOUT_MS = 300_000;

/** Lists the seed files (`*.yaml`) in a folder, in name order. */
export function seedFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Creates the constraints and indexes and brings older data up to date: fills in
 * nameKey, and (each once) moves mention lists into :Mention nodes, fills in the
 * timeline's sortKey and builds the place-filtered timeline's entries. Safe to run on every start, and by several replicas at once.
 */
export async function ensureSchema(db: Database): Promise<void> {
  for (const q of schemaStatements()) await db.write(q);
  await db.write(createFeedHead());
  // Batches keep each transaction small on a large graph that predates nameKey.
  await inBatches(db, () => backfillNameKeys(10_000), 'updated');
  await once(db, 'mentionsMigrated', async () => {
    await inBatches(db, () => migrateNodeMentions(5_000), 'migrated');
    await inBatches(db, () => migrateRelationshipMentions(5_000), 'migrated');
  });
  await once(db, 'sortKeysFilled', () => inBatches(db, () => fillSortKeys(10_000), 'updated'));
  // After the sortKeys, which the entries' keys repeat.
  await once(db, 'timelineEntriesBuilt', async () => void (await buildTimelineEntries(db)));
  await db.write(awaitIndexes());
}

/** Runs a batch statement until it reports that it changed nothing (`field` = 0). */
async function inBatches(db: Database, batch: () => CypherQuery, field: string): Promise<void> {
  for (let changed = Infinity; changed > 0;) {
    const [row] = await db.write(batch());
    changed = (row?.[field] as number | undefined) ?? 0;
  }
}

/** Runs a one-time migration unless the feed head's flag says it ran, then sets the flag. */
async function once(db: Database, flag: FeedHeadFlag, migrate: () => Promise<void>): Promise<void> {
  const [row] = await db.read(feedHeadFlag(flag));
  if (row?.done) return;
  await migrate();
  await db.write(markFeedHeadFlag(flag));
}

/** What a seed run did: the graph's counts after it, and what it changed. */
export interface SeedReport extends GraphCounts {
  /** Nodes and relationships the seed created. */
  created: number;
  /** Ids of stored nodes and relationships whose fields differed from the seed and were set back to it. */
  overwritten: string[];
  mentionsAdded: number;
}

/**
 * Loads the given seed files into the graph through the writer. Every file is
 * validated before anything is written, and all of it is written in one
 * transaction, so a bad file leaves the graph untouched. Re-running with the same
 * files changes nothing. A node or relationship that was edited through the API
 * since is set back to what the seed says, and reported as overwritten; mentions
 * are only ever added.
 */
export async function seedGraph(db: Database, files: string[], log: Logger): Promise<SeedReport> {
  const loaded = loadSeedFiles(files);
  log.info({ files: loaded.map((l) => l.file) }, 'seed files valid');
  await ensureSchema(db);
  const change = seedChangeSet(loaded);
  const size = { nodes: change.nodes?.length ?? 0, relationships: change.relationships?.length ?? 0 };
  log.info(size, `seeding: ${size.nodes} nodes and ${size.relationships} relationships in one transaction`);
  // One transaction of a few hundred rows per file; give it minutes, not the
  // per-request timeout, so a busy machine does not make it fail.
  const { result } = await writeChangeSet(db, change, { timeoutMs: SEED_TX_TIMEOUT_MS, actor: 'seed' });
  const counts = (await db.read(graphCounts()))[0] as unknown as GraphCounts;
  const report: SeedReport = {
    ...counts,
    created: result.created.length,
    overwritten: result.overwritten,
    mentionsAdded: result.mentionsAdded,
  };
  if (report.overwritten.length) {
    log.warn(
      { overwritten: report.overwritten.slice(0, 50), count: report.overwritten.length },
      'seed overwrote edits',
    );
  }
  log.info(
    { ...counts, created: report.created, mentionsAdded: report.mentionsAdded, seq: result.seq },
    'seed complete',
  );
  return report;
}
