import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { SEEDS_DIR } from '../../src/bootstrap.js';
import { connectionPage } from '../../src/cypher/connectionCypher.js';
import { neighborhood, timeline } from '../../src/cypher/graphCypher.js';
import { nodesByIds, relatedByIds } from '../../src/cypher/nodeCypher.js';
import { nodeMap, relMap } from '../../src/cypher/projections.js';
import type { CypherQuery } from '../../src/db/cypherQuery.js';
import { startLocalNeo4j } from '../../src/db/localNeo4j.js';
import { toParams, toPlain } from '../../src/db/toPlain.js';
import { createLogger } from '../../src/logger.js';
import { loadSeedFiles } from '../../src/seed/loadSeedFiles.js';
import { seedFilesIn } from '../../src/seed/seedGraph.js';
import { freePort } from '../benchNeo4j.js';
import { summarize } from '../stats.js';
import { SyntheticGraph } from '../syntheticGraph.js';
import { Adjacency, pickTargets } from '../targets.js';

/**
 * `npx tsx bench/experiments/alternatives.ts` — evidence for the changes proposed in
 * docs/performance.md, on the data the last `npm run bench` left behind (it restarts
 * .neo4j/data/bench without wiping it) or on BENCH_NEO4J_URI. For each proposal it
 * runs today's statements and the proposed one, checks they return the same rows,
 * and reports PROFILE db hits and sequential latency. It only adds one property and
 * one index (Person.nameKey) to the benchmark's own database.
 */

interface Plan {
  /** Statements in waves: each inner list runs in parallel, waves in order. */
  waves: CypherQuery[][];
}

interface Alternative {
  name: string;
  why: string;
  today: Plan;
  proposed: Plan;
  /** Maps a plan's rows (last wave) to something comparable. */
  same?: (today: unknown[], proposed: unknown[]) => boolean;
  setup?: CypherQuery[];
}

const here = path.dirname(fileURLToPath(import.meta.url));
const one = (q: CypherQuery): Plan => ({ waves: [[q]] });

async function hits(driver: Driver, q: CypherQuery): Promise<number> {
  const res = await driver.executeQuery(`PROFILE ${q.cypher}`, toParams(q.params) as Record<string, unknown>, {
    routing: neo4j.routing.READ,
  });
  type P = { dbHits: number; children: P[] };
  const sum = (p: P): number => p.dbHits + p.children.reduce((a, c) => a + sum(c), 0);
  return sum(res.summary.profile as unknown as P);
}

async function runPlan(driver: Driver, plan: Plan): Promise<unknown[]> {
  let last: unknown[] = [];
  for (const wave of plan.waves) {
    const out = await Promise.all(
      wave.map((q) =>
        driver.executeQuery(q.cypher, toParams(q.params) as Record<string, unknown>, { routing: neo4j.routing.READ }),
      ),
    );
    last = out.flatMap((r) => r.records.map((x) => toPlain(x.toObject())));
  }
  return last;
}

async function bytesOf(driver: Driver, plan: Plan): Promise<number> {
  return JSON.stringify(await runPlan(driver, plan)).length;
}

async function timePlan(driver: Driver, plan: Plan, n: number) {
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await runPlan(driver, plan);
    ms.push(performance.now() - t0);
  }
  return summarize(ms);
}

