import { createHash } from 'node:crypto';
import { afterAll, expect, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';
import { writeChangeSet } from '../../src/write/writer.js';

// The response cache in one replica, against the real Neo4j: repeated reads send no
// statement, and a mutation is seen by the very next read.

const P = testPrefix('rcache');
const TOKEN = 'rcache-token'.padEnd(32, 'x');
const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const provenance = { sourceId: ARTICLE, quote: 'Kyiv Mayor Vitali Klitschko' };
const t = useTestServer({
  cleanupPrefix: P,
  env: { AUTH_TOKEN: TOKEN, RESPONSE_CACHE: 'true', LIVE_POLL_INTERVAL_MS: '100' },
});

// The same server, but its feed is read once a minute: only the mutation's own eviction can make its write visible.
const slow = useTestServer({
  cleanupPrefix: `${P}-slow`,
  env: { AUTH_TOKEN: TOKEN, RESPONSE_CACHE: 'true', LIVE_POLL_INTERVAL_MS: '60000' },
});
const ingested: string[] = [];
afterAll(async () => {
  // The article, what the ingestion derived from it (ids start with the article's), and its mentions.
  await t.db.write({
    cypher: `MATCH (n:Node) WHERE any(a IN $articles WHERE n.id STARTS WITH a) DETACH DELETE n
             WITH count(*) AS done MATCH (m:Mention) WHERE m.source IN $articles DETACH DELETE m`,
    params: { articles: ingested },
  });
});

const cache = () => t.server.responseCache!;
async function serving() {
  const deadline = Date.now() + 10_000;
  while (!cache().serving && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(cache().serving).toBe(true);
}
const write = async (query: string, variables: Record<string, unknown>) => {
  const res = await t.run(query, variables, { token: TOKEN });
  expect(res.errors).toBeUndefined();
  return res.data;
};

const KLITSCHKO = `{ person(id: "vitali-klitschko") { name roles { title actsFor { ... on Place { name } } } } }`;

it('answers a repeated read from the cache with no statement, token or not', async () => {
  await serving();
  const first = await t.run(KLITSCHKO);
  expect(first.errors).toBeUndefined();
  expect(first.queries).toBeGreaterThan(0);
  const hits = cache().hits;
  const second = await t.run(KLITSCHKO);
  expect(second.queries).toBe(0);
  expect(second.data).toEqual(first.data);
  // Reads do not depend on the token, so the same entry serves a request that carries one.
  const withToken = await t.run(KLITSCHKO, undefined, { token: TOKEN });
  expect(withToken.queries).toBe(0);
  expect(withToken.data).toEqual(first.data);
  expect(cache().hits).toBe(hits + 2);
});

it('shows a write through this replica to its next read: created, renamed behind a relation, deleted', async () => {
  await serving();
  const person = `${P}-person`;
  const org = `${P}-org`;
  const byId = 'query($id: ID!) { node(id: $id) { id ... on Person { name } } }';
  // A lookup that answered null is evicted when that id is created.
  expect((await t.run(byId, { id: person })).data).toEqual({ node: null });
  const cachedNull = await t.run(byId, { id: person });
  expect(cachedNull).toMatchObject({ data: { node: null }, queries: 0 });

  await write('mutation($input: PersonInput!) { createPerson(input: $input) { id } }', {
    input: { id: person, name: 'Cached Person', provenance },
  });
  expect((await t.run(byId, { id: person })).data).toEqual({ node: { id: person, name: 'Cached Person' } });

  await write('mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }', {
    input: { id: org, name: 'Old Org Name', kind: 'GOVERNMENT', provenance },
  });
  await write('mutation($input: RelationshipInput!) { createRelationship(input: $input) { id } }', {
    input: { from: person, type: 'HOLDS_ROLE', to: org, properties: { title: 'Adviser' }, provenance },
  });
  // The organisation's id is not selected: the answer still depends on it.
  const roles = `query($id: ID!) { person(id: $id) { roles { title actsFor { ... on Organization { name } } } } }`;
  const before = await t.run(roles, { id: person });
  expect(before.data).toEqual({ person: { roles: [{ title: 'Adviser', actsFor: { name: 'Old Org Name' } }] } });
  expect((await t.run(roles, { id: person })).queries).toBe(0);
  await write('mutation($id: ID!, $patch: OrganizationPatch!) { updateOrganization(id: $id, patch: $patch) { id } }', {
    id: org,
    patch: { name: 'New Org Name', provenance },
  });
  expect((await t.run(roles, { id: person })).data).toEqual({
    person: { roles: [{ title: 'Adviser', actsFor: { name: 'New Org Name' } }] },
  });

  await write('mutation($id: ID!) { deleteRelationship(id: $id) { id } }', { id: `${person}:HOLDS_ROLE:${org}` });
  expect((await t.run(roles, { id: person })).data).toEqual({ person: { roles: [] } });
  await write('mutation($id: ID!) { deletePerson(id: $id) { id } }', { id: person });
  expect((await t.run(byId, { id: person })).data).toEqual({ node: null });
});

it('evicts lists and counts on any write, and shows a write through another replica within the poll interval', async () => {
  await serving();
  const list = `query($q: String!) { people(where: { nameContains: $q }) { totalCount edges { node { id } } } }`;
  const empty = await t.run(list, { q: `${P}-listed` });
  expect(empty.data).toEqual({ people: { totalCount: 0, edges: [] } });
  expect((await t.run(list, { q: `${P}-listed` })).queries).toBe(0);
  // Written straight through the writer, as another replica would: only the feed tells this one.
  const id = `${P}-listed`;
  const started = Date.now();
  await writeChangeSet(t.db, {
    kind: 'CREATE',
    nodes: [{ label: 'Person', mode: 'create', id, fields: { name: id } }],
  });
  let seen = await t.run(list, { q: id });
  while (seen.data && (seen.data as { people: { totalCount: number } }).people.totalCount === 0) {
    expect(Date.now() - started).toBeLessThan(2_000);
    await new Promise((r) => setTimeout(r, 20));
    seen = await t.run(list, { q: id });
  }
  expect(seen.data).toEqual({ people: { totalCount: 1, edges: [{ node: { id } }] } });
});

it('does not store answers with errors', async () => {
  await serving();
  const bad = '{ neighborhood(id: "kyiv", depth: 99) { nodes { id } } }';
  const size = cache().size;
  const res = await t.run(bad);
  expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  expect(cache().size).toBe(size);
});

// Last: server t's follower also sees these writes, and would evict answers an earlier test is about to reuse.
it(
  'shows a write through this replica to its next read with no feed read: a create and an ingested article',
  { timeout: 60_000 },
  async () => {
    const cacheOf = slow.server.responseCache!;
    const deadline = Date.now() + 10_000;
    while (!cacheOf.serving && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(cacheOf.serving).toBe(true);
    const polls = slow.server.live.follower.polls;
    const byId = 'query($id: ID!) { node(id: $id) { id } }';
    const cachedNull = async (id: string) => {
      expect((await slow.run(byId, { id })).data).toEqual({ node: null });
      expect((await slow.run(byId, { id })).queries).toBe(0);
    };

    const person = `${P}-slow-person`;
    await cachedNull(person);
    const created = await slow.run(
      'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
      { input: { id: person, name: 'Slow Person', provenance } },
      { token: TOKEN },
    );
    expect(created.errors).toBeUndefined();
    expect((await slow.run(byId, { id: person })).data).toEqual({ node: { id: person } });

    const text = `Kyiv Mayor Vitali Klitschko said the night was quiet in Kyiv. Reference ${P}.`;
    const publishedOn = '2031-06-01';
    // The id the ingestion gives the article (src/ingest/ingestArticle.ts): its date and a hash of its text.
    const articleId = `article-${publishedOn}-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
    ingested.push(articleId);
    await cachedNull(articleId);
    const res = await slow.run(
      'mutation($i: IngestArticleInput!) { ingestArticle(input: $i) { article { id } } }',
      {
        i: { title: `Quiet night ${P}`, publishedOn, text },
      },
      { token: TOKEN },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ ingestArticle: { article: { id: articleId } } });
    expect((await slow.run(byId, { id: articleId })).data).toEqual({ node: { id: articleId } });
    // The follower did not poll meanwhile: the mutations evicted their own writes.
    expect(slow.server.live.follower.polls).toBe(polls);
  },
);
