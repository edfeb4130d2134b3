import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testConfig } from '../helpers/testDb.js';
import { testServer, useTestServer, type TestServer } from '../helpers/testServer.js';

// Automatic persisted queries over GET, with Apollo Client's persisted-query link,
// against two real servers behind a round-robin "load balancer": the second one
// does not know the hash yet, answers PERSISTED_QUERY_NOT_FOUND, and the link retries.

const a = useTestServer({ listen: true, env: { RESPONSE_CACHE: 'true' } });
let b: TestServer;
let bUrl: string;
beforeAll(async () => {
  b = await testServer(testConfig({ RESPONSE_CACHE: 'true' }), a.db);
  bUrl = await b.server.listen(0);
});
afterAll(async () => {
  await b?.server.stop();
});

/** Waits until both replicas' response caches follow the feed, so that answers are stored. */
async function serving() {
  const caches = [a.server.responseCache!, b.server.responseCache!];
  const deadline = Date.now() + 10_000;
  while (caches.some((c) => !c.serving) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(caches.map((c) => c.serving)).toEqual([true, true]);
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const QUERY = gql`
  query Klitschko($id: ID!) {
    person(id: $id) {
      id
      name
    }
  }
`;

it('registers a query once, then fetches it by hash over GET; a replica without the hash makes the link retry', async () => {
  await serving();
  const seen: { server: string; method: string; hashOnly: boolean; status: number; code?: string }[] = [];
  // Requests go to A, A, B, B… by the order of operations, as a balancer might send them.
  const targets = [a.url, a.url, bUrl, bUrl];
  let op = 0;
  const balanced: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const target = new URL(targets[Math.min(op, targets.length - 1)]!);
    url.host = target.host;
    const res = await fetch(url, init);
    const body = (await res.clone().json()) as { errors?: { extensions?: { code?: string } }[] };
    const method = init?.method ?? 'GET';
    seen.push({
      server: target.port === new URL(a.url).port ? 'A' : 'B',
      method,
      hashOnly: method === 'GET' ? !url.searchParams.has('query') : !String(init?.body).includes('"query"'),
      status: res.status,
      code: body.errors?.[0]?.extensions?.code,
    });
    return res;
  };
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([
      new PersistedQueryLink({ sha256, useGETForHashedQueries: true }),
      new HttpLink({ uri: a.url, fetch: balanced }),
    ]),
  });
  const ask = async () => {
    const res = await client.query({
      query: QUERY,
      variables: { id: 'vitali-klitschko' },
      fetchPolicy: 'network-only',
    });
    op++;
    return res.data;
  };
  const expected = { person: { __typename: 'Person', id: 'vitali-klitschko', name: 'Vitali Klitschko' } };
  for (let i = 0; i < 4; i++) expect(await ask()).toEqual(expected);

  expect(seen).toEqual([
    // A does not know the hash: the link sends the whole query, which registers it.
    { server: 'A', method: 'GET', hashOnly: true, status: 200, code: 'PERSISTED_QUERY_NOT_FOUND' },
    { server: 'A', method: 'POST', hashOnly: false, status: 200, code: undefined },
    // Then a GET with the hash only: cacheable by a CDN.
    { server: 'A', method: 'GET', hashOnly: true, status: 200, code: undefined },
    // B has never seen it: not found, the link retries with the query.
    { server: 'B', method: 'GET', hashOnly: true, status: 200, code: 'PERSISTED_QUERY_NOT_FOUND' },
    { server: 'B', method: 'POST', hashOnly: false, status: 200, code: undefined },
    { server: 'B', method: 'GET', hashOnly: true, status: 200, code: undefined },
  ]);
  // Each replica answered its hash-only GET from the response cache's HTTP lane, and only that one.
  expect([a.server.responseCache!.laneHits, b.server.responseCache!.laneHits]).toEqual([1, 1]);
  client.stop();
});

it('answers GET with no-cache and an ETag, 304 when it still matches, and keeps CSRF prevention and GET mutations out', async () => {
  const query = '{ person(id: "vitali-klitschko") { name } }';
  const hash = sha256(query);
  const ext = (withQuery: boolean) =>
    `${a.url}?${new URLSearchParams({
      ...(withQuery ? { query } : {}),
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }),
    })}`;
  const headers = { 'apollo-require-preflight': 'true' };
  await serving();
  const lane = a.server.responseCache!;
  // Registered through GET with the query, then served by hash (from the response cache's HTTP lane).
  expect((await fetch(ext(true), { headers })).status).toBe(200);
  const laneHits = lane.laneHits;
  const first = await fetch(ext(false), { headers });
  expect(first.status).toBe(200);
  expect(first.headers.get('x-response-cache')).toBe('hit');
  expect(lane.laneHits).toBe(laneHits + 1);
  expect(await first.json()).toEqual({ data: { person: { name: 'Vitali Klitschko' } } });
  expect(first.headers.get('cache-control')).toBe('no-cache');
  const etag = first.headers.get('etag');
  expect(etag).toBeTruthy();
  // As a revalidating cache sends it (fetch would otherwise add `Cache-Control: no-cache`, which forbids a 304).
  const again = await fetch(ext(false), {
    headers: { ...headers, 'if-none-match': etag!, 'cache-control': 'max-age=0' },
  });
  expect(again.status).toBe(304);
  expect(lane.laneHits).toBe(laneHits + 2);

  // A GET without a preflight-forcing header is refused (a browser could send it cross-site), cached or not.
  const simple = await fetch(ext(false));
  expect(simple.status).toBe(400);
  expect(lane.laneHits).toBe(laneHits + 2);
  // Mutations never run over GET.
  const mutation = await fetch(
    `${a.url}?${new URLSearchParams({ query: 'mutation { deletePerson(id: "vitali-klitschko") { id } }' })}`,
    { headers },
  );
  expect(mutation.status).toBe(405);
});
