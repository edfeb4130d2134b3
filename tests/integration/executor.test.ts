import { makeExecutableSchema } from '@graphql-tools/schema';
import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.js';
import { jitExecute } from '../../src/execution/jitExecutor.js';
import { createLogger } from '../../src/logger.js';
import { resolvers } from '../../src/resolvers/index.js';
import { typeDefs } from '../../src/schema/typeDefs.js';
import { useTestServer } from '../helpers/testServer.js';

// The jit executor must change nothing a client sees: the same requests, sent over
// HTTP to a server on each executor, get byte-identical answers, errors included.

const jit = useTestServer({ listen: true, env: { GRAPHQL_EXECUTOR: 'jit' } });
const js = useTestServer({ listen: true, env: { GRAPHQL_EXECUTOR: 'graphql' } });
const fedJit = useTestServer({ listen: true, env: { GRAPHQL_EXECUTOR: 'jit', FEDERATION: 'true' } });
const fedJs = useTestServer({ listen: true, env: { GRAPHQL_EXECUTOR: 'graphql', FEDERATION: 'true' } });

type Req = { query: string; variables?: Record<string, unknown>; operationName?: string };

const CASES: [string, Req][] = [
  [
    'byId',
    {
      query: `query ById($id: ID!) { person(id: $id) { id name aliases roles { title actsFor { __typename id name } }
        participations { role in { __typename id name } } statements { id text attribution } } }`,
      variables: { id: 'vitali-klitschko' },
    },
  ],
  ['search', { query: '{ search(text: "klitchko", first: 5) { score entity { __typename id name } } }' }],
  [
    'people',
    {
      query:
        '{ peopleConnection(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id name } } } }',
    },
  ],
  [
    'neighborhood',
    {
      query:
        '{ neighborhood(id: "kyiv", depth: 2, limit: 50) { truncated nodes { __typename id ... on Entity { name } } edges { id type from to } } }',
    },
  ],
  [
    'shortestPath',
    {
      query:
        '{ shortestPath(fromId: "vitali-klitschko", toId: "vladimir-putin") { length nodes { __typename id } edges { type } } }',
    },
  ],
  [
    'timeline',
    {
      query: `query T($place: ID) { timeline(where: { place: $place }, first: 20) { __typename
        ... on Event { id name date kind } ... on Negotiation { id name date } } }`,
      variables: { place: 'kharkiv-oblast' },
    },
  ],
  [
    'two operations, one named',
    { query: 'query A { person(id: "kyiv") { id } } query B { place(id: "kyiv") { id name } }', operationName: 'B' },
  ],
  [
    'aliases and fragments',
    {
      query:
        'fragment F on Place { id name } { a: place(id: "kyiv") { ...F } b: place(id: "kharkiv-oblast") { ...F __typename } }',
    },
  ],
  ['not found (coded error, data null)', { query: '{ person(id: "nobody-at-all") { id } }' }],
  [
    'not found next to a found one (partial data)',
    { query: '{ a: place(id: "kyiv") { id } b: person(id: "nobody-at-all") { id } }' },
  ],
  ['a page size over the limit', { query: '{ timeline(first: 100000) { __typename } }' }],
  [
    'a variable of the wrong type',
    { query: 'query Q($id: ID!) { person(id: $id) { id } }', variables: { id: { no: 1 } } },
  ],
  ['a missing required variable', { query: 'query Q($id: ID!) { person(id: $id) { id } }' }],
  [
    'a bad date variable',
    { query: 'query Q($d: Date) { timeline(where: { dateFrom: $d }) { __typename } }', variables: { d: '2026-13-45' } },
  ],
  ['an unknown field', { query: '{ person(id: "kyiv") { nope } }' }],
  ['too deep', { query: `{ place(id: "kyiv") { ${'partOf { '.repeat(30)}id${' }'.repeat(30)} } }` }],
  ['a syntax error', { query: '{ person(id: "kyiv" { id } }' }],
  ['a mutation with writes off', { query: 'mutation { deletePlace(id: "kyiv") { id } }' }],
  ['an operation name not in the document', { query: 'query A { __typename }', operationName: 'B' }],
  ['two operations, none named', { query: 'query A { __typename } query B { __typename }' }],
];

