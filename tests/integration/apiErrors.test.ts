import { describe, expect, it } from 'vitest';
import { testConfig, testDb } from '../helpers/testDb.js';
import { testServer, useTestServer, type TestServer } from '../helpers/testServer.js';
import { freePort } from '../../src/db/freePort.js';

// Every error a client can meet carries extensions.code, a path when a field
// failed, and no stack trace or Cypher outside development.

const TOKEN = 'x'.repeat(32);
const t = useTestServer({ env: { AUTH_TOKEN: TOKEN } });
const open = useTestServer();

type GqlError = { message: string; path?: (string | number)[]; extensions: Record<string, unknown> };

async function errorsOf(server: TestServer, query: string, variables?: Record<string, unknown>, token?: string) {
  const res = await server.run(query, variables, token ? { token } : {});
  expect(res.errors?.length).toBeGreaterThan(0);
  for (const e of res.errors as GqlError[]) {
    expect(typeof e.extensions.code).toBe('string');
    expect(e.extensions).not.toHaveProperty('stacktrace');
  }
  return { data: res.data, errors: res.errors as GqlError[] };
}

describe('error codes', () => {
  it('BAD_USER_INPUT for an argument out of range, with the path and the field', async () => {
    const { data, errors } = await errorsOf(t, '{ people(first: 1000) { totalCount } }');
    expect(data).toBeNull();
    expect(errors).toEqual([
      {
        message: 'first must be between 0 and 100 (got 1000).',
        locations: [{ line: 1, column: 3 }],
        path: ['people'],
        extensions: { code: 'BAD_USER_INPUT', field: 'first', limit: 'MAX_PAGE_SIZE', max: 100 },
      },
    ]);
  });

  it('BAD_USER_INPUT for a variable of the wrong type, before anything runs', async () => {
    const { data, errors } = await errorsOf(
      t,
      'query($k: [EventKind!]) { events(where: { kind: $k }) { totalCount } }',
      {
        k: ['EARTHQUAKE'],
      },
    );
    expect(data).toBeUndefined();
    expect(errors).toMatchObject([{ extensions: { code: 'BAD_USER_INPUT' } }]);
    expect(errors[0]!.message).toMatch(/EARTHQUAKE/);
  });

  it('NOT_FOUND for an unknown id where one is required, naming the id', async () => {
    const { errors } = await errorsOf(t, '{ neighborhood(id: "atlantis") { truncated } }');
    expect(errors).toMatchObject([{ path: ['neighborhood'], extensions: { code: 'NOT_FOUND', id: 'atlantis' } }]);
  });

  it('UNAUTHENTICATED for a mutation without the token', async () => {
    const { errors } = await errorsOf(t, 'mutation { deletePerson(id: "kira-rudik") { id } }');
    expect(errors).toMatchObject([{ path: ['deletePerson'], extensions: { code: 'UNAUTHENTICATED' } }]);
  });

  it('FORBIDDEN for a mutation when the server has no token configured', async () => {
    const { errors } = await errorsOf(open, 'mutation { deletePerson(id: "kira-rudik") { id } }', undefined, TOKEN);
    expect(errors).toMatchObject([{ path: ['deletePerson'], extensions: { code: 'FORBIDDEN' } }]);
  });

  it('GRAPHQL_VALIDATION_FAILED for a field the schema does not have, without a path', async () => {
    const { data, errors } = await errorsOf(t, '{ person(id: "kyiv") { id shoeSize } }');
    expect(data).toBeUndefined();
    expect(errors).toMatchObject([
      { locations: [{ line: 1, column: 27 }], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } },
    ]);
    expect(errors[0]).not.toHaveProperty('path');
  });

  it('GRAPHQL_VALIDATION_FAILED for a missing required argument', async () => {
    const { errors } = await errorsOf(t, '{ person { id } }');
    expect(errors).toMatchObject([{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }]);
  });

  it('GRAPHQL_PARSE_FAILED for text that is not GraphQL', async () => {
    const { errors } = await errorsOf(t, '{ person(id: "kyiv") { id ');
    expect(errors).toMatchObject([{ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }]);
  });

  it('LIMIT_EXCEEDED for too many aliases, naming the limit', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: person(id: "kyiv") { id }`).join(' ');
    const { data, errors } = await errorsOf(t, `{ ${aliases} }`);
    expect(data).toBeUndefined();
    expect(errors[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'MAX_ALIASES', max: 15 } });
  });

  it('LIMIT_EXCEEDED for a query nested too deep', async () => {
    const levels = 14;
    const deep = `{ place(id: "kyiv") { ${'partOf { '.repeat(levels)}id${' }'.repeat(levels)} } }`;
    const { errors } = await errorsOf(t, deep);
    expect(errors[0]).toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED', limit: 'MAX_DEPTH' } });
  });

  it('SERVICE_UNAVAILABLE when the database cannot be reached, with a message that names no query or address', async () => {
    const config = testConfig({
      NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
      NEO4J_PASSWORD: 'unused',
      NEO4J_RETRY_BUDGET_MS: '0',
      NEO4J_CONNECTION_TIMEOUT_MS: '1000',
    });
    const deadDb = testDb(config);
    const dead = await testServer(config, deadDb);
    try {
      for (const [query, field] of [
        ['{ person(id: "kyiv") { id } }', 'person'],
        ['{ people { totalCount } }', 'people'],
        ['{ search(text: "Kyiv") { score } }', 'search'],
      ]) {
        const { errors } = await errorsOf(dead, query!);
        expect(errors).toEqual([
          {
            message: 'The graph database is unavailable; try again shortly.',
            locations: [{ line: 1, column: 3 }],
            path: [field],
            extensions: { code: 'SERVICE_UNAVAILABLE' },
          },
        ]);
      }
    } finally {
      await dead.server.stop();
      await deadDb.close();
    }
  });
});

describe('partial results', () => {
  it('keeps the other root fields when one nullable field fails', async () => {
    const { data, errors } = await errorsOf(
      t,
      '{ person(id: "kira-rudik") { id } shortestPath(fromId: "atlantis", toId: "kyiv") { length } }',
    );
    expect(data).toEqual({ person: { id: 'kira-rudik' }, shortestPath: null });
    expect(errors).toMatchObject([{ path: ['shortestPath'], extensions: { code: 'NOT_FOUND' } }]);
  });

  it('reports the full path of a failing nested field and nulls its nearest nullable parent', async () => {
    const { data, errors } = await errorsOf(
      t,
      '{ ok: person(id: "kyiv") { id } person(id: "kira-rudik") { id relationships(first: 500) { id } } }',
    );
    expect(data).toEqual({ ok: null, person: null });
    expect(errors).toMatchObject([
      { path: ['person', 'relationships'], extensions: { code: 'BAD_USER_INPUT', field: 'first' } },
    ]);
  });
});
