import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedError } from '../../src/errors.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type AppServer } from '../../src/server.js';
import { testConfig, testDb } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';
import { errorCodes, postGraphQL, postRaw } from './postGraphQL.js';

const SLOW_CYPHER = 'UNWIND range(1, 100000000) AS x WITH x WHERE x < 0 RETURN count(*) AS n';

describe('limits enforced by the resolvers', () => {
  const t = useTestServer();

  it.each([
    ['people(first: 101) { totalCount }', 'first', 'MAX_PAGE_SIZE', 100],
    ['events(first: 1000) { totalCount }', 'first', 'MAX_PAGE_SIZE', 100],
    ['search(text: "Kyiv", first: 101) { score }', 'first', 'MAX_PAGE_SIZE', 100],
    ['timeline(first: 101) { __typename }', 'first', 'MAX_PAGE_SIZE', 100],
    ['statements(first: 101) { id }', 'first', 'MAX_PAGE_SIZE', 100],
    ['person(id: "kira-rudik") { relationships(first: 101) { id } }', 'first', 'MAX_PAGE_SIZE', 100, 1],
    ['neighborhood(id: "kyiv", depth: 4) { truncated }', 'depth', 'MAX_NEIGHBORHOOD_DEPTH', 3],
    ['neighborhood(id: "kyiv", limit: 501) { truncated }', 'limit', 'MAX_NEIGHBORHOOD_NODES', 500],
    ['shortestPath(fromId: "kyiv", toId: "moscow", maxDepth: 9) { length }', 'maxDepth', 'MAX_PATH_DEPTH', 8],
  ])('refuses `%s` with BAD_USER_INPUT naming the limit', async (selection, field, limit, max, lookups = 0) => {
    const res = await t.run(`{ ${selection} }`);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field, limit, max } });
    // Checked before the capped list is fetched: only the parent lookup, if any, reaches Neo4j.
    expect(res.queries).toBe(lookups);
  });

  it('returns at most the capped number of neighborhood nodes and says it cut them short', async () => {
    const res = await t.run<{ neighborhood: { nodes: unknown[]; truncated: boolean } }>(
      '{ neighborhood(id: "kyiv", depth: 3, limit: 5) { truncated nodes { id } } }',
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.neighborhood.nodes.length).toBeLessThanOrEqual(5);
    expect(res.data?.neighborhood.truncated).toBe(true);
  });
});

describe('the transaction timeout', () => {
  let db: Database;
  beforeAll(() => {
    db = testDb(testConfig({ NEO4J_TX_TIMEOUT_MS: '200' }));
  });
  afterAll(async () => {
    await db.close();
  });

  it('stops a slow read with LIMIT_EXCEEDED naming NEO4J_TX_TIMEOUT_MS', async () => {
    const started = performance.now();
    const error = (await db.read({ cypher: SLOW_CYPHER, params: {} }).catch((e: unknown) => e)) as CodedError;
    expect(error.extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'NEO4J_TX_TIMEOUT_MS' });
    expect(error.message).toBe('The query took longer than the allowed transaction time.');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('stops a slow write transaction the same way, and the database stays usable', async () => {
    const error = (await db
      .transaction((run) => run({ cypher: SLOW_CYPHER, params: {} }))
      .catch((e: unknown) => e)) as CodedError;
    expect(error.extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'NEO4J_TX_TIMEOUT_MS' });
    expect(await db.read({ cypher: 'RETURN 1 AS one', params: {} })).toEqual([{ one: 1 }]);
  });
});

describe('HTTP limits', () => {
  const log = createLogger('silent');
  let db: Database;
  const servers: AppServer[] = [];
  const start = async (env: Record<string, string>) => {
    const server = await createServer(testConfig(env), db, log);
    servers.push(server);
    return server.listen(0);
  };
  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await db.close();
  });

  it('refuses a body over MAX_BODY_BYTES with 413 and a coded error, and accepts one under it', async () => {
    const url = await start({ MAX_BODY_BYTES: '2048' });
    const padded = (n: number) => JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(n) } });
    const over = await postRaw(url, padded(2_100));
    const under = await postRaw(url, padded(1_900));
    expect(over.status).toBe(413);
    expect(over.body).toEqual({
      errors: [
        {
          message: 'Request body exceeds 2048 bytes.',
          extensions: { code: 'BAD_REQUEST', limit: 'MAX_BODY_BYTES', max: 2048 },
        },
      ],
    });
    expect(under.status).toBe(200);
    expect(under.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers 429 with RATE_LIMITED once a client passes RATE_LIMIT_PER_MINUTE', async () => {
    const url = await start({ RATE_LIMIT_PER_MINUTE: '5' });
    const replies = [];
    for (let i = 0; i < 7; i++) replies.push(await postGraphQL(url, '{ __typename }'));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect(replies[5]!.body).toEqual({
      errors: [
        {
          message: 'Too many requests; slow down.',
          extensions: { code: 'RATE_LIMITED', limit: 'RATE_LIMIT_PER_MINUTE', max: 5 },
        },
      ],
    });
  });

  it('refuses mutations without a token or with a wrong one, and never echoes the token', async () => {
    const token = 'hardening-secret-token-0123456789';
    const url = await start({ AUTH_TOKEN: token });
    const mutation = 'mutation { deletePerson(id: "no-such-person") { id } }';
    const none = await postGraphQL(url, mutation);
    const wrong = await postGraphQL(url, mutation, undefined, { token: `${token}x` });
    expect(errorCodes(none)).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(none.body?.data).toBeNull();
    expect(wrong.text).not.toContain(token);
  });
});
