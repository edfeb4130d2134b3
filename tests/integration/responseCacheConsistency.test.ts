import { afterAll, beforeAll, expect, it } from 'vitest';
import { testConfig, testPrefix } from '../helpers/testDb.js';
import { testServer, useTestServer, type TestServer } from '../helpers/testServer.js';

// Random writes (nodes and relationships created, updated, deleted) interleaved with
// reads of many shapes; every answer of the cached server is compared with the
// answer of a server without the cache over the same Neo4j. Writes go through the
// cached server itself, and some through the other server, after which the cached
// one is read once the poll interval has passed.

const P = testPrefix('rcache-mix');
const TOKEN = 'rcache-mix-token'.padEnd(32, 'x');
const POLL_MS = 100;
const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const provenance = { sourceId: ARTICLE, quote: 'Kyiv Mayor Vitali Klitschko' };
const STEPS = 40;
const BUDGET_MS = 90_000;

const cached = useTestServer({
  cleanupPrefix: P,
  env: { AUTH_TOKEN: TOKEN, RESPONSE_CACHE: 'true', LIVE_POLL_INTERVAL_MS: String(POLL_MS) },
});
let plain: TestServer;
beforeAll(async () => {
  plain = await testServer(testConfig({ AUTH_TOKEN: TOKEN }), cached.db);
});
afterAll(async () => {
  await plain?.server.stop();
});

/** mulberry32: a seeded generator, so a failing run can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const people = Array.from({ length: 5 }, (_, i) => `${P}-p${i}`);
const orgs = Array.from({ length: 3 }, (_, i) => `${P}-o${i}`);

const SHAPES: { query: string; vars: (pick: <T>(xs: T[]) => T) => Record<string, unknown> }[] = [
  {
    query: 'query($id: ID!) { node(id: $id) { id ... on Person { name } ... on Organization { name kind } } }',
    vars: (pick) => ({ id: pick([...people, ...orgs]) }),
  },
  {
    query: 'query($id: ID!) { person(id: $id) { name roles { id title actsFor { ... on Organization { name } } } } }',
    vars: (pick) => ({ id: pick(people) }),
  },
  {
    query: 'query($id: ID!) { organization(id: $id) { name members { title person { name } } } }',
    vars: (pick) => ({ id: pick(orgs) }),
  },
  {
    query: `query($q: String!) { people(where: { nameContains: $q }) { totalCount edges { node { id name } } } }`,
    vars: () => ({ q: P }),
  },
  {
    query: 'query($id: ID!) { people(where: { actsFor: $id }) { totalCount edges { node { id } } } }',
    vars: (pick) => ({ id: pick(orgs) }),
  },
  {
    query: 'query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id } edges { id } truncated } }',
    vars: (pick) => ({ id: pick(orgs) }),
  },
  {
    query: 'query($a: ID!, $b: ID!) { shortestPath(fromId: $a, toId: $b) { length nodes { id } } }',
    vars: (pick) => ({ a: pick(people), b: pick(people) }),
  },
  {
    query: 'query($t: String!) { search(text: $t, types: [PERSON]) { entity { ... on Person { id name } } } }',
    vars: (pick) => ({ t: pick(['Alpha', 'Beta', 'Gamma']) }),
  },
];

it(`never serves a stale answer over ${STEPS} random writes`, { timeout: BUDGET_MS + 60_000 }, async () => {
  const seed = Number(process.env.CACHE_MIX_SEED ?? Date.now() % 1_000_000);
  const rand = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const names = ['Alpha', 'Beta', 'Gamma'];
  const cache = cached.server.responseCache!;
  const deadline = Date.now() + 10_000;
  while (!cache.serving && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(cache.serving).toBe(true);

  const mutate = async (through: 'cached' | 'plain', query: string, variables: Record<string, unknown>) => {
    const server = through === 'cached' ? cached : plain;
    // Refusals (NOT_FOUND, CONFLICT) are part of the mix; only their code is checked.
    const res = await server.run(query, variables, { token: TOKEN });
    for (const e of res.errors ?? []) {
      expect(['NOT_FOUND', 'CONFLICT', 'BAD_USER_INPUT']).toContain((e.extensions as { code?: string })?.code);
    }
  };
  const upsertRole = (via: 'cached' | 'plain') =>
    mutate(via, 'mutation($input: RelationshipInput!) { upsertRelationship(input: $input) { id } }', {
      input: { from: pick(people), type: 'HOLDS_ROLE', to: pick(orgs), properties: { title: pick(names) }, provenance },
    });
  const writes: ((through: 'cached' | 'plain') => Promise<void>)[] = [
    (via) =>
      mutate(via, 'mutation($input: PersonInput!) { upsertPerson(input: $input) { id } }', {
        input: { id: pick(people), name: `${pick(names)} ${P}`, provenance },
      }),
    (via) =>
      mutate(via, 'mutation($input: OrganizationInput!) { upsertOrganization(input: $input) { id } }', {
        input: { id: pick(orgs), name: `${pick(names)} Org`, kind: 'GOVERNMENT', provenance },
      }),
    (via) =>
      mutate(via, 'mutation($id: ID!, $patch: PersonPatch!) { updatePerson(id: $id, patch: $patch) { id } }', {
        id: pick(people),
        patch: { name: `${pick(names)} ${P} renamed`, provenance },
      }),
    (via) => mutate(via, 'mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: pick(people) }),
    (via) => mutate(via, 'mutation($id: ID!) { deleteOrganization(id: $id) { id } }', { id: pick(orgs) }),
    // Twice in the list, so roles are upserted twice as often as deleted and most reads find some.
    upsertRole,
    upsertRole,
    (via) =>
      mutate(via, 'mutation($id: ID!) { deleteRelationship(id: $id) { id } }', {
        id: `${pick(people)}:HOLDS_ROLE:${pick(orgs)}`,
      }),
  ];

  let reads = 0;
  let hitReads = 0;
  const stale: unknown[] = [];
  const started = Date.now();
  let step = 0;
  for (; step < STEPS && Date.now() - started < BUDGET_MS; step++) {
    const via = rand() < 0.25 ? 'plain' : 'cached';
    await pick(writes)(via);
    // A write through the other server reaches this one through the feed, within the poll interval.
    if (via === 'plain') await new Promise((r) => setTimeout(r, 3 * POLL_MS));
    for (let i = 0; i < 6; i++) {
      const shape = pick(SHAPES);
      const vars = shape.vars(pick);
      // Twice on the cached server, so that most comparisons are of answers served from the cache.
      for (let twice = 0; twice < 2; twice++) {
        const a = await cached.run(shape.query, vars);
        const b = await plain.run(shape.query, vars);
        reads++;
        if (a.queries === 0) hitReads++;
        if (
          JSON.stringify(a.data) !== JSON.stringify(b.data) ||
          JSON.stringify(a.errors) !== JSON.stringify(b.errors)
        ) {
          stale.push({ seed, step, query: shape.query, vars, cached: a.data, plain: b.data });
        }
      }
    }
  }
  console.log(
    `cache mix: seed ${seed}, ${step} writes, ${reads} reads, ${hitReads} from the cache, ${stale.length} stale`,
  );
  expect(stale).toEqual([]);
  expect(step).toBeGreaterThanOrEqual(15);
  expect(hitReads).toBeGreaterThan(reads / 4);
});
