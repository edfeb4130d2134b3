import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { mixedQueries } from '../../scripts/mixedQueries.js';
import { docExamples } from '../helpers/docExamples.js';
import { testConfig, testDb } from '../helpers/testDb.js';
import { testServer, useTestServer } from '../helpers/testServer.js';
import { postGraphQL } from './postGraphQL.js';

/** `n` relationship hops from a person: depth 2n + 2, since each hop is `relationships` then `other`. */
const hops = (n: number): string => {
  let inner = 'id';
  for (let i = 0; i < n; i++) inner = `relationships { other { ... on Entity { ${inner} } } }`;
  return `{ person(id: "vitali-klitschko") { ${inner} } }`;
};

const REJECTED_BEFORE_RUNNING = ['LIMIT_EXCEEDED', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'];

describe('query limits', () => {
  const t = useTestServer({ listen: true });
  const limits = testConfig().limits;

  const codes = (errors: readonly Record<string, unknown>[] | undefined) =>
    (errors ?? []).map((e) => (e.extensions as { code?: string } | undefined)?.code);

  it('lets every query of docs/queries.md and of the mixed load set through with the default limits', async () => {
    const docs = docExamples();
    expect(docs.length).toBeGreaterThan(0);
    const all = [...docs, ...mixedQueries];
    for (const { query, variables } of all) {
      // No token: mutations are refused by the resolver, after the limits have passed.
      const res = await t.run(query, variables);
      expect({ query, codes: codes(res.errors).filter((c) => REJECTED_BEFORE_RUNNING.includes(c ?? '')) }).toEqual({
        query,
        codes: [],
      });
    }
  });

  it('lets the playground introspect the schema, within every limit', async () => {
    const res = await t.run(getIntrospectionQuery({ descriptions: true, directiveIsRepeatable: true }));
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ __schema: { queryType: { name: 'Query' } } });
  });

  it.each([
    ['MAX_DEPTH', hops(5), limits.maxDepth, /depth limit of 10 exceeded, found 12/],
    [
      'MAX_COST',
      '{ people(first: 100) { edges { node { relationships(first: 100) { id type } } } } }',
      limits.maxCost,
      /Cost limit of 20000 exceeded/,
    ],
    [
      'MAX_ALIASES',
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: person(id: "kyiv") { id }`).join(' ')} }`,
      limits.maxAliases,
      /Aliases limit of 15 exceeded, found 16/,
    ],
    [
      'MAX_DIRECTIVES',
      `{ ${Array.from({ length: 21 }, (_, i) => `t${i}: __typename @include(if: true)`).join(' ')} }`,
      limits.maxDirectives,
      /Directives limit of 20 exceeded, found 21/,
    ],
    ['MAX_TOKENS', `{ ${'__typename '.repeat(2_000)}}`, limits.maxTokens, /more th\w+ 2000 tokens/],
  ])('refuses a query over %s with LIMIT_EXCEEDED and the limit it hit', async (limit, query, max, message) => {
    const res = await t.run(query);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit, max } });
    expect(res.errors![0]!.message).toMatch(message);
    expect(res.queries).toBe(0);
  });

  it('accepts a query exactly at the depth limit', async () => {
    const res = await t.run(hops(4));
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({ person: { relationships: expect.any(Array) } });
  });

  it('answers a limit rejection over HTTP with status 400 and the same error', async () => {
    const reply = await postGraphQL(t.url, hops(5));
    expect(reply.status).toBe(400);
    expect(reply.body).toEqual({
      errors: [
        {
          message: 'Query depth limit of 10 exceeded, found 12.',
          extensions: { code: 'LIMIT_EXCEEDED', limit: 'MAX_DEPTH', max: 10 },
        },
      ],
    });
  });

  it('answers a syntax error with GRAPHQL_PARSE_FAILED and status 400, not a server error', async () => {
    const reply = await postGraphQL(t.url, '{ person(id: "kyiv") { id ');
    expect(reply.status).toBe(400);
    expect(reply.body?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('schema exposure settings', () => {
  let db: Database;
  beforeAll(() => {
    db = testDb();
  });
  afterAll(async () => {
    await db.close();
  });

  const withServer = async (env: Record<string, string>, query: string) => {
    const t = await testServer(testConfig(env), db);
    try {
      return await t.run(query);
    } finally {
      await t.server.stop();
    }
  };

  it('refuses introspection when INTROSPECTION=false', async () => {
    const res = await withServer({ INTROSPECTION: 'false' }, '{ __schema { queryType { name } } }');
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(res.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
  });

  it('suggests field names in development but not in production', async () => {
    const dev = await withServer({ NODE_ENV: 'development' }, '{ persn(id: "kyiv") { id } }');
    const prod = await withServer({ NODE_ENV: 'production' }, '{ persn(id: "kyiv") { id } }');
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean "person"/);
    expect(prod.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(prod.errors?.[0]?.message).not.toMatch(/Did you mean/);
    expect(prod.errors?.[0]?.message).toMatch(/Cannot query field "persn"/);
  });
});
