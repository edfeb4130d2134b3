import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { testConfig, testDb } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';

// POST /graphql (exact path) takes the lean path of src/http/graphqlPost.ts; POST
// /graphql/ still goes through Express's chain. Both must answer a client alike.

const MAX_BODY = 4096;
const t = useTestServer({ env: { LOG_LEVEL: 'silent', MAX_BODY_BYTES: String(MAX_BODY) }, listen: true });

interface Sent {
  status: number;
  body: string;
  contentType: string | null;
  cacheControl: string | null;
  etag: string | null;
  poweredBy: string | null;
}

async function send(url: string, body: string, headers: Record<string, string>): Promise<Sent> {
  const res = await fetch(url, { method: 'POST', headers, body });
  return {
    status: res.status,
    body: await res.text(),
    contentType: res.headers.get('content-type'),
    cacheControl: res.headers.get('cache-control'),
    etag: res.headers.get('etag'),
    poweredBy: res.headers.get('x-powered-by'),
  };
}

const JSON_TYPE = { 'content-type': 'application/json' };
const CASES: [string, string, Record<string, string>][] = [
  ['a query', JSON.stringify({ query: '{ __typename }' }), JSON_TYPE],
  [
    'a query with variables',
    JSON.stringify({ query: 'query P($id: ID!) { person(id: $id) { name } }', variables: { id: 'vitali-klitschko' } }),
    JSON_TYPE,
  ],
  [
    'variables of the wrong type',
    JSON.stringify({ query: 'query P($id: ID!) { person(id: $id) { name } }', variables: { id: {} } }),
    JSON_TYPE,
  ],
  ['a syntax error', JSON.stringify({ query: '{ person(' }), JSON_TYPE],
  ['malformed JSON', '{"query": ', JSON_TYPE],
  ['an oversized body', JSON.stringify({ query: `{ __typename } # ${'x'.repeat(MAX_BODY)}` }), JSON_TYPE],
  ['a JSON array (batch)', JSON.stringify([{ query: '{ __typename }' }]), JSON_TYPE],
  ['an empty JSON object', '{}', JSON_TYPE],
  ['an empty body', '', JSON_TYPE],
  [
    'a text/plain body (CSRF prevention)',
    JSON.stringify({ query: '{ __typename }' }),
    { 'content-type': 'text/plain' },
  ],
  [
    'a non-JSON body with a preflight header',
    'query=%7B__typename%7D',
    { 'content-type': 'application/x-www-form-urlencoded', 'apollo-require-preflight': 'true' },
  ],
  [
    'an unsupported charset',
    JSON.stringify({ query: '{ __typename }' }),
    { 'content-type': 'application/json; charset=koi8-r' },
  ],
  [
    'a graphql-response+json Accept',
    JSON.stringify({ query: '{ __typename }' }),
    { ...JSON_TYPE, accept: 'application/graphql-response+json' },
  ],
];

describe('POST /graphql on the lean path', () => {
  it.each(CASES)('answers %s as the Express path does', async (_name, body, headers) => {
    const lean = await send(t.url, body, headers);
    const viaExpress = await send(`${t.url}/`, body, headers);
    expect({ ...lean, etag: undefined }).toEqual({ ...viaExpress, etag: undefined });
    expect(lean.poweredBy).toBeNull();
    // The ETag Express adds to every answer it sends shows which path answered.
    expect(lean.etag).toBeNull();
    expect(viaExpress.etag).toBeTruthy();
  });

  it('keeps the query string to Apollo and sets no-store, 413 and 400 with the JSON error shape', async () => {
    const ok = await send(`${t.url}?x=1`, JSON.stringify({ query: '{ __typename }' }), JSON_TYPE);
    expect(ok).toMatchObject({ status: 200, body: '{"data":{"__typename":"Query"}}\n', cacheControl: 'no-store' });
    const big = await send(t.url, JSON.stringify({ query: 'x'.repeat(MAX_BODY) }), JSON_TYPE);
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toEqual({
      errors: [
        {
          message: `Request body exceeds ${MAX_BODY} bytes.`,
          extensions: { code: 'BAD_REQUEST', limit: 'MAX_BODY_BYTES', max: MAX_BODY },
        },
      ],
    });
    const bad = await send(t.url, '{', JSON_TYPE);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({
      errors: [{ message: 'Request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

/** One POST on `agent`'s kept-alive connection. */
function postOn(agent: http.Agent, url: string, body: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('POST /graphql while draining', () => {
  it('answers 503 with Connection: close on an open connection once a graceful stop began', async () => {
    const config = testConfig({ LOG_LEVEL: 'silent' });
    const db = testDb(config);
    const server = await createServer(config, db, createLogger('silent'));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const url = await server.listen(0);
      const query = JSON.stringify({ query: '{ __typename }' });
      expect((await postOn(agent, url, query)).status).toBe(200);
      const stopped = server.stop({ graceful: true });
      // The live server stops first; the gate closes once drain() runs.
      await new Promise((r) => setTimeout(r, 200));
      const refused = await postOn(agent, url, query);
      expect(refused.status).toBe(503);
      expect(refused.headers.connection).toBe('close');
      expect(refused.headers['retry-after']).toBe('1');
      expect(JSON.parse(refused.body)).toEqual({
        errors: [
          { message: 'The server is shutting down; retry the request.', extensions: { code: 'SERVICE_UNAVAILABLE' } },
        ],
      });
      await stopped;
    } finally {
      agent.destroy();
      await db.close();
    }
  });
});
