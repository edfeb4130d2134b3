import { describe, expect, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// The GraphQL endpoint over real HTTP, as GraphQL-over-HTTP clients and browsers
// meet it: GET and POST, media types, status codes, CSRF prevention, probes and
// request bodies the JSON parser refuses.

const P = testPrefix('http');
const TOKEN = 'x'.repeat(32);
const GQL_RESPONSE = 'application/graphql-response+json';
const t = useTestServer({ env: { AUTH_TOKEN: TOKEN, LOG_LEVEL: 'silent' }, cleanupPrefix: P, listen: true });
const base = () => t.url.replace(/\/graphql$/, '');

const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${t.url}?${new URLSearchParams(params)}`, { headers });

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('GET /graphql', () => {
  it('runs a query from the URL and answers JSON', async () => {
    const res = await get(
      {
        query: 'query Who($id: ID!) { person(id: $id) { __typename id name } }',
        variables: '{"id":"vitali-klitschko"}',
      },
      { 'apollo-require-preflight': 'true' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    // No shared cache may keep an answer (the response cache is off in tests).
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({
      data: { person: { __typename: 'Person', id: 'vitali-klitschko', name: 'Vitali Klitschko' } },
    });
  });

  it('accepts a JSON content type instead of the preflight header', async () => {
    const res = await get({ query: '{ __typename }' }, { 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('blocks a browser-style simple GET (no content type, no preflight header) as possible CSRF', async () => {
    const res = await get(
      { query: '{ __typename }' },
      { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'user-agent': 'Mozilla/5.0' },
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('refuses a mutation over GET with 405, pointing at POST in the Allow header', async () => {
    const res = await get(
      { query: `mutation { deletePerson(id: "${P}-x") { id } }` },
      { 'apollo-require-preflight': 'true', authorization: `Bearer ${TOKEN}` },
    );
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]!.message).toMatch(/only support query operations/);
  });
});

describe('POST /graphql', () => {
  it('answers application/graphql-response+json when the client asks for it', async () => {
    const res = await post(
      { query: '{ place(id: "kyiv") { id } }' },
      { accept: `${GQL_RESPONSE}, application/json;q=0.9` },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(`${GQL_RESPONSE}; charset=utf-8`);
    expect(await res.json()).toEqual({ data: { place: { id: 'kyiv' } } });
  });

  it('answers application/json by default', async () => {
    const res = await post({ query: '{ __typename }' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it.each([GQL_RESPONSE, 'application/json'])('answers a parse error with 400 (accept %s)', async (accept) => {
    const res = await post({ query: '{ person(id: "kyiv") {' }, { accept });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers a validation error with 400', async () => {
    const res = await post({ query: '{ person(id: "kyiv") { shoeSize } }' }, { accept: GQL_RESPONSE });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0]!.extensions).not.toHaveProperty('stacktrace');
  });

  it('answers 200 with the coded error when a resolver refuses its input', async () => {
    const res = await post({ query: '{ events(first: 1000) { totalCount } }' }, { accept: GQL_RESPONSE });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: null,
      errors: [
        {
          message: 'first must be between 0 and 100 (got 1000).',
          locations: [{ line: 1, column: 3 }],
          path: ['events'],
          extensions: { code: 'BAD_USER_INPUT', field: 'first', limit: 'MAX_PAGE_SIZE', max: 100 },
        },
      ],
    });
  });

  it('takes the bearer token from the Authorization header', async () => {
    const mutation = {
      query: 'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
      variables: {
        input: {
          id: `${P}-courier`,
          name: 'Courier',
          provenance: { sourceId: 'article-2026-01-24-kyiv-kharkiv-abu-dhabi', quote: 'Kyiv', start: 91 },
        },
      },
    };
    const anonymous = await post(mutation);
    expect(
      ((await anonymous.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('UNAUTHENTICATED');
    const wrong = await post(mutation, { authorization: 'Bearer not-the-token' });
    expect(((await wrong.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
    const authorised = await post(mutation, { authorization: `Bearer ${TOKEN}` });
    expect(authorised.status).toBe(200);
    expect(await authorised.json()).toEqual({ data: { createPerson: { id: `${P}-courier` } } });
  });

  it('accepts the bearer scheme name in any case', async () => {
    const res = await post(
      { query: `mutation { deletePerson(id: "${P}-nobody") { id } }` },
      { authorization: `bEaReR ${TOKEN}` },
    );
    // Authenticated, so the refusal is about the unknown id, not the token.
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'NOT_FOUND',
    );
  });

  it('refuses other methods with 405', async () => {
    const res = await fetch(t.url, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(405);
  });
});

describe('request bodies the server refuses', () => {
  it('answers an oversized body with 413 and a coded error naming the limit', async () => {
    const res = await post({ query: `{ __typename } # ${'x'.repeat(120_000)}` });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'Request body exceeds 100000 bytes.',
          extensions: { code: 'BAD_REQUEST', limit: 'MAX_BODY_BYTES', max: 100_000 },
        },
      ],
    });
  });

  it('answers malformed JSON with 400 and a coded error', async () => {
    const res = await post('{"query": "{ __typename }"');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('answers a body without a query with 400', async () => {
    const res = await post({ variables: {} });
    expect(res.status).toBe(400);
  });
});

describe('probes', () => {
  it('answers /health with 200', async () => {
    const res = await fetch(`${base()}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready with 200 while the database answers', async () => {
    const res = await fetch(`${base()}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready' });
  });
});
