import { afterAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';
import { post, subscribe, wsClient } from './liveClient.js';

// The HTTP document limits apply over WebSocket too, plus the WebSocket's own.

const P = testPrefix('live-limits');
const TOKEN = 'live-limits-token'.padEnd(32, 'x');
const provenance = { sourceId: 'article-2026-01-24-kyiv-kharkiv-abu-dhabi', quote: 'Kyiv Mayor Vitali Klitschko' };

const t = useTestServer({
  listen: true,
  cleanupPrefix: P,
  env: {
    AUTH_TOKEN: TOKEN,
    MAX_DEPTH: '4',
    MAX_COST: '200',
    MAX_TOKENS: '300',
    LIVE_POLL_INTERVAL_MS: '100',
    LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: '3',
    LIVE_MAX_CONNECTIONS_PER_ADDRESS: '6',
    LIVE_CONNECTION_INIT_TIMEOUT_MS: '300',
    LIVE_MAX_BUFFERED_BYTES: '65536',
    LIVE_MAX_QUEUED_EVENTS: '3',
  },
});
const sockets: WebSocket[] = [];
afterAll(() => sockets.forEach((s) => s.terminate()));

const wsUrl = () => t.url.replace(/^http/, 'ws');
/** A raw graphql-transport-ws socket; resolves once open. */
async function raw(): Promise<WebSocket> {
  const ws = new WebSocket(wsUrl(), 'graphql-transport-ws');
  sockets.push(ws);
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  return ws;
}
const closeOf = (ws: WebSocket) =>
  new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );

async function refusal(query: string) {
  const c = wsClient(t.url);
  try {
    const s = subscribe(c, query);
    await s.until((x) => x.error !== undefined || x.results.length > 0);
    return (s.error ?? s.results[0]?.errors) as { message: string; extensions?: Record<string, unknown> }[];
  } finally {
    await c.dispose();
  }
}

it('refuses documents over the depth, cost, alias and token limits, as HTTP does', async () => {
  const deep = await refusal(
    'subscription { nodeChanged(id: "kyiv") { ... on Place { partOf { ... on Place { partOf { ... on Place { partOf { id } } } } } } } }',
  );
  expect(deep.some((e) => e.extensions?.code === 'LIMIT_EXCEEDED' && e.extensions.limit === 'MAX_DEPTH')).toBe(true);

  const costly = await refusal(
    `subscription { nodeChanged(id: "kyiv") { ... on Place { ${Array.from({ length: 12 }, (_, i) => `a${i}: relationships(first: 100) { id }`).join(' ')} } } }`,
  );
  expect(costly.some((e) => e.extensions?.code === 'LIMIT_EXCEEDED' && e.extensions.limit === 'MAX_COST')).toBe(true);

  const aliased = await refusal(
    `subscription { nodeChanged(id: "kyiv") { ${Array.from({ length: 16 }, (_, i) => `x${i}: id`).join(' ')} } }`,
  );
  expect(aliased.some((e) => e.extensions?.code === 'LIMIT_EXCEEDED' && e.extensions.limit === 'MAX_ALIASES')).toBe(
    true,
  );

  const long = await refusal(`subscription { nodeChanged(id: "kyiv") { ${'id '.repeat(400)} } }`);
  expect(long[0]!.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_TOKENS' });
});

it('serves only subscriptions: a query over WebSocket is refused with BAD_REQUEST', async () => {
  const errors = await refusal('{ __typename }');
  expect(errors[0]!.extensions).toMatchObject({ code: 'BAD_REQUEST' });
});

it('refuses a subscription past the per-connection limit and keeps the others', async () => {
  const c = wsClient(t.url);
  try {
    const open = [1, 2, 3].map(() => subscribe(c, 'subscription { graphChanged { seq } }'));
    const extra = subscribe(c, 'subscription { graphChanged { seq } }');
    await extra.until((x) => x.error !== undefined);
    expect((extra.error as { extensions?: unknown }[])[0]!.extensions).toMatchObject({
      code: 'LIMIT_EXCEEDED',
      limit: 'LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION',
      max: 3,
    });
    expect(open.every((s) => s.error === undefined && !s.completed)).toBe(true);
  } finally {
    await c.dispose();
  }
});

it('closes a connection that does not initialise in time with 4408', async () => {
  const ws = await raw();
  const started = Date.now();
  const { code } = await closeOf(ws);
  expect(code).toBe(4408);
  expect(Date.now() - started).toBeLessThan(3_000);
});

it('refuses connections past the per-address limit with HTTP 429', async () => {
  const held = await Promise.all(Array.from({ length: 6 }, () => raw()));
  const status = await new Promise<number>((resolve) => {
    const ws = new WebSocket(wsUrl(), 'graphql-transport-ws');
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => resolve(101));
    ws.on('error', () => undefined);
  });
  expect(status).toBe(429);
  await Promise.all(held.map((ws) => ws.terminate()));
});

it('disconnects a slow consumer with 4009 before its backlog grows', async () => {
  const id = `${P}-slow`;
  const longList = (n: number) => Array.from({ length: 50 }, (_, i) => `${n}-${i}-`.padEnd(190, 'x'));
  const created = await post(
    t.url,
    'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
    { input: { id, name: 'Slow', aliases: longList(0), provenance } },
    TOKEN,
  );
  expect(created.errors).toBeUndefined();

  const ws = await raw();
  ws.send(JSON.stringify({ type: 'connection_init' }));
  await new Promise((resolve) => ws.once('message', resolve));
  const closed = closeOf(ws);
  // Each event carries 14 copies of ~9.5 kB of aliases: ~135 kB, three subscriptions.
  const fields = Array.from({ length: 14 }, (_, i) => `a${i}: aliases`).join(' ');
  for (const sid of ['1', '2', '3']) {
    ws.send(
      JSON.stringify({
        id: sid,
        type: 'subscribe',
        payload: { query: `subscription { nodeChanged(id: "${id}") { ... on Person { ${fields} } } }` },
      }),
    );
  }
  await new Promise((r) => setTimeout(r, 300));
  // Stop reading: the kernel buffers fill, then the server's.
  (ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
  // ~8 MB in all, well past the 1 MB limit and what loopback's socket buffers hold.
  for (let n = 1; n <= 20; n++) {
    const res = await post(
      t.url,
      'mutation($id: ID!, $patch: PersonPatch!) { updatePerson(id: $id, patch: $patch) { id } }',
      { id, patch: { aliases: longList(n), provenance } },
      TOKEN,
    );
    expect(res.errors).toBeUndefined();
    // Changes that land in one poll are folded into one event; one write per poll makes one event each.
    await new Promise((r) => setTimeout(r, 400));
  }
  await new Promise((r) => setTimeout(r, 1_000));
  (ws as unknown as { _socket: { resume(): void } })._socket.resume();
  const { code, reason } = await closed;
  expect(code).toBe(4009);
  expect(reason).toMatch(/slow consumer/i);
}, 180_000);

it('answers a subscription sent over HTTP with BAD_REQUEST naming the WebSocket', async () => {
  const res = await post(t.url, 'subscription { graphChanged { seq } }');
  const errors = res.errors as { message: string; extensions?: { code?: string } }[];
  expect(errors[0]!.extensions?.code).toBe('BAD_REQUEST');
  expect(errors[0]!.message).toMatch(/WebSocket/);
});