function alternatives(personId: string, regionId: string): Alternative[] {
  const tl = timeline(
    {
      place: regionId,
      participant: null,
      eventKinds: null,
      negotiationKinds: null,
      includeEvents: true,
      includeNegotiations: true,
      dateFrom: null,
      dateTo: null,
    },
    100,
  );
  // Start from the place and walk down, instead of testing every event and negotiation.
  const tlPlaceFirst: CypherQuery = {
    cypher: [
      'MATCH (p:Place {id: $place})',
      'CALL (p) {',
      '  MATCH (p)<-[:PART_OF*0..6]-(:Place)<-[:OCCURRED_IN|HELD_IN]-(n:Event|Negotiation)',
      '  RETURN DISTINCT n',
      '}',
      'WITH n WHERE ((n:Event AND $includeEvents AND ($eventKinds IS NULL OR n.kind IN $eventKinds))',
      '    OR (n:Negotiation AND $includeNegotiations AND ($negotiationKinds IS NULL OR n.kind IN $negotiationKinds)))',
      '  AND ($dateFrom IS NULL OR n.date >= date($dateFrom))',
      '  AND ($dateTo IS NULL OR coalesce(n.endDate, n.date) <= date($dateTo))',
      '  AND ($participant IS NULL OR EXISTS {',
      '    MATCH (n)-[:CARRIED_OUT_BY|PARTY_TO|PARTICIPATED_IN|RESPONDED_TO]-(:Node {id: $participant}) })',
      "WITH n ORDER BY coalesce(n.date, date('9999-12-31')), n.name LIMIT $first",
      `RETURN ${nodeMap('n')} AS node`,
    ].join('\n'),
    params: tl.params,
  };

  const page = connectionPage('Person', [], { field: 'name', desc: false }, 20, null);
  // The same page read off a range index on a stored lower-case key, in index order.
  const pageByKey: CypherQuery = {
    cypher: [
      'CALL () { MATCH (n:Person) RETURN count(n) AS totalCount }',
      'CALL () {',
      '  MATCH (n:Person) WHERE n.nameKey >= ""',
      '  WITH n, n.nameKey AS sortKey',
      '  WHERE $after IS NULL OR sortKey > $after.key OR (sortKey = $after.key AND n.id > $after.id)',
      '  WITH n, sortKey ORDER BY sortKey ASC, n.id ASC LIMIT $first',
      `  RETURN collect({sortKey: sortKey, node: ${nodeMap('n')}}) AS rows`,
      '}',
      'RETURN totalCount, rows',
    ].join('\n'),
    params: page.params,
  };

  const rel = (type: string, dir: 'OUT' | 'IN') => {
    const arrow = dir === 'OUT' ? `-[r:${type}]->` : `<-[r:${type}]-`;
    return `COLLECT { MATCH (n)${arrow}(m) WITH r, m ORDER BY coalesce(m.date, date("9999-12-31")), toLower(coalesce(m.name, m.text, m.id)), m.id RETURN {rel: ${relMap('r')}, other: ${nodeMap('m')}} }`;
  };
  // The whole person page in one statement: what a selection-set-driven resolver would send.
  const byIdSingle: CypherQuery = {
    cypher: [
      'MATCH (n:Node {id: $id})',
      `RETURN ${nodeMap('n')} AS node,`,
      `  ${rel('HOLDS_ROLE', 'OUT')} AS roles,`,
      `  ${rel('PARTICIPATED_IN', 'OUT')} AS participations,`,
      `  ${rel('SAID_BY', 'IN')} AS statements,`,
      `  ${rel('ABOUT', 'IN')} AS statementsAbout`,
    ].join('\n'),
    params: { id: personId },
  };

  const hood = neighborhood(personId, 2, null, 100);
  const lines = hood.cypher.split('\n');
  // The same subgraph with only what the query selects: label, id and name of each
  // node, and the edges without their property maps (mention lists, quotes).
  const hoodSlim: CypherQuery = {
    cypher: [
      ...lines.slice(0, -1).map((l) => l.replace(/, props: properties\(r\)/, '')),
      "RETURN [n IN ns | {__label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], id: n.id, name: n.name}] AS nodes, edges, truncated",
    ].join('\n'),
    params: hood.params,
  };

  return [
    {
      name: 'neighborhood depth 2: project only the selected fields',
      why: 'today every node comes back with all its properties (descriptions, aliases, four mention lists) and every edge with its property map',
      today: one(hood),
      proposed: one(hoodSlim),
      same: (a, b) => {
        const ids = (rows: unknown[]) => {
          const r = rows[0] as { nodes: { id: string }[]; edges: { id: string }[] };
          return JSON.stringify([r.nodes.map((n) => n.id), r.edges.map((e) => e.id)]);
        };
        return ids(a) === ids(b);
      },
    },
    {
      name: 'timeline in a region',
      why: 'today every Event and Negotiation is tested against the place (a label scan that grows with the graph)',
      today: one(tl),
      proposed: one(tlPlaceFirst),
    },
    {
      name: 'people page sorted by name',
      why: 'today ORDER BY toLower(n.name) reads and sorts every Person before LIMIT',
      setup: [
        { cypher: 'MATCH (n:Person) WHERE n.nameKey IS NULL SET n.nameKey = toLower(n.name)', params: {} },
        { cypher: 'CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey)', params: {} },
        { cypher: 'CALL db.awaitIndexes(300)', params: {} },
      ],
      today: one(page),
      proposed: one(pageByKey),
      same: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    },
    {
      name: 'person by id with four relationship fields',
      why: 'today 5 statements in 2 waves (node, then one per field); proposed: one statement with COLLECT subqueries',
      today: {
        waves: [
          [nodesByIds([personId])],
          [
            relatedByIds([personId], 'HOLDS_ROLE', 'OUT'),
            relatedByIds([personId], 'PARTICIPATED_IN', 'OUT'),
            relatedByIds([personId], 'SAID_BY', 'IN'),
            relatedByIds([personId], 'ABOUT', 'IN'),
          ],
        ],
      },
      proposed: one(byIdSingle),
      // Shapes differ (4 rows vs 1 row of 4 lists); compare the related items.
      same: (a, b) => {
        const items = (a as { items: unknown[] }[]).map((r) => r.items);
        const row = b[0] as Record<string, unknown[]>;
        return (
          JSON.stringify(items) === JSON.stringify([row.roles, row.participations, row.statements, row.statementsAbout])
        );
      },
    },
  ];
}

