import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer, type TestServerHandle } from '../helpers/testServer.js';

// The HTTP lane of the response cache (src/cache/cacheLane.ts) over real HTTP: a
// hit answered before Apollo has the bytes and headers Apollo sends, and every
// request Apollo would refuse or read differently is left to Apollo.

const P = testPrefix('lane');
const TOKEN = 'lane-token'.padEnd(32, 'x');
const provenance = { sourceId: 'article-2026-01-24-kyiv-kharkiv-abu-dhabi', quote: 'Kyiv Mayor Vitali Klitschko' };
const t = useTestServer({
  listen: true,
  cleanupPrefix: P,
  env: { RESPONSE_CACHE: 'true', AUTH_TOKEN: TOKEN, LIVE_POLL_INTERVAL_MS: '100' },
});
// A second replica over the same graph: it holds no APQ hash registered on the first.
const other = useTestServer({ listen: true, env: { RESPONSE_CACHE: 'true' } });

const WHO = 'query Who($id: ID!) { person(id: $id) { id name roles { title } } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const JSON_HEADERS = { 'content-type': 'application/json' };
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

const post = (s: TestServerHandle, body: unknown, headers: Record<string, string> = {}) =>
  fetch(s.url, { method: 'POST', headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) });
const get = (s: TestServerHandle, params: Record<string, string>, headers: Record<string, string> = PREFLIGHT) =>
  fetch(`${s.url}?${new URLSearchParams(params)}`, { headers });
const apq = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

/** Status, headers that do not change per request, and the exact body bytes. */
async function answer(res: Response) {
  const headers = Object.fromEntries(res.headers);
  for (const name of ['date', 'connection', 'keep-alive']) delete headers[name];
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()) };
}

async function serving(s: TestServerHandle) {
  const cache = s.server.responseCache!;
  const deadline = Date.now() + 10_000;
  while (!cache.serving && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  expect(cache.serving).toBe(true);
}

/** Runs `send` and reports whether the lane answered it (and so Apollo did not). */
async function viaLane(s: TestServerHandle, send: () => Promise<Response>) {
  const cache = s.server.responseCache!;
  const before = cache.laneHits;
  const res = await answer(await send());
  return { ...res, lane: cache.laneHits - before === 1 };
}

it('answers a repeated POST with the bytes and headers Apollo sent for the miss, in either JSON type', async () => {
  await serving(t);
  for (const [id, accept] of [
    ['vitali-klitschko', undefined],
    ['volodymyr-zelenskyy', 'application/graphql-response+json, application/json;q=0.9'],
  ] as const) {
    const headers: Record<string, string> = accept ? { accept } : {};
    const send = () => post(t, { query: WHO, variables: { id } }, headers);
    const miss = await viaLane(t, send);
    expect(miss).toMatchObject({ status: 200, lane: false });
    expect(miss.headers['x-response-cache']).toBe('miss');
    const hits = t.server.responseCache!.hits;
    const hit = await viaLane(t, send);
    expect(hit.lane).toBe(true);
    expect(t.server.responseCache!.hits).toBe(hits + 1);
    expect(hit.body.equals(miss.body)).toBe(true);
    expect(hit.headers).toEqual({ ...miss.headers, 'x-response-cache': 'hit' });
    expect(hit.headers['content-type']).toBe(
      accept ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8',
    );
    expect(hit.headers['cache-control']).toBe('no-store');
    // The plugin's path (in-process, no HTTP) serves the same entry.
    const inProcess = await t.run(WHO, { id });
    expect(inProcess.queries).toBe(0);
    expect({ data: inProcess.data }).toEqual(JSON.parse(hit.body.toString()));
  }
});

it('answers a repeated GET with no-cache and the same ETag, and 304 when it still matches', async () => {
  await serving(t);
  const params = { query: WHO, variables: JSON.stringify({ id: 'andrii-yermak' }) };
  const miss = await viaLane(t, () => get(t, params));
  expect(miss).toMatchObject({ status: 200, lane: false });
  const hit = await viaLane(t, () => get(t, params));
  expect(hit.lane).toBe(true);
  expect(hit.body.equals(miss.body)).toBe(true);
  expect(hit.headers).toEqual({ ...miss.headers, 'x-response-cache': 'hit' });
  expect(hit.headers['cache-control']).toBe('no-cache');
  expect(hit.headers.etag).toBeTruthy();
  const revalidated = await viaLane(t, () =>
    get(t, params, { ...PREFLIGHT, 'if-none-match': hit.headers.etag!, 'cache-control': 'max-age=0' }),
  );
  expect(revalidated).toMatchObject({ status: 304, lane: true });
  expect(revalidated.body.length).toBe(0);
});

it('serves an APQ GET by hash only when Apollo holds the hash, and registers one sent with its query', async () => {
  await serving(other);
  const query = 'query Kl { person(id: "vitali-klitschko") { id name } }';
  const hashOnly = () => get(other, { extensions: JSON.stringify(apq(query)) });
  // Stored from a plain POST: the response cache has the answer, Apollo's APQ store not the hash.
  expect((await viaLane(other, () => post(other, { query }))).headers['x-response-cache']).toBe('miss');
  const notFound = await viaLane(other, hashOnly);
  expect(notFound.lane).toBe(false);
  expect(JSON.parse(notFound.body.toString())).toMatchObject({
    errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }],
  });
  // Sent with its hash, a hit registers the query as Apollo would have; hash-only GETs are then hits.
  const registering = await viaLane(other, () => post(other, { query, extensions: apq(query) }));
  expect(registering.lane).toBe(true);
  const byHash = await viaLane(other, hashOnly);
  expect(byHash).toMatchObject({ status: 200, lane: true });
  expect(byHash.body.equals(registering.body)).toBe(true);
  expect(byHash.headers['cache-control']).toBe('no-cache');
});

