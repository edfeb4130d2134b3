import { inject, afterAll, beforeAll, expect, it } from 'vitest';
import type { Client } from 'graphql-ws';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer, type AppServer } from '../../src/server.js';
import { testConfig, testDb, testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';
import { post, subscribe, wsClient } from './liveClient.js';
import { tcpProxy } from './tcpProxy.js';

// A replica whose link to Neo4j goes down and comes back, while writes go on
// through another replica with a working link.

const P = testPrefix('live-fault');
const TOKEN = 'live-fault-token'.padEnd(32, 'x');
const provenance = { sourceId: 'article-2026-01-24-kyiv-kharkiv-abu-dhabi', quote: 'Kyiv Mayor Vitali Klitschko' };

const writer = useTestServer({ listen: true, env: { AUTH_TOKEN: TOKEN }, cleanupPrefix: P });
let proxy: Awaited<ReturnType<typeof tcpProxy>>;
let db: Database;
let server: AppServer;
let url: string;
let client: Client;

beforeAll(async () => {
  const neo = new URL(inject('neo4j').uri);
  proxy = await tcpProxy({ host: neo.hostname, port: Number(neo.port) });
  const config = testConfig({
    NEO4J_URI: `bolt://127.0.0.1:${proxy.port}`,
    LIVE_POLL_INTERVAL_MS: '100',
    NEO4J_RETRY_BUDGET_MS: '0',
    NEO4J_CONNECTION_TIMEOUT_MS: '1000',
  });
  db = testDb(config);
  server = await createServer(config, db, createLogger(config.logLevel));
  url = await server.listen(0);
  client = wsClient(url);
});

afterAll(async () => {
  await client?.dispose();
  await server?.stop();
  await db?.close();
  await proxy?.close();
});

const create = (id: string) =>
  post(
    writer.url,
    'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
    {
      input: { id, name: id, provenance },
    },
    TOKEN,
  );

type Change = { graphChanged: { seq: string; nodeIds: string[] } };

it('tells subscribers when Neo4j is unreachable, then delivers what was written meanwhile, in order', async () => {
  const ids = [`${P}-before`, `${P}-during`, `${P}-after`];
  const s = subscribe<Change>(client, 'subscription($ids: [ID!]) { graphChanged(ids: $ids) { seq nodeIds } }', { ids });
  await new Promise((r) => setTimeout(r, 300));
  expect((await create(ids[0]!)).errors).toBeUndefined();
  await s.until((x) => x.results.length === 1);

  proxy.cut();
  await s.until((x) => x.results.length === 2, 20_000);
  expect(s.results[1]!.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  expect(s.completed).toBe(false);

  expect((await create(ids[1]!)).errors).toBeUndefined();
  proxy.restore();
  expect((await create(ids[2]!)).errors).toBeUndefined();
  await s.until((x) => x.results.length === 4, 30_000);
  const delivered = s.results.filter((r) => r.data).map((r) => r.data!.graphChanged);
  expect(delivered.map((c) => c.nodeIds[0])).toEqual(ids);
  const seqs = delivered.map((c) => Number(c.seq));
  expect(seqs[1]! > seqs[0]! && seqs[2]! > seqs[1]!).toBe(true);
}, 60_000);

it('tells a subscriber who arrives during an outage at once', async () => {
  proxy.cut();
  try {
    const deadline = Date.now() + 20_000;
    while (server.live.follower.healthy && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const s = subscribe<Change>(client, 'subscription { graphChanged { seq nodeIds } }');
    await s.until((x) => x.results.length === 1, 5_000);
    expect(s.results[0]!.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  } finally {
    proxy.restore();
  }
}, 30_000);
