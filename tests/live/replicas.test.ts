import { describe, expect, it } from 'vitest';
import { pruneChanges } from '../../src/feed/feedCypher.js';
import { testPrefix } from '../helpers/testDb.js';
import { post, subscribe } from './liveClient.js';
import { twoReplicas } from './twoReplicas.js';

// Two replicas over the one test Neo4j: this process (A) and a child process (B).

const P = testPrefix('live');
const TOKEN = 'live-token-'.padEnd(32, 'x');
const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const provenance = { sourceId: ARTICLE, quote: 'Kyiv Mayor Vitali Klitschko' };

const pair = twoReplicas({ AUTH_TOKEN: TOKEN, LIVE_POLL_INTERVAL_MS: '100' }, { cleanupPrefix: P });
const { a, client } = pair;

const createPerson = (url: string, id: string, name = id) =>
  post(
    url,
    'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
    {
      input: { id, name, provenance },
    },
    TOKEN,
  );

type Change = { seq: string; kind: string; nodeIds: string[]; relationshipIds: string[]; committedAt: string };
const GRAPH = `subscription($ids: [ID!], $types: [String!], $since: String) {
  graphChanged(ids: $ids, types: $types, since: $since) { seq kind nodeIds relationshipIds committedAt } }`;

describe('across replicas', () => {
  it('delivers a write made through B to subscribers on A: graphChanged and nodeChanged, through to deletion', async () => {
    const id = `${P}-across`;
    const c = client(a.url);
    const graph = subscribe<{ graphChanged: Change }>(c, GRAPH, { ids: [id] });
    const node = subscribe<{ nodeChanged: { id: string; name: string } | null }>(
      c,
      'subscription($id: ID!) { nodeChanged(id: $id) { id ... on Person { name } } }',
      { id },
    );
    await new Promise((r) => setTimeout(r, 300));

    expect((await createPerson(pair.b.url, id, 'First Name')).errors).toBeUndefined();
    await graph.until((s) => s.results.length === 1);
    await node.until((s) => s.results.length === 1);
    const first = graph.results[0]!.data!.graphChanged;
    expect(first).toMatchObject({ kind: 'CREATE', nodeIds: [id] });
    expect(first.committedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    expect(node.results[0]).toEqual({ data: { nodeChanged: { id, name: 'First Name' } } });

    const upd = await post(
      pair.b.url,
      'mutation($id: ID!, $patch: PersonPatch!) { updatePerson(id: $id, patch: $patch) { id } }',
      {
        id,
        patch: { name: 'Second Name', provenance },
      },
      TOKEN,
    );
    expect(upd.errors).toBeUndefined();
    await node.until((s) => s.results.length === 2);
    expect(node.results[1]).toEqual({ data: { nodeChanged: { id, name: 'Second Name' } } });

    expect((await post(pair.b.url, `mutation { deletePerson(id: "${id}") { id } }`, {}, TOKEN)).errors).toBeUndefined();
    await node.until((s) => s.results.length === 3);
    expect(node.results[2]).toEqual({ data: { nodeChanged: null } });
    await graph.until((s) => s.results.length === 3);
    expect(graph.results.map((r) => r.data!.graphChanged.kind)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    const seqs = graph.results.map((r) => Number(r.data!.graphChanged.seq));
    expect(seqs[1]! > seqs[0]! && seqs[2]! > seqs[1]!).toBe(true);
  });

  it('filters graphChanged by type: a Person subscriber sees the person, not the organization', async () => {
    const c = client(a.url);
    const people = subscribe<{ graphChanged: Change }>(c, GRAPH, { types: ['Person'] });
    await new Promise((r) => setTimeout(r, 300));
    const org = await post(
      pair.b.url,
      'mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }',
      {
        input: { id: `${P}-org`, name: `${P} Org`, kind: 'OTHER', provenance },
      },
      TOKEN,
    );
    expect(org.errors).toBeUndefined();
    expect((await createPerson(pair.b.url, `${P}-typed`)).errors).toBeUndefined();
    await people.until((s) => s.results.length >= 1);
    await new Promise((r) => setTimeout(r, 400));
    expect(people.results.map((r) => r.data!.graphChanged.nodeIds)).toEqual([[`${P}-typed`]]);
  });

  it('keeps order with no gaps under a burst of writes through both replicas, on both replicas', async () => {
    const onA = subscribe<{ graphChanged: Change }>(client(a.url), GRAPH, {});
    const onB = subscribe<{ graphChanged: Change }>(client(pair.b.url), GRAPH, {});
    await new Promise((r) => setTimeout(r, 400));
    const ids = Array.from({ length: 40 }, (_, i) => `${P}-burst-${i}`);
    const answers = await Promise.all(ids.map((id, i) => createPerson(i % 2 ? a.url : pair.b.url, id)));
    expect(answers.every((r) => r.errors === undefined)).toBe(true);

    for (const s of [onA, onB]) {
      await s.until((x) => x.results.length >= ids.length, 20_000);
      const seqs = s.results.map((r) => Number(r.data!.graphChanged.seq));
      // Consecutive sequence numbers: nothing lost, nothing reordered (no other file writes meanwhile).
      expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
      expect(new Set(s.results.flatMap((r) => r.data!.graphChanged.nodeIds))).toEqual(new Set(ids));
    }

    // A client that reconnects with `since` gets the same records again, in order.
    const firstSeq = Number(onA.results[0]!.data!.graphChanged.seq);
    const replay = subscribe<{ graphChanged: Change }>(client(pair.b.url), GRAPH, { since: String(firstSeq - 1) });
    await replay.until((x) => x.results.length >= ids.length);
    expect(replay.results.slice(0, ids.length).map((r) => r.data!.graphChanged.seq)).toEqual(
      onA.results.slice(0, ids.length).map((r) => r.data!.graphChanged.seq),
    );
  }, 60_000);

  it('refuses a bad `since`, and answers FEED_PRUNED for records pruning removed', async () => {
    const c = client(a.url);
    const bad = subscribe(c, GRAPH, { since: 'yesterday' });
    await bad.until((s) => s.results.length > 0 || s.error !== undefined);
    expect(bad.results[0]!.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'since' });

    // Keep the last 5 records: the bursts above made far more.
    await a.db.write(pruneChanges(365 * 86_400_000, 5, 5_000));
    const pruned = subscribe(c, GRAPH, { since: '0' });
    await pruned.until((s) => s.results.length > 0);
    expect(pruned.results[0]!.errors![0]!.extensions).toMatchObject({ code: 'FEED_PRUNED' });
    await pruned.until((s) => s.completed);
  });
});

describe('shutdown', () => {
  it('closes subscribers’ sockets with 1001 (going away) on SIGTERM', async () => {
    let closedWith: number | undefined;
    const c = client(pair.b.url, (code) => (closedWith = code));
    const s = subscribe(c, GRAPH, {});
    await new Promise((r) => setTimeout(r, 300));
    pair.b.child.kill('SIGTERM');
    expect(await pair.b.exited).toBe(0);
    await s.until(() => closedWith !== undefined, 10_000);
    expect(closedWith).toBe(1001);
  }, 30_000);
});
