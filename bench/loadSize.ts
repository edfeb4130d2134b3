import type { Driver } from 'neo4j-driver';
import { graphCounts, type GraphCounts } from '../src/cypher/countCypher.js';
import { awaitIndexes } from '../src/cypher/schemaCypher.js';
import type { Database } from '../src/db/database.js';
import type { SizeResult } from './benchResult.js';
import { bulkLoad } from './bulkLoad.js';
import type { GraphChunk } from './syntheticGraph.js';

/**
 * Bulk-loads `chunks` and leaves the graph as an operator would after a bulk load:
 * indexes online and resampled, and plans made on the smaller graph's statistics
 * dropped (every target shares this Neo4j; a plan cached at 10k once sorted the
 * place timeline's page at 100k). Returns the load's figures and the graph's counts.
 */
export async function loadSize(
  db: Database,
  raw: Driver,
  database: string | undefined,
  chunks: Iterable<GraphChunk>,
  opts: Parameters<typeof bulkLoad>[4],
): Promise<{ bulk: SizeResult['bulk']; graph: SizeResult['graph'] }> {
  const bulk = await bulkLoad(db, raw, database, chunks, opts);
  await db.write(awaitIndexes());
  await db.write({ cypher: 'CALL db.prepareForReplanning()', params: {} });
  const counts = (await db.read(graphCounts()))[0] as unknown as GraphCounts;
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + Number(b), 0);
  return {
    bulk,
    graph: { ...counts, totalNodes: sum(counts.nodes), totalRelationships: sum(counts.relationships) },
  };
}
