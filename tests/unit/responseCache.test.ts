import { describe, expect, it } from 'vitest';
import { parse, type OperationDefinitionNode } from 'graphql';
import { planOperation } from '../../src/cache/operationDependencies.js';
import { ResponseCache } from '../../src/cache/responseCache.js';
import type { Db } from '../../src/db/database.js';
import { FeedFollower, type ChangeRecord } from '../../src/live/feedFollower.js';
import { createLogger } from '../../src/logger.js';

// The cache's bookkeeping against a real FeedFollower over a scripted feed: what
// each record evicts, and that it neither serves nor stores while the feed is not
// followed. (Neo4j itself is exercised by tests/integration/responseCache*.test.ts.)

const log = createLogger('silent');

/** A Db whose feed reads answer from `feed`, or fail while `down` is set. */
function scriptedFeed() {
  const state = { head: 10, prunedThrough: 0, changes: [] as ChangeRecord[], down: false };
  const db = {
    read: async () => {
      if (state.down) throw new Error('connection refused');
      const changes = state.changes;
      state.changes = [];
      return [{ head: state.head, prunedThrough: state.prunedThrough, changes }];
    },
  } as unknown as Db;
  return { state, db };
}

const change = (seq: number, ids: string[], complete = true): ChangeRecord => ({
  seq,
  committedAt: '2026-01-01T00:00:00Z',
  kind: 'UPDATE',
  nodeIds: ids,
  relationshipIds: [],
  complete,
  createdIds: [],
});
const result = (n: number) => ({ data: { n } });

