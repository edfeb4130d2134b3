import { readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { writeMentions, writeNodes, writeRelationships } from '../src/cypher/writeCypher.js';
import { graphCounts, type GraphCounts } from '../src/cypher/countCypher.js';
import type { CypherQuery } from '../src/db/cypherQuery.js';
import { Database } from '../src/db/database.js';
import { freePort } from '../src/db/freePort.js';
import { NEO4J_VERSION, startLocalNeo4j } from '../src/db/localNeo4j.js';
import { createLogger } from '../src/logger.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import { SyntheticGraph } from './syntheticGraph.js';

/**
 * `npx tsx bench/storeSize.ts [nodes]`: the on-disk size of the store per node and
 * per relationship, for the sizing arithmetic of docs/scaling.md. Loads the
 * benchmark's synthetic graph (default 100k nodes) into a fresh local Neo4j with the
 * seeder's own statements, checkpoints, and divides each store file by what it
 * holds. Writes bench/results/store-size.md.
 */
const target = Number(process.argv[2] ?? 100_000);
const log = createLogger('warn');
const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
const name = `store-${process.pid}`;
const neo = await startLocalNeo4j({
  dir: config.localNeo4j.dir,
  name,
  port: await freePort(),
  log,
  heapMb: 1024,
  pageCacheMb: 512,
  // A shared machine can take minutes to start a JVM.
  startTimeoutMs: 600_000,
});
const db = Database.connect({ ...config.neo4j, uri: neo.uri, username: neo.username, password: neo.password }, log);

/** Every file under `dir`, with its size in bytes. */
function files(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) {
      const full = path.join(e.parentPath, e.name);
      out.set(path.relative(dir, full), statSync(full).size);
    }
  }
  return out;
}

let stopped = false;
const total = (c: GraphCounts, k: keyof GraphCounts) => Object.values(c[k]).reduce((a, b) => a + b, 0);

try {
  await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
  const [article] = loadSeedFiles(seedFilesIn(SEEDS_DIR));
  const gen = new SyntheticGraph(article!.seed.article.id, article!.articleText);
  const t0 = Date.now();
  // The bench's batch size; a long timeout, since the machine may be shared.
  const write = (q: CypherQuery) => db.writeAll([q], { timeoutMs: 300_000 });
  for (const chunk of gen.grow(target)) {
    for (const [label, rows] of chunk.nodes)
      for (let i = 0; i < rows.length; i += 2_000) await write(writeNodes(label, 'replace', rows.slice(i, i + 2_000)));
    for (const [type, rows] of chunk.relationships)
      for (let i = 0; i < rows.length; i += 2_000)
        await write(writeRelationships(type, 'replace', rows.slice(i, i + 2_000)));
    for (let i = 0; i < chunk.mentions.length; i += 2_000)
      await write(writeMentions(chunk.mentions.slice(i, i + 2_000)));
  }
  const loadS = (Date.now() - t0) / 1000;
  const counts = (await db.read(graphCounts()))[0] as unknown as GraphCounts;
  const nodes = total(counts, 'nodes');
  const rels = total(counts, 'relationships');
  // A clean shutdown checkpoints: the store files then hold everything (Community has no db.checkpoint()).
  await db.close();
  await neo.stop();
  stopped = true;
  const store = files(path.join(neo.home, 'data', 'databases', 'neo4j'));
  const txLogs = [...files(path.join(neo.home, 'data', 'transactions', 'neo4j')).values()].reduce((a, b) => a + b, 0);

  const sum = (pred: (f: string) => boolean) => [...store].filter(([f]) => pred(f)).reduce((a, [, s]) => a + s, 0);
  const nodeStore = sum((f) => /^neostore\.nodestore\.db$/.test(f) || /nodestore\.db\.labels$/.test(f));
  const relStore = sum((f) => /^neostore\.relationshipstore\.db$/.test(f) || /relationshipgroupstore\.db$/.test(f));
  const propStore = sum((f) => /^neostore\.propertystore\.db/.test(f));
  const indexes = sum((f) => f.startsWith('schema/'));
  const all = sum(() => true);
  const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
  const per = (b: number, n: number) => (b / n).toFixed(0);

  const md = [
    '# Store size per node and relationship',
    '',
    `Measured ${new Date().toISOString()} by \`npx tsx bench/storeSize.ts ${target}\`: Neo4j ${NEO4J_VERSION} Community`,
    `(default record format), the seeded article plus the benchmark's synthetic graph, loaded with the`,
    `seeder's UNWIND/MERGE statements in ${loadS.toFixed(0)} s, then checkpointed by a clean shutdown. Graph: ${nodes} nodes, ${rels} relationships`,
    `(${(rels / nodes).toFixed(2)} per node). Every node and relationship has one mention, a :Mention node (counted in the node records, not in the graph nodes).`,
    '',
    '| store | MB | bytes per |',
    '|---|--:|--:|',
    `| node records (+ label overflow) | ${mb(nodeStore)} | ${per(nodeStore, nodes)} per node |`,
    `| relationship records (+ groups) | ${mb(relStore)} | ${per(relStore, rels)} per relationship |`,
    `| properties (records, strings, arrays) | ${mb(propStore)} | ${per(propStore, nodes + rels)} per node or relationship |`,
    `| indexes and constraints (schema/) | ${mb(indexes)} | ${per(indexes, nodes)} per node |`,
    `| **whole store** (data/databases) | **${mb(all)}** | **${per(all, nodes)} per node, relationships included** |`,
    `| transaction logs (not page-cached) | ${mb(txLogs)} | |`,
    '',
    '| file | bytes |',
    '|---|--:|',
    ...[...store]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 25)
      .map(([f, s]) => `| ${f} | ${s} |`),
    '',
  ].join('\n');
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'results', 'store-size.md');
  writeFileSync(out, md);
  console.log(md);
} finally {
  if (!stopped) {
    await db.close();
    await neo.stop();
  }
  rmSync(neo.home, { recursive: true, force: true });
}
