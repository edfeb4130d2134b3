/**
 * `npx tsx bench/ingestFoldAB.ts`: the writer's folded statements against the
 * per-label and per-type ones it sent before, in the same conditions. Starts a
 * throwaway Neo4j, seeds it, bulk-loads AB_NODES (20000) synthetic nodes, then
 * alternates runs of AB_ARTICLES (100) articles at concurrency 4: "folded" is the
 * writer as it is; "per kind" passes it a database that splits each folded node or
 * relationship statement into the per-label or per-type statements of the same rows
 * (what the writer sent before), pipelined the same way. Prints one JSON line per run.
 */
import os from 'node:os';
import neo4j from 'neo4j-driver';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import {
  writeLabelledNodes,
  writeNodes,
  writeRelationships,
  writeTypedRelationships,
  type LabelledNodeRow,
  type TypedRelationshipRow,
} from '../src/cypher/writeCypher.js';
import type { CypherQuery } from '../src/db/cypherQuery.js';
import { Database } from '../src/db/database.js';
import { createLogger } from '../src/logger.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import type { WriteMode } from '../src/write/changeSet.js';
import { benchNeo4j } from './benchNeo4j.js';
import { bulkLoad } from './bulkLoad.js';
import { knownNamesQuery, measureIngestion } from './ingestSpeed.js';
import type { KnownNames } from './newsArticles.js';
import { SyntheticGraph } from './syntheticGraph.js';

const MODES: WriteMode[] = ['create', 'patch', 'replace', 'merge'];
const nodeModes = new Map(MODES.map((m) => [writeLabelledNodes(m, []).cypher, m]));
const relModes = new Map(MODES.map((m) => [writeTypedRelationships(m, []).cypher, m]));

/** The statements the writer sent before the folding, for one folded statement. */
function perKind(q: CypherQuery): CypherQuery[] {
  const nodeMode = nodeModes.get(q.cypher);
  if (nodeMode) {
    const rows = q.params.rows as LabelledNodeRow[];
    return [...new Set(rows.map((r) => r.label))].map((label) =>
      writeNodes(
        label,
        nodeMode,
        rows.filter((r) => r.label === label).map((r) => ({ id: r.id, props: r.props, dates: r.dates })),
      ),
    );
  }
  const relMode = relModes.get(q.cypher);
  if (relMode) {
    const rows = q.params.rows as TypedRelationshipRow[];
    return [...new Set(rows.map((r) => r.type))].map((type) =>
      writeRelationships(
        type,
        relMode,
        rows.filter((r) => r.type === type),
      ),
    );
  }
  return [q];
}

async function main() {
  const log = createLogger('warn');
  const nodes = Number(process.env.AB_NODES ?? 20_000);
  const articles = Number(process.env.AB_ARTICLES ?? 100);
  const neo = await benchNeo4j(log);
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const connection = { ...config.neo4j, uri: neo.uri, username: neo.username, password: neo.password };
  const db = Database.connect({ ...connection, txTimeoutMs: 600_000, retryBudgetMs: 30_000 }, log);
  const raw = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password), { disableLosslessIntegers: true });
  try {
    await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
    const [article] = loadSeedFiles(seedFilesIn(SEEDS_DIR));
    const gen = new SyntheticGraph(article!.seed.article.id, article!.articleText);
    await bulkLoad(db, raw, neo.database, gen.grow(nodes), { batchSize: 5_000, expectedNodes: nodes, label: 'ab' });
    const known = (await db.read(knownNamesQuery(300)))[0] as unknown as KnownNames;
    const split = Object.create(db) as Database;
    // Bound, so the class's own fields are reached through `db`.
    split.read = db.read.bind(db);
    split.write = db.write.bind(db);
    split.writeAll = db.writeAll.bind(db);
    split.transaction = (work, o) =>
      db.transaction(
        (run) =>
          work(async (q) => {
            const parts = perKind(q);
            if (parts.length === 1) return run(parts[0]!);
            return (await Promise.all(parts.map((p) => run(p)))).flat();
          }),
        o,
      );
    await measureIngestion(db, { articles: 30, concurrency: 1, seed: 1, known });
    await measureIngestion(split, { articles: 30, concurrency: 1, seed: 2, known });
    for (let round = 0; round < 2; round++) {
      for (const [name, d] of [
        ['folded', db],
        ['per kind', split],
      ] as const) {
        const r = await measureIngestion(d, { articles, concurrency: 4, seed: 1000 + round * 10 + name.length, known });
        const { articlesPerSec, p50Ms, p99Ms, statementsPerArticle, failed } = r;
        const loadAvg = os.loadavg()[0]!.toFixed(1);
        console.log(
          JSON.stringify({ run: name, round, articlesPerSec, p50Ms, p99Ms, statementsPerArticle, failed, loadAvg }),
        );
      }
    }
  } finally {
    await raw.close();
    await db.close();
    await neo.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