describe('ResponseCache', () => {
  it('evicts by id and globally, refuses answers that overlapped a write, and stops serving when the feed is lost', async () => {
    const { state, db } = scriptedFeed();
    const follower = new FeedFollower(db, 60_000, log);
    const cache = new ResponseCache(1_000_000, log);
    cache.follow(follower);
    // Before the head is read, nothing is stored.
    expect(cache.serving).toBe(false);
    expect(cache.set('early', result(0), { global: false, ids: new Set() }, cache.generation)).toBe(false);

    await follower.catchUp();
    expect(cache.serving).toBe(true);
    const g = cache.generation;
    expect(cache.set('byA', result(1), { global: false, ids: new Set(['a']) }, g)).toBe(true);
    expect(cache.set('byB', result(2), { global: false, ids: new Set(['b']) }, g)).toBe(true);
    expect(cache.set('list', result(3), { global: true, ids: new Set() }, g)).toBe(true);
    expect(cache.get('byA')).toEqual(result(1));

    state.head = 11;
    state.changes = [change(11, ['a'])];
    await follower.catchUp();
    expect(cache.get('byA')).toBeUndefined();
    expect(cache.get('list')).toBeUndefined();
    expect(cache.get('byB')).toEqual(result(2));
    // Computed before that write, stored after it: refused.
    expect(cache.set('late', result(4), { global: false, ids: new Set(['z']) }, g)).toBe(false);

    state.head = 12;
    state.changes = [change(12, [], false)];
    await follower.catchUp();
    expect(cache.size).toBe(0);

    expect(cache.set('byB', result(2), { global: false, ids: new Set(['b']) }, cache.generation)).toBe(true);
    state.down = true;
    await follower.catchUp();
    expect(cache.serving).toBe(false);
    expect(cache.size).toBe(0);
    expect(cache.set('down', result(5), { global: false, ids: new Set() }, cache.generation)).toBe(false);
    state.down = false;
    await follower.catchUp();
    expect(cache.serving).toBe(true);

    expect(cache.set('byB', result(2), { global: false, ids: new Set(['b']) }, cache.generation)).toBe(true);
    state.prunedThrough = 50;
    state.head = 60;
    await follower.catchUp();
    expect(cache.size).toBe(0);
    expect(cache.serving).toBe(false);
    await follower.catchUp();
    expect(cache.serving).toBe(true);
    follower.stop();
  });

  it('evicts a write through this replica from its result at once, and skips the feed record of it by seq', async () => {
    const { state, db } = scriptedFeed();
    const follower = new FeedFollower(db, 60_000, log);
    const cache = new ResponseCache(1_000_000, log);
    cache.follow(follower);
    await follower.catchUp();
    const store = (key: string, ids: string[]) =>
      expect(cache.set(key, result(1), { global: false, ids: new Set(ids) }, cache.generation)).toBe(true);
    store('byA', ['a']);
    store('byR', ['a:HOLDS_ROLE:b']);
    store('byC', ['c']);

    // Written here as seq 11: evicted with no feed read.
    const polls = follower.polls;
    cache.applyWrite({ seq: 11, nodeIds: ['a'], relationshipIds: ['a:HOLDS_ROLE:b'] });
    expect(follower.polls).toBe(polls);
    expect(cache.get('byA')).toBeUndefined();
    expect(cache.get('byR')).toBeUndefined();
    expect(cache.get('byC')).toEqual(result(1));

    // An answer computed after the local write is kept when the feed delivers that
    // write's record (no second eviction), but another replica's write, seq 12, evicts.
    store('byA', ['a']);
    const generation = cache.generation;
    state.head = 12;
    state.changes = [change(11, ['a']), change(12, ['c'])];
    await follower.catchUp();
    expect(cache.get('byA')).toEqual(result(1));
    expect(cache.get('byC')).toBeUndefined();
    expect(cache.generation).toBe(generation + 1);

    // A write the follower has already delivered is not evicted twice; one that changed nothing has no seq.
    cache.applyWrite({ seq: 12, nodeIds: ['a'], relationshipIds: [] });
    cache.applyWrite({ seq: null, nodeIds: [], relationshipIds: [] });
    expect(cache.get('byA')).toEqual(result(1));
    expect(cache.generation).toBe(generation + 1);

    // A later local write whose record arrives after another replica's still evicts once, and the other's too.
    cache.applyWrite({ seq: 14, nodeIds: ['a'], relationshipIds: [] });
    expect(cache.get('byA')).toBeUndefined();
    store('byA', ['a']);
    store('byD', ['d']);
    state.head = 14;
    state.changes = [change(13, ['d']), change(14, ['a'])];
    await follower.catchUp();
    expect(cache.get('byD')).toBeUndefined();
    expect(cache.get('byA')).toEqual(result(1));
    follower.stop();
  });

  it('keeps within its byte budget, least recently used first', async () => {
    const { db } = scriptedFeed();
    const follower = new FeedFollower(db, 60_000, log);
    const cache = new ResponseCache(200, log);
    cache.follow(follower);
    await follower.catchUp();
    const big = { data: { s: 'x'.repeat(80) } };
    for (const key of ['k1', 'k2', 'k3']) cache.set(key, big, { global: false, ids: new Set([key]) }, cache.generation);
    expect(cache.bytes).toBeLessThanOrEqual(200);
    expect(cache.get('k1')).toBeUndefined();
    expect(cache.get('k3')).toEqual(big);
    follower.stop();
  });

  it('keeps each answer as the bytes Apollo sends, counts them against the budget, and serves nothing once stopped', async () => {
    const { db } = scriptedFeed();
    const follower = new FeedFollower(db, 60_000, log);
    const cache = new ResponseCache(1_000_000, log);
    cache.follow(follower);
    await follower.catchUp();
    const answer = { data: { person: { id: 'a', name: 'Ä' } } };
    expect(cache.set('a', answer, { global: false, ids: new Set(['a']) }, cache.generation)).toBe(true);
    const body = cache.body('a')!.body;
    expect(body.toString()).toBe(`${JSON.stringify(answer)}\n`);
    expect(cache.bytes).toBe(body.length);
    expect(cache.get('a')).toEqual(answer);
    // The server is stopping: Apollo refuses requests from then on, so the HTTP lane must not answer them.
    cache.stop();
    expect(cache.serving).toBe(false);
    expect(cache.body('a')).toBeUndefined();
    expect(cache.set('a', answer, { global: false, ids: new Set(['a']) }, cache.generation)).toBe(false);
    follower.stop();
  });
});

describe('planOperation', () => {
  const plan = (query: string, variables?: Record<string, unknown>) => {
    const doc = parse(query);
    const op = doc.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode;
    return planOperation(doc, op, variables);
  };
  it('treats lookups by id as id-bound and everything else as evicted by any write', () => {
    expect(plan('query($id: ID!) { node(id: $id) { id } }', { id: 'x' })).toEqual({
      cacheable: true,
      global: false,
      askedIds: new Set(['x']),
    });
    expect(plan('{ ...F } fragment F on Query { person(id: "p") { name } people { totalCount } }')).toMatchObject({
      global: true,
      askedIds: new Set(['p']),
    });
    expect(plan('{ place(id: "ua") { events(includeContained: true) { id } } }')).toMatchObject({ global: true });
    expect(plan('mutation { deletePerson(id: "p") { id } }')).toMatchObject({ cacheable: false });
    expect(plan('{ previewArticle(input: { text: "t" }) { __typename } }')).toMatchObject({ cacheable: false });
  });
});