async function main() {
  const log = createLogger('warn');
  let driver: Driver;
  let stop = async () => {};
  if (process.env.BENCH_NEO4J_URI) {
    driver = neo4j.driver(
      process.env.BENCH_NEO4J_URI,
      neo4j.auth.basic(process.env.BENCH_NEO4J_USERNAME ?? 'neo4j', process.env.BENCH_NEO4J_PASSWORD ?? ''),
      { disableLosslessIntegers: true },
    );
  } else {
    const marker = path.resolve('.neo4j/data/bench/.created-by-bench');
    if (!existsSync(marker)) throw new Error('no benchmark database: run `npm run bench` first');
    const owner = Number(readFileSync(marker, 'utf8'));
    try {
      process.kill(owner, 0);
      throw new Error(`the benchmark (pid ${owner}) is still using its database`);
    } catch (e) {
      if (e instanceof Error && e.message.startsWith('the benchmark')) throw e;
    }
    const local = await startLocalNeo4j({ dir: '.neo4j', name: 'bench', port: await freePort(), log });
    driver = neo4j.driver(local.uri, neo4j.auth.basic(local.username, local.password), {
      disableLosslessIntegers: true,
    });
    stop = () => local.stop();
  }
  try {
    const [article] = loadSeedFiles(seedFilesIn(SEEDS_DIR));
    const gen = new SyntheticGraph(article!.seed.article.id, article!.articleText);
    const adj = new Adjacency();
    for (const chunk of adj.record(gen.grow(10_000))) void chunk;
    const t = pickTargets(adj, gen.idsOf('person'), gen.idsOf('region'));
    const n = Number(process.env.BENCH_EXPERIMENT_RUNS ?? 40);
    const report: Record<string, unknown>[] = [];
    for (const alt of alternatives(t.personId, t.regionId)) {
      for (const q of alt.setup ?? []) await driver.executeQuery(q.cypher, q.params);
      const [a, b] = [await runPlan(driver, alt.today), await runPlan(driver, alt.proposed)];
      const same = alt.same ? alt.same(a, b) : JSON.stringify(a) === JSON.stringify(b);
      const hitsOf = async (p: Plan) => {
        let total = 0;
        for (const w of p.waves) for (const q of w) total += await hits(driver, q);
        return total;
      };
      const row = {
        name: alt.name,
        why: alt.why,
        sameAnswer: same,
        today: {
          statements: alt.today.waves.flat().length,
          dbHits: await hitsOf(alt.today),
          resultBytes: await bytesOf(driver, alt.today),
          latency: await timePlan(driver, alt.today, n),
        },
        proposed: {
          statements: alt.proposed.waves.flat().length,
          dbHits: await hitsOf(alt.proposed),
          resultBytes: await bytesOf(driver, alt.proposed),
          latency: await timePlan(driver, alt.proposed, n),
        },
      };
      report.push(row);
      console.log(JSON.stringify(row));
    }
    const out = path.join(here, '..', 'results', 'alternatives.json');
    writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), targets: t, runs: n, report }, null, 1)}\n`);
    console.log(`written ${path.relative(process.cwd(), out)}`);
  } finally {
    await driver.close();
    await stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
