import { mkdtempSync, copyFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SEEDS_DIR } from '../../src/bootstrap.js';
import { createLogger } from '../../src/logger.js';
import type { Database } from '../../src/db/database.js';
import { seedFilesIn, seedGraph } from '../../src/seed/seedGraph.js';
import { cleanup, testDb, testPrefix } from '../helpers/testDb.js';
import { startReplica, type Replica } from './replicaProcess.js';

// Two replicas of the server, each its own process with its own driver, over the
// one test Neo4j, as a load balancer would spread them. One reaches the database
// through a neo4j:// routing URI (the driver fetches a routing table first), the
// other through bolt://. Nothing is shared between them but the database.

const P = testPrefix('replicas');
const TOKEN = 'r'.repeat(32);
const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/seeds/second-article');
const FIXTURE_IDS = [
  'fx-second-article',
  'fx-second-article-writer',
  'fx-second-article-city-officials',
  'fx-second-article-power-outage',
  'fx-second-article-outage-statement',
];

const neo = inject('neo4j');
const routingUri = neo.uri.replace(/^bolt(\+s|\+ssc)?:/, 'neo4j$1:');
let db: Database;
let a: Replica;
let b: Replica;

async function totals(): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read({
    // Graph nodes only: mentions and change-feed records grow with every write.
    cypher: 'RETURN COUNT { MATCH (n:Node) } AS nodes, COUNT { MATCH ()-[r]->() } AS relationships',
    params: {},
  });
  return row as { nodes: number; relationships: number };
}

const env = (uri: string) => ({
  NEO4J_URI: uri,
  NEO4J_USERNAME: neo.username,
  NEO4J_PASSWORD: neo.password,
  ...(neo.database ? { NEO4J_DATABASE: neo.database } : {}),
  AUTH_TOKEN: TOKEN,
  // The test is about consistency, not latency: on a busy shared machine, 40 writes in
  // flight can outlast the 10 s default, and a timed-out write is not what is tested.
  NEO4J_TX_TIMEOUT_MS: '120000',
});

beforeAll(async () => {
  db = testDb();
  [a, b] = await Promise.all([startReplica(env(neo.uri)), startReplica(env(routingUri))]);
});

afterAll(async () => {
  try {
    await cleanup(db, P);
    await db.write({ cypher: 'MATCH (n:Node) WHERE n.id IN $ids DETACH DELETE n', params: { ids: FIXTURE_IDS } });
  } finally {
    await db.close();
  }
  expect(await Promise.all([a?.stop(), b?.stop()])).toEqual([0, 0]);
});

const CREATE = 'mutation($input: PersonInput!) { createPerson(input: $input) { id } }';
const ROLE = 'mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }';
const PROV = { sourceId: ARTICLE, quote: 'Kyiv', start: 91 };
const PEOPLE = `{ people(first: 100) { totalCount edges { node { id name roles { title actsFor { id } } } } } }`;

type People = { people: { totalCount: number; edges: { node: { id: string; roles: { title: string }[] } }[] } };