it('leaves to Apollo every request it would refuse', async () => {
  await serving(t);
  const query = 'query { person(id: "vitali-klitschko") { id description } }';
  const params = { query };
  expect((await viaLane(t, () => get(t, params))).status).toBe(200);
  expect((await viaLane(t, () => get(t, params))).lane).toBe(true);

  const refused = async (send: () => Promise<Response>, status: number) => {
    const res = await viaLane(t, send);
    expect(res.lane).toBe(false);
    expect(res.status).toBe(status);
    return res;
  };
  // CSRF prevention: a GET with neither a JSON content type nor a preflight header.
  expect((await refused(() => get(t, params, {}), 400)).body.toString()).toMatch(/Cross-Site Request Forgery/);
  await refused(() => get(t, params, { 'apollo-require-preflight': '' }), 400);
  // A GET with a content type other than JSON.
  await refused(() => get(t, params, { ...PREFLIGHT, 'content-type': 'text/plain' }), 415);
  // A parameter given twice.
  await refused(
    () =>
      fetch(`${t.url}?${new URLSearchParams([...Object.entries(params), ['query', query]])}`, { headers: PREFLIGHT }),
    400,
  );
  // Batches (Apollo has them off).
  await refused(() => post(t, [{ query }]), 400);
  // An Accept header that allows no JSON answer.
  await refused(() => post(t, { query }, { accept: 'multipart/mixed' }), 406);
  // An empty operation name names no operation.
  await refused(() => post(t, { query, operationName: '' }), 400);
  // A hash that is not the query's.
  await refused(() => post(t, { query, extensions: apq(`${query} `) }), 400);
  // A POST whose body is not JSON to Apollo (the parser leaves text alone).
  await refused(
    () =>
      fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', ...PREFLIGHT },
        body: JSON.stringify({ query }),
      }),
    400,
  );
  // Not GET or POST.
  expect(
    (await viaLane(t, () => fetch(`${t.url}?${new URLSearchParams(params)}`, { method: 'PUT', headers: PREFLIGHT })))
      .lane,
  ).toBe(false);
});

it('misses for another operation name or other variables, then serves each from its own entry', async () => {
  await serving(t);
  const body = { query: WHO, variables: { id: 'vitali-klitschko' } };
  await post(t, body);
  expect((await viaLane(t, () => post(t, body))).lane).toBe(true);
  for (const variant of [
    { ...body, operationName: 'Who' },
    { ...body, variables: { id: 'kyiv' } },
    { ...body, variables: { id: 'vitali-klitschko', extra: 1 } },
  ]) {
    const first = await viaLane(t, () => post(t, variant));
    expect(first.lane).toBe(false);
    expect(first.headers['x-response-cache']).toBe('miss');
    expect((await viaLane(t, () => post(t, variant))).lane).toBe(true);
  }
});

it('answers the next read after a write through this replica from the database, not the lane', async () => {
  await serving(t);
  const id = `${P}-person`;
  const read = { query: 'query($id: ID!) { node(id: $id) { id ... on Person { name } } }', variables: { id } };
  const auth = { authorization: `Bearer ${TOKEN}` };
  expect(JSON.parse((await viaLane(t, () => post(t, read))).body.toString())).toEqual({ data: { node: null } });
  expect((await viaLane(t, () => post(t, read))).lane).toBe(true);
  const created = await post(
    t,
    {
      query: 'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
      variables: { input: { id, name: 'Lane Person', provenance } },
    },
    auth,
  );
  expect(await created.json()).toEqual({ data: { createPerson: { id } } });
  const fresh = await viaLane(t, () => post(t, read));
  expect(fresh.lane).toBe(false);
  expect(JSON.parse(fresh.body.toString())).toEqual({ data: { node: { id, name: 'Lane Person' } } });
  expect((await viaLane(t, () => post(t, read))).lane).toBe(true);
});
