import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { setCallerStacks, withCallerStack } from '../src/db/database.js';
import { closedLoop } from './cpuPerCall.js';

/**
 * One read statement sent four ways through the raw driver, at a fixed concurrency:
 * executeQuery and session.executeRead (managed transactions: BEGIN with the RUN, then
 * a COMMIT round trip), session.run (an auto-commit transaction: RUN and PULL only),
 * and session.run without the driver's caller stack (`withCallerStack` with caller
 * stacks off, as the Database runs in production). Source maps are off, as in
 * production. Rounds alternate the forms so that a change in the machine's load falls
 * on all of them; each reports statements per second and this process's CPU per
 * statement.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=… npx tsx bench/readTx.ts [id]
 *
 * Writes bench/results/read-tx.json.
 */

process.setSourceMapsEnabled(false);
const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('set NEO4J_URI (any database holding the seed)');
const id = process.argv[2] ?? 'volodymyr-zelenskyy';
const CONCURRENCY = 16;
const ROUND_MS = 4_000;
const ROUNDS = 3;

const driver = neo4j.driver(
  uri,
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  { disableLosslessIntegers: true },
);
const bookmarkManager = driver.executeQueryBookmarkManager;
// A node and its first 20 neighbours: about the database work of the bench's byId.
const cypher = [
  'MATCH (n:Node {id: $id})',
  'OPTIONAL MATCH (n)-[r]-(m:Node)',
  'WITH n, collect({type: type(r), id: m.id, name: m.name})[..20] AS related',
  'RETURN n {.id, .name, .description} AS node, related',
].join('\n');
const params = { id };
const session = () => driver.session({ defaultAccessMode: neo4j.session.READ, bookmarkManager });

const FORMS = {
  executeQuery: () => driver.executeQuery(cypher, params, { routing: neo4j.routing.READ }),
  executeRead: async () => {
    const s = session();
    try {
      return await s.executeRead((tx) => tx.run(cypher, params));
    } finally {
      await s.close();
    }
  },
  autoCommit: async () => {
    const s = session();
    try {
      return await s.run(cypher, params);
    } finally {
      await s.close();
    }
  },
  autoCommitNoCallerStack: async () => {
    const s = session();
    setCallerStacks(false);
    try {
      return await withCallerStack(() => s.run(cypher, params));
    } finally {
      setCallerStacks(true);
      await s.close();
    }
  },
};
type Form = keyof typeof FORMS;

async function round(send: () => Promise<unknown>, ms: number) {
  const { perSecond, cpuUsPerCall } = await closedLoop(send, CONCURRENCY, ms);
  return { perSecond, cpuUsPerStatement: cpuUsPerCall };
}

try {
  const [probe] = (await FORMS.autoCommit()).records;
  if (!probe) throw new Error(`no node ${id}: point NEO4J_URI at a seeded database`);
  for (const form of Object.keys(FORMS) as Form[]) await round(FORMS[form], 1_000);
  const rounds: Record<Form, { perSecond: number; cpuUsPerStatement: number }[]> = {
    executeQuery: [],
    executeRead: [],
    autoCommit: [],
    autoCommitNoCallerStack: [],
  };
  const load = [loadavg()[0]!];
  for (let r = 0; r < ROUNDS; r++) {
    for (const form of Object.keys(FORMS) as Form[]) rounds[form].push(await round(FORMS[form], ROUND_MS));
    load.push(loadavg()[0]!);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const summary = Object.fromEntries(
    (Object.keys(FORMS) as Form[]).map((f) => [
      f,
      {
        perSecond: Math.round(median(rounds[f].map((x) => x.perSecond))),
        cpuUsPerStatement: Math.round(median(rounds[f].map((x) => x.cpuUsPerStatement))),
      },
    ]),
  );
  const out = {
    at: new Date().toISOString(),
    statement: cypher,
    concurrency: CONCURRENCY,
    roundMs: ROUND_MS,
    loadAverage: load.map((l) => Math.round(l * 10) / 10),
    median: summary,
    rounds,
  };
  const file = path.join(import.meta.dirname, 'results', 'read-tx.json');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
  console.log(JSON.stringify(summary, null, 2));
} finally {
  await driver.close();
}
