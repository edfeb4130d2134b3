import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildASTSchema, execute, parse } from 'graphql';
import neo4j from 'neo4j-driver';
import { SEEDS_DIR } from '../src/bootstrap.js';
import { loadConfig } from '../src/config.js';
import { MAX_PART_DEPTH } from '../src/cypher/connectionCypher.js';
import { timeline, timelineFilter } from '../src/cypher/graphCypher.js';
import { awaitIndexes } from '../src/cypher/schemaCypher.js';
import { ENTRY_SEPARATOR } from '../src/cypher/timelineEntries.js';
import { Database } from '../src/db/database.js';
import { toParams } from '../src/db/toPlain.js';
import { createLogger } from '../src/logger.js';
import { loadSeedFiles } from '../src/seed/loadSeedFiles.js';
import { EMPTY_PLAN, planFromInfo, type FetchPlan } from '../src/prefetch/fetchPlan.js';
import { typeDefs } from '../src/schema/typeDefs.js';
import { seedFilesIn, seedGraph } from '../src/seed/seedGraph.js';
import { benchNeo4j } from './benchNeo4j.js';
import { bulkLoad } from './bulkLoad.js';
import { queryMix } from './queryMix.js';
import { SyntheticGraph } from './syntheticGraph.js';
import { Adjacency, pickTargets, type Targets } from './targets.js';

/**
 * PROFILE of the place-filtered timeline (the benchmark's question: the median region,
 * first 100) at 10k and then 100k synthetic nodes, the region picked as bench/run.ts
 * picks it, and of a city in it and the country it is in; each read off the timeline
 * entries (src/cypher/timelineEntries.ts) and, as `walk`, by the down-walk it replaced.
 * Writes bench/results/place-timeline.json.
 *
 *   npx tsx bench/placeTimeline.ts [-- 10000,100000]
 */

interface PlanNode {
  dbHits: number;
  rows: number;
  operatorType: string;
  children: PlanNode[];
}
const totalHits = (p: PlanNode): number => p.dbHits + p.children.reduce((a, c) => a + totalHits(c), 0);
const operators = (p: PlanNode, out: Record<string, number> = {}): Record<string, number> => {
  out[p.operatorType] = (out[p.operatorType] ?? 0) + p.dbHits;
  p.children.forEach((c) => operators(c, out));
  return out;
};

/** The projection our server plans for the benchmark's timeline question. */
function benchPlan(targets: Targets): FetchPlan {
  let plan = EMPTY_PLAN;
  const q = queryMix(targets).find((m) => m.name === 'timeline')!;
  execute({
    schema: buildASTSchema(typeDefs),
    document: parse(q.ours.query),
    variableValues: q.ours.variables,
    fieldResolver: (_s, _a, _c, info) => {
      if (info.parentType.name === 'Query') plan = planFromInfo(info, 3);
      return null;
    },
  });
  return plan;
}

/** The statement before the timeline entries: walk down from the place, collect, sort. */
function walkDown(q: { cypher: string; params: Record<string, unknown> }): string {
  const lines = q.cypher.split('\n');
  const rest = lines.slice(lines.findIndex((l) => l.startsWith('WHERE CASE')));
  return [
    'MATCH (p:Place {id: $place})',
    'CALL (p) {',
    '  MATCH (p)<-[:PART_OF*0..6]-(:Place)<-[:OCCURRED_IN|HELD_IN]-(held)',
    '  WITH DISTINCT held',
    '  MATCH (held) (()<-[:PART_OF]-(part:Event|Negotiation) WHERE NOT EXISTS { (part)-[:OCCURRED_IN|HELD_IN]->(:Place) })' +
      `{0,${MAX_PART_DEPTH}} (n)`,
    '  RETURN DISTINCT n',
    '}',
    'WITH n',
    ...rest.map((l) => l.replace('ORDER BY e.key', 'ORDER BY n.sortKey')),
  ].join('\n');
}