async function post(url: string, body: Req): Promise<{ status: number; text: string }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

describe('the jit executor', () => {
  it.each(CASES)('answers %s exactly as graphql-js does', async (_name, req) => {
    const [a, b] = [await post(jit.url, req), await post(js.url, req)];
    expect(a).toEqual(b);
    // A second time, which compiles the document, and a third, from the compiled cache.
    expect(await post(jit.url, req)).toEqual(b);
    expect(await post(jit.url, req)).toEqual(b);
  });

  it('refuses an operation it cannot pick with 400 OPERATION_RESOLUTION_FAILURE, on either executor', async () => {
    for (const url of [jit.url, js.url]) {
      for (const req of [
        { query: 'query A { __typename }', operationName: 'B' },
        { query: 'query A { __typename } query B { __typename }' },
      ]) {
        const res = await post(url, req);
        expect(res.status, res.text).toBe(400);
        expect(JSON.parse(res.text).errors[0].extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
      }
    }
  });

  it('answers a federation gateway exactly as graphql-js does', async () => {
    const reqs: Req[] = [
      { query: '{ _service { sdl } }' },
      {
        query:
          'query E($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Person { id name } ... on Place { id name } } }',
        variables: {
          r: [
            { __typename: 'Person', id: 'vitali-klitschko' },
            { __typename: 'Place', id: 'kyiv' },
            { __typename: 'Person', id: 'nobody-at-all' },
          ],
        },
      },
      { query: '{ place(id: "kyiv") { id name } }' },
    ];
    for (const req of reqs) {
      const b = await post(fedJs.url, req);
      expect(b.status).toBe(200);
      // Once on graphql-js, once compiling, once compiled.
      for (let i = 0; i < 3; i++) expect(await post(fedJit.url, req)).toEqual(b);
    }
  });

  it('compiles a query document on its second request, once, and leaves mutations to graphql-js', async () => {
    const schema = makeExecutableSchema({ typeDefs, resolvers });
    const run = jitExecute(schema, 2);
    const ctx = () => createContext(jit.db, jit.config, createLogger('silent'), undefined);
    const request = (source: string, variables?: Record<string, unknown>) => {
      const document = parse(source);
      const operation = document.definitions[0] as OperationDefinitionNode;
      return { source, document, operation, variables, contextValue: ctx() };
    };
    const byId = 'query Q($id: ID!) { place(id: $id) { id name } }';
    // The first request of a document runs on graphql-js; the second compiles it.
    expect(await run(request(byId, { id: 'kyiv' }))).toEqual({ data: { place: { id: 'kyiv', name: 'Kyiv' } } });
    expect(run.compiledCount()).toBe(0);
    expect(await run(request(byId, { id: 'kharkiv-oblast' }))).toMatchObject({
      data: { place: { id: 'kharkiv-oblast' } },
    });
    expect(run.compiledCount()).toBe(1);
    expect(await run(request(byId, { id: 'kyiv' }))).toEqual({ data: { place: { id: 'kyiv', name: 'Kyiv' } } });
    expect(run.compiledCount()).toBe(1);
    const mutation = request('mutation { deletePlace(id: "kyiv") { id } }');
    for (let i = 0; i < 2; i++) expect((await run(mutation)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(run.compiledCount()).toBe(1);
    // The cache is bounded: two more documents, each asked twice, push the first one out.
    for (const source of ['{ place(id: "kyiv") { id } }', '{ place(id: "kyiv") { name } }']) {
      await run(request(source));
      await run(request(source));
    }
    expect(run.compiledCount()).toBe(2);
  });
});