describe('two replicas over one Neo4j', { timeout: 240_000 }, () => {
  it('is ready and answers through the neo4j:// routing URI as through bolt://', async () => {
    expect(routingUri).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
    for (const replica of [a, b]) {
      const ready = await fetch(replica.url.replace(/\/graphql$/, '/ready'));
      expect(await ready.json()).toEqual({ status: 'ready', database: true });
    }
    const q = '{ place(id: "kyiv") { id name partOf { id } } }';
    const [viaA, viaB] = await Promise.all([a.post(q), b.post(q)]);
    expect(viaA.data).toMatchObject({ place: { id: 'kyiv', name: 'Kyiv' } });
    expect(viaB).toEqual(viaA);
  });

  it('takes writes through both at once and reads the same answer through both, nothing lost or doubled', async () => {
    const before = await totals();
    const peopleBefore = (await a.post<People>(PEOPLE)).data!.people.totalCount;
    const ids = (r: string) => Array.from({ length: 20 }, (_, i) => `${P}-${r}-${i}`);
    const create = (replica: Replica, id: string) =>
      replica.post(CREATE, { input: { id, name: `Replica ${id}`, provenance: PROV } }, TOKEN);
    // 20 people created through each replica, all 40 requests in flight together.
    const created = await Promise.all([...ids('a').map((id) => create(a, id)), ...ids('b').map((id) => create(b, id))]);
    expect(created.filter((r) => r.errors)).toEqual([]);
    // Each replica then links the people the other one created: its reads see the other's writes.
    const link = (replica: Replica, id: string) =>
      replica.post(
        ROLE,
        {
          input: {
            from: id,
            type: 'HOLDS_ROLE',
            to: 'kremlin',
            properties: { title: `Clerk ${id}` },
            provenance: PROV,
          },
        },
        TOKEN,
      );
    const linked = await Promise.all([...ids('b').map((id) => link(a, id)), ...ids('a').map((id) => link(b, id))]);
    expect(linked.filter((r) => r.errors)).toEqual([]);

    expect(await totals()).toEqual({ nodes: before.nodes + 40, relationships: before.relationships + 40 });
    const [viaA, viaB] = await Promise.all([a.post<People>(PEOPLE), b.post<People>(PEOPLE)]);
    expect(viaA.errors).toBeUndefined();
    expect(viaB).toEqual(viaA);
    expect(viaA.data!.people.totalCount).toBe(peopleBefore + 40);
    const ours = viaA.data!.people.edges.filter((e) => e.node.id.startsWith(P));
    expect(ours.map((e) => e.node.id).sort()).toEqual([...ids('a'), ...ids('b')].sort());
    for (const { node } of ours)
      expect(node.roles).toEqual([{ title: `Clerk ${node.id}`, actsFor: { id: 'kremlin' } }]);
  });

  it('creates a person once when both replicas are asked to create the same id at the same moment', async () => {
    const before = await totals();
    const id = `${P}-contended`;
    const input = { input: { id, name: 'Contended', provenance: PROV } };
    const results = await Promise.all([a.post(CREATE, input, TOKEN), b.post(CREATE, input, TOKEN)]);
    expect(results.filter((r) => !r.errors).map((r) => r.data)).toEqual([{ createPerson: { id } }]);
    // The loser finds the id taken (BAD_USER_INPUT) or, when both checked before either wrote, hits the id
    // constraint (CONFLICT): either way one person, one refusal.
    expect(results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code)).toEqual([
      expect.stringMatching(/^(CONFLICT|BAD_USER_INPUT)$/),
    ]);
    expect(await totals()).toEqual({ nodes: before.nodes + 1, relationships: before.relationships });
  });

  it('ends with one copy of every seeded record when seeding starts on two connections at once', async () => {
    // The real article plus a second one, as `npm run seed` would load a folder of both;
    // the second adds five nodes and five relationships (two of them to Kyiv).
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-replica-seeds-'));
    const log = createLogger('silent');
    const other = testDb();
    try {
      for (const f of [`${ARTICLE}.yaml`, `${ARTICLE}.txt`]) copyFileSync(path.join(SEEDS_DIR, f), path.join(dir, f));
      for (const f of ['fx-second-article.yaml', 'fx-second-article.txt'])
        copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
      const before = await totals();
      const [one, two] = await Promise.all([
        seedGraph(db, seedFilesIn(dir), log),
        seedGraph(other, seedFilesIn(dir), log),
      ]);
      // Both end with the same graph; between them they created the five new nodes once.
      expect({ nodes: two.nodes, relationships: two.relationships }).toEqual({
        nodes: one.nodes,
        relationships: one.relationships,
      });
      expect(one.created + two.created).toBe(5);
      expect(await totals()).toEqual({ nodes: before.nodes + 5, relationships: before.relationships + 5 });
      const present = await db.read({
        cypher: 'MATCH (n:Node) WHERE n.id IN $ids RETURN n.id AS id, count(*) AS copies',
        params: { ids: FIXTURE_IDS },
      });
      expect(present.map((r) => [r.id, r.copies]).sort()).toEqual(FIXTURE_IDS.map((id) => [id, 1]).sort());
      // Both replicas see the new article at once.
      const q = `{ article(id: "fx-second-article") { id title } }`;
      const [viaA, viaB] = await Promise.all([a.post(q), b.post(q)]);
      expect(viaA.data).toEqual({ article: { id: 'fx-second-article', title: expect.any(String) } });
      expect(viaB).toEqual(viaA);
    } finally {
      await other.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
