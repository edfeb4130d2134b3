import { afterAll, expect, it } from 'vitest';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';
import { post, subscribe, wsClient } from './liveClient.js';

// A replica's subscribers hear of writes made through that replica at once, not at its
// next poll: the poll interval here is a minute, far longer than the test waits.

const P = testPrefix('live-own');
const TOKEN = 'live-own-token'.padEnd(32, 'x');
const provenance = { sourceId: 'article-2026-01-24-kyiv-kharkiv-abu-dhabi', quote: 'Kyiv Mayor Vitali Klitschko' };
const t = useTestServer({ listen: true, cleanupPrefix: P, env: { AUTH_TOKEN: TOKEN, LIVE_POLL_INTERVAL_MS: '60000' } });

const client = () => wsClient(t.url);
let c: ReturnType<typeof client> | undefined;
afterAll(async () => {
  await c?.dispose();
});

it('delivers a write made through this replica before its next poll', async () => {
  const id = `${P}-person`;
  c = client();
  const graph = subscribe<{ graphChanged: { kind: string; nodeIds: string[] } }>(
    c,
    'subscription($ids: [ID!]) { graphChanged(ids: $ids) { kind nodeIds } }',
    { ids: [id] },
  );
  // The subscription is registered once the server has answered a first message on the socket.
  await new Promise((r) => setTimeout(r, 500));
  const sentAt = Date.now();
  const created = await post(
    t.url,
    'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
    { input: { id, name: 'Own Write', provenance } },
    TOKEN,
  );
  expect(created.errors).toBeUndefined();
  await graph.until((s) => s.results.length === 1, 5_000);
  expect(graph.results[0]).toEqual({ data: { graphChanged: { kind: 'CREATE', nodeIds: [id] } } });
  expect(Date.now() - sentAt).toBeLessThan(5_000);
});
