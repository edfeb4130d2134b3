import { expect, it } from 'vitest';
import { CACHE_HEADER } from '../../src/cache/responseCachePlugin.js';
import { testPrefix } from '../helpers/testDb.js';
import { post } from './liveClient.js';
import { twoReplicas } from './twoReplicas.js';

// Two server processes over one Neo4j, both with the response cache: this process
// (A) and a child (B). A write through B is seen on A within A's feed poll interval.

const P = testPrefix('rcache-repl');
const TOKEN = 'rcache-repl-token'.padEnd(32, 'x');
const POLL_MS = 250;
const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const provenance = { sourceId: ARTICLE, quote: 'Kyiv Mayor Vitali Klitschko' };
const env = { AUTH_TOKEN: TOKEN, RESPONSE_CACHE: 'true', LIVE_POLL_INTERVAL_MS: String(POLL_MS) };
const pair = twoReplicas(env, { cleanupPrefix: P });
const { a } = pair;

/** One read over HTTP, with whether the cache answered it. */
async function read(url: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { cache: res.headers.get(CACHE_HEADER), body: (await res.json()) as { data?: Record<string, unknown> } };
}

/** Reads on A until `pred` holds; returns the milliseconds it took. */
async function until(query: string, variables: Record<string, unknown>, pred: (d: unknown) => boolean) {
  const started = Date.now();
  for (;;) {
    const { body } = await read(a.url, query, variables);
    if (pred(body.data)) return Date.now() - started;
    if (Date.now() - started > 5_000) throw new Error(`not seen on A: ${JSON.stringify(body)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

it('shows a write through B to a cached read on A within the poll interval: created, updated, deleted', async () => {
  const id = `${P}-person`;
  const byId = 'query($id: ID!) { node(id: $id) { id ... on Person { name } } }';
  const list = 'query($q: String!) { people(where: { nameContains: $q }) { totalCount } }';
  const deadline = Date.now() + 10_000;
  // A serves from its cache once its follower has read the feed's head.
  while ((await read(a.url, byId, { id })).cache !== 'hit' && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(await read(a.url, byId, { id })).toEqual({ cache: 'hit', body: { data: { node: null } } });
  await read(a.url, list, { q: id });
  expect(await read(a.url, list, { q: id })).toEqual({ cache: 'hit', body: { data: { people: { totalCount: 0 } } } });

  const lags: number[] = [];
  const created = await post(
    pair.b.url,
    'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
    { input: { id, name: `On B ${id}`, provenance } },
    TOKEN,
  );
  expect(created.errors).toBeUndefined();
  lags.push(await until(byId, { id }, (d) => (d as { node: unknown }).node !== null));
  expect((await read(a.url, byId, { id })).body.data).toEqual({ node: { id, name: `On B ${id}` } });
  expect((await read(a.url, list, { q: id })).body.data).toEqual({ people: { totalCount: 1 } });

  expect((await read(a.url, byId, { id })).cache).toBe('hit');
  const updated = await post(
    pair.b.url,
    'mutation($id: ID!, $patch: PersonPatch!) { updatePerson(id: $id, patch: $patch) { id } }',
    { id, patch: { name: 'Renamed on B', provenance } },
    TOKEN,
  );
  expect(updated.errors).toBeUndefined();
  lags.push(await until(byId, { id }, (d) => (d as { node: { name: string } }).node.name === 'Renamed on B'));

  expect((await read(a.url, byId, { id })).cache).toBe('hit');
  expect(
    (await post(pair.b.url, 'mutation($id: ID!) { deletePerson(id: $id) { id } }', { id }, TOKEN)).errors,
  ).toBeUndefined();
  lags.push(await until(byId, { id }, (d) => (d as { node: unknown }).node === null));

  console.log(`write on B → read on A: ${lags.join(', ')} ms (poll interval ${POLL_MS} ms)`);
  // Within one poll interval, plus the feed read and the HTTP round trips on a shared machine.
  for (const lag of lags) expect(lag).toBeLessThan(POLL_MS + 750);
});

it('answers a mutation on B after B has evicted it, so B’s next read shows it', async () => {
  const id = `${P}-on-b`;
  const byId = 'query($id: ID!) { node(id: $id) { id } }';
  await read(pair.b.url, byId, { id });
  expect((await read(pair.b.url, byId, { id })).body.data).toEqual({ node: null });
  const created = await post(
    pair.b.url,
    'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
    { input: { id, name: 'Also on B', provenance } },
    TOKEN,
  );
  expect(created.errors).toBeUndefined();
  expect((await read(pair.b.url, byId, { id })).body.data).toEqual({ node: { id } });
});