const here = path.dirname(fileURLToPath(import.meta.url));
const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const log = createLogger('warn');
const neo = await benchNeo4j(log);
const config = loadConfig({ NEO4J_URI: neo.uri, NEO4J_USERNAME: neo.username, NEO4J_PASSWORD: neo.password });
const db = Database.connect({ ...config.neo4j, uri: neo.uri, password: neo.password, txTimeoutMs: 600_000 }, log);
const raw = neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password), { disableLosslessIntegers: true });
const out: {
  size: number;
  scope: string;
  statement: string;
  place: string;
  placeItems: number;
  regionEvents: number;
  rows: number;
  dbHits: number;
  byOperator: Record<string, number>;
  ms: number;
}[] = [];
try {
  await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
  const [article] = loadSeedFiles(seedFilesIn(SEEDS_DIR));
  const gen = new SyntheticGraph(article!.seed.article.id, article!.articleText);
  const adj = new Adjacency();
  let region = '';
  let regionEvents = 0;
  let plan = EMPTY_PLAN;
  for (const [i, size] of sizes.entries()) {
    const chunks = i === 0 ? adj.record(gen.grow(size)) : gen.grow(size);
    const loaded = await bulkLoad(db, raw, undefined, chunks, {
      batchSize: 2000,
      expectedNodes: size - gen.size,
      label: String(size),
    });
    await db.write(awaitIndexes());
    // Resamples the indexes the load and the entries' build just filled, and drops cached
    // plans: planned on the stale samples, the page was sorted (Top) instead of read in order.
    await db.write({ cypher: 'CALL db.prepareForReplanning()', params: {} });
    console.log(JSON.stringify({ size, timelineEntriesMs: loaded.timelineEntriesMs }));
    if (i === 0) {
      const targets = pickTargets(adj, gen.idsOf('person'), gen.idsOf('region'));
      ({ regionId: region, regionEvents } = targets);
      plan = benchPlan(targets);
    }
    const [around] = (
      await raw.executeQuery(
        `MATCH (r:Place {id: $region})-[:PART_OF]->(country:Place)
         MATCH (city:Place)-[:PART_OF]->(r)
         WITH country, city ORDER BY COUNT { (city)<-[:PART_OF*0..2]-(:Place)<--(:Event) } DESC LIMIT 1
         RETURN country.id AS country, city.id AS city`,
        { region },
        { routing: neo4j.routing.READ },
      )
    ).records.map((r) => r.toObject() as { country: string; city: string });
    for (const [scope, place] of [
      ['city', around!.city],
      ['region', region],
      ['country', around!.country],
    ] as const) {
      const q = timeline(timelineFilter({ place }), 100, plan);
      const pages: string[] = [];
      for (const [statement, cypher] of [
        ['entries', q.cypher],
        ['walk', walkDown(q)],
      ] as const) {
        const params = toParams(q.params) as Record<string, unknown>;
        // Warm the plan cache, then profile.
        await raw.executeQuery(cypher, params, { routing: neo4j.routing.READ });
        const t0 = performance.now();
        const res = await raw.executeQuery(`PROFILE ${cypher}`, params, { routing: neo4j.routing.READ });
        const ms = performance.now() - t0;
        const profile = res.summary.profile as unknown as PlanNode;
        const [count] = (
          await raw.executeQuery(
            'MATCH (e:TimelineEntry) WHERE e.key STARTS WITH $prefix RETURN count(e) AS n',
            { prefix: place + ENTRY_SEPARATOR },
            { routing: neo4j.routing.READ },
          )
        ).records.map((r) => r.get('n') as number);
        // The two must list the same page (the same items, in the same order).
        pages.push(JSON.stringify(res.records.map((r) => (r.get('node') as { id: string }).id)));
        const row = {
          size,
          scope,
          statement,
          place,
          placeItems: count!,
          regionEvents,
          rows: res.records.length,
          dbHits: totalHits(profile),
          byOperator: operators(profile),
          ms,
          samePage: pages.length < 2 || pages[0] === pages[1],
        };
        console.log(JSON.stringify(row));
        out.push(row);
      }
    }
    if (process.env.HOLD_FILE) {
      // Keeps the database up at this size for PROFILE sessions by hand until the file is removed.
      writeFileSync(process.env.HOLD_FILE, JSON.stringify({ uri: neo.uri, password: neo.password, region, size }));
      while (existsSync(process.env.HOLD_FILE)) await new Promise((r) => setTimeout(r, 1000));
    }
  }
  mkdirSync(path.join(here, 'results'), { recursive: true });
  writeFileSync(
    path.join(here, 'results', 'place-timeline.json'),
    JSON.stringify({ at: new Date().toISOString(), runs: out }, null, 2) + '\n',
  );
} finally {
  await raw.close();
  await db.close();
  await neo.stop();
}
