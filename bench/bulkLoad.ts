import cliProgress from 'cli-progress';
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherQuery } from '../src/db/cypherQuery.js';
import type { Database } from '../src/db/database.js';
import { toParams } from '../src/db/toPlain.js';
import { writeMentions, writeNodes, writeRelationships } from '../src/cypher/writeCypher.js';
import { buildTimelineEntries } from '../src/seed/buildTimelineEntries.js';
import type { GraphChunk } from './syntheticGraph.js';

/** Throughput of one write path: the time spent in its own batches only. */
export interface PathThroughput {
  nodes: number;
  relationships: number;
  nodeMs: number;
  relationshipMs: number;
  nodesPerSec: number;
  relationshipsPerSec: number;
}

export interface BulkLoadResult {
  nodes: number;
  relationships: number;
  wallMs: number;
  /** Rebuilding the timeline entries afterwards (the writer keeps them; this load goes around it). */
  timelineEntriesMs: number;
  batchSize: number;
  /** Batches sent through the project's Database (src/db/database.ts). */
  database: PathThroughput;
  /** The same kind of batches through neo4j-driver directly, parameters converted beforehand. */
  raw: PathThroughput;
}

type Path = 'database' | 'raw';

const emptyPath = () => ({ nodes: 0, relationships: 0, nodeMs: 0, relationshipMs: 0 });

function batches<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Loads generated chunks with the seeder's own builders (UNWIND + MERGE, one batch
 * per statement). Batches alternate between the two paths, so both write into the
 * same, equally large database at the same moments, and the comparison is not
 * skewed by the store growing. Nodes of a chunk go first, then its relationships,
 * whose endpoints then all exist.
 */
export async function bulkLoad(
  db: Database,
  driver: Driver,
  database: string | undefined,
  chunks: Iterable<GraphChunk>,
  opts: { batchSize: number; expectedNodes: number; label: string },
): Promise<BulkLoadResult> {
  const acc: Record<Path, ReturnType<typeof emptyPath>> = { database: emptyPath(), raw: emptyPath() };
  const bar = new cliProgress.SingleBar(
    {
      format: `  load ${opts.label} [{bar}] {percentage}% | {value}/{total} nodes | {rels} rels | {rate} rows/s`,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5_000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(opts.expectedNodes, 0, { rels: 0, rate: 0 });
  const started = performance.now();
  let nodes = 0;
  let rels = 0;
  let turn = 0;

  const timed = async (path: Path, q: CypherQuery): Promise<{ rows: Record<string, unknown>[]; ms: number }> => {
    if (path === 'database') {
      const t0 = performance.now();
      const rows = await db.write(q);
      return { rows, ms: performance.now() - t0 };
    }
    // Converted before the clock starts: the raw path is what the database alone costs.
    const params = toParams(q.params) as Record<string, unknown>;
    const t0 = performance.now();
    const res = await driver.executeQuery(q.cypher, params, { database, routing: neo4j.routing.WRITE });
    const ms = performance.now() - t0;
    return { rows: res.records.map((r) => r.toObject()), ms };
  };

  for (const chunk of chunks) {
    for (const [label, list] of chunk.nodes) {
      for (const batch of batches(list, opts.batchSize)) {
        const path: Path = turn++ % 2 === 0 ? 'database' : 'raw';
        const { ms } = await timed(path, writeNodes(label, 'replace', batch));
        acc[path].nodes += batch.length;
        acc[path].nodeMs += ms;
        nodes += batch.length;
        bar.update(nodes, { rels, rate: Math.round((nodes + rels) / ((performance.now() - started) / 1000)) });
      }
    }
    for (const [type, list] of chunk.relationships) {
      for (const batch of batches(list, opts.batchSize)) {
        const path: Path = turn++ % 2 === 0 ? 'database' : 'raw';
        const { rows, ms } = await timed(path, writeRelationships(type, 'replace', batch));
        // The writer checks endpoints before it writes; here a row without both ends is a generator bug.
        if (rows.length !== batch.length)
          throw new Error(`bulk load: ${batch.length - rows.length} ${type} rows lost an endpoint`);
        acc[path].relationships += batch.length;
        acc[path].relationshipMs += ms;
        rels += batch.length;
        bar.update(nodes, { rels, rate: Math.round((nodes + rels) / ((performance.now() - started) / 1000)) });
      }
    }
    // Mentions count with relationships: both are rows that hang off existing nodes.
    for (const batch of batches(chunk.mentions, opts.batchSize)) {
      const path: Path = turn++ % 2 === 0 ? 'database' : 'raw';
      const { ms } = await timed(path, writeMentions(batch));
      acc[path].relationships += batch.length;
      acc[path].relationshipMs += ms;
      rels += batch.length;
    }
  }
  bar.stop();
  const wallMs = Math.round(performance.now() - started);
  // Every item, not only this load's: its places may hang below ones loaded earlier.
  const entriesStarted = performance.now();
  await buildTimelineEntries(db);
  const timelineEntriesMs = Math.round(performance.now() - entriesStarted);
  const finish = (p: ReturnType<typeof emptyPath>): PathThroughput => ({
    ...p,
    nodesPerSec: p.nodeMs ? Math.round(p.nodes / (p.nodeMs / 1000)) : 0,
    relationshipsPerSec: p.relationshipMs ? Math.round(p.relationships / (p.relationshipMs / 1000)) : 0,
  });
  return {
    nodes,
    relationships: rels,
    wallMs,
    timelineEntriesMs,
    batchSize: opts.batchSize,
    database: finish(acc.database),
    raw: finish(acc.raw),
  };
}
