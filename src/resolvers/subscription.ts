import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.js';
import { BadUserInputError, CodedError, ErrorCode } from '../errors.js';
import { readFeed, type ChangeRecord } from '../feed/changeFeed.js';
import { EventQueue } from '../live/eventQueue.js';
import type { FeedEvent, FeedFollower } from '../live/feedFollower.js';
import { readIngestedArticle } from '../live/ingestedArticle.js';
import type { IngestResult } from '../ingest/ingestArticle.js';
import type { Live } from '../live/liveContext.js';
import type {
  GraphChangeResolvers,
  SubscriptionGraphChangedArgs,
  SubscriptionResolvers,
} from '../schema/generated/resolvers.js';
import { Query } from './query.js';

/** What a subscription's stream yields: a change to resolve, or an error to report without ending the stream. */
type Payload = { change: ChangeRecord } | { refresh: true } | { error: CodedError };

/** Ingestions read back per replica, shared by all its articleIngested subscribers (bounded: recent records only). */
const ingestedReads = new WeakMap<FeedFollower, Map<number, Promise<IngestResult | null>>>();
const INGESTED_CACHE = 64;

function ingestedOf(live: Live, ctx: Context, change: ChangeRecord): Promise<IngestResult | null> {
  let reads = ingestedReads.get(live.follower);
  if (!reads) ingestedReads.set(live.follower, (reads = new Map()));
  let found = reads.get(change.seq);
  if (!found) {
    found = readIngestedArticle(ctx.db, change);
    // A failed read is not kept: the next subscriber asks again.
    found.catch(() => reads.delete(change.seq));
    reads.set(change.seq, found);
    if (reads.size > INGESTED_CACHE) reads.delete(reads.keys().next().value as number);
  }
  return found;
}

/**
 * articleIngested's stream: the follower's INGEST records. The payload is read back
 * when delivered, so a write made through another replica arrives alike.
 */
async function* ingestions(queue: EventQueue<FeedEvent>): AsyncGenerator<Payload> {
  try {
    for await (const event of queue) {
      if (event.kind === 'change') {
        if (event.change.kind === 'INGEST') yield { change: event.change };
      } else if (event.kind !== 'recovered') {
        // Outage, or records lost to pruning: say so and keep the stream open.
        yield { error: event.error };
      }
    }
  } finally {
    queue.end();
  }
}

/** Records read per replay page when graphChanged resumes from `since`. */
const REPLAY_PAGE = 500;

function liveOf(ctx: Context): Live {
  if (!ctx.live) {
    throw new CodedError(
      ErrorCode.BAD_REQUEST,
      'Subscriptions are served over WebSocket at the same address (graphql-transport-ws).',
    );
  }
  return ctx.live;
}

/** Subscribes to the replica's follower now; events queue until the stream is read. */
function follow(live: Live): EventQueue<FeedEvent> {
  let unsubscribe = () => {};
  const queue = new EventQueue<FeedEvent>(live, () => unsubscribe());
  unsubscribe = live.follower.subscribe((e) => queue.push(e));
  return queue;
}

const touches = (change: ChangeRecord, id: string) =>
  !change.complete || change.nodeIds.includes(id) || change.relationshipIds.includes(id);

/**
 * nodeChanged's stream: one refresh per batch of changes that touch the node.
 * Changes that queued while the previous read ran are folded into one read, since
 * the read returns the current state anyway.
 */
async function* nodeChanges(queue: EventQueue<FeedEvent>, id: string): AsyncGenerator<Payload> {
  try {
    for await (const first of queue) {
      let touched = false;
      for (const event of [first, ...queue.drain()]) {
        if (event.kind === 'change') {
          touched ||= touches(event.change, id);
        } else if (event.kind === 'unavailable') {
          if (touched) yield { refresh: true };
          touched = false;
          yield { error: event.error };
        } else if (event.kind === 'pruned') {
          // Records were lost, but the node's state is read whole: refresh it.
          touched = true;
        }
      }
      if (touched) yield { refresh: true };
    }
  } finally {
    queue.end();
  }
}

interface ChangeFilter {
  types: Set<string> | undefined;
  ids: Set<string> | undefined;
}

async function matches(live: Live, change: ChangeRecord, { types, ids }: ChangeFilter): Promise<boolean> {
  if (!types && !ids) return true;
  if (!change.complete) return true;
  if (ids && [...change.nodeIds, ...change.relationshipIds].some((id) => ids.has(id))) return true;
  if (!types) return false;
  const labels = await live.follower.labelsOf(change);
  return [...labels].some((l) => types.has(l));
}

/**
 * graphChanged's stream: the records after `since` still in the feed (read page
 * by page), then what the follower delivers, skipping what the replay already
 * gave. The queue was opened before the replay's first read, so nothing written
 * in between is missed.
 */
async function* graphChanges(
  live: Live,
  ctx: Context,
  queue: EventQueue<FeedEvent>,
  filter: ChangeFilter,
  replay: { first: ChangeRecord[]; since: number } | undefined,
  openedAt: number,
): AsyncGenerator<Payload> {
  let last = openedAt;
  try {
    if (replay) {
      last = replay.since;
      for (let page = replay.first; ;) {
        for (const change of page) {
          last = change.seq;
          if (await matches(live, change, filter)) yield { change };
        }
        if (page.length < REPLAY_PAGE) break;
        page = (await readFeed(ctx.db, last, REPLAY_PAGE)).changes;
      }
    }
    for await (const event of queue) {
      if (event.kind === 'change') {
        if (event.change.seq <= last) continue;
        last = event.change.seq;
        if (await matches(live, event.change, filter)) yield { change: event.change };
      } else if (event.kind === 'unavailable') {
        yield { error: event.error };
      } else if (event.kind === 'pruned') {
        yield { error: event.error };
        return;
      }
    }
  } finally {
    queue.end();
  }
}

function parseSince(since: string | null | undefined): number | undefined {
  if (since == null) return undefined;
  if (!/^\d{1,15}$/.test(since)) {
    throw new BadUserInputError('`since` must be a sequence number: the `seq` of a GraphChange, e.g. "42".', 'since');
  }
  return Number(since);
}

type NodeResolve = (p: unknown, a: { id: string }, c: Context, i: GraphQLResolveInfo) => Promise<unknown>;

export const Subscription: SubscriptionResolvers = {
  nodeChanged: {
    subscribe: (_p: unknown, { id }: { id: string }, ctx: Context) => nodeChanges(follow(liveOf(ctx)), id),
    resolve: async (payload: Payload, { id }: { id: string }, ctx: Context, info: GraphQLResolveInfo) => {
      const live = liveOf(ctx);
      if ('error' in payload) throw payload.error;
      live.renew();
      return (Query.node as NodeResolve)({}, { id }, ctx, info);
    },
  } as never,
  graphChanged: {
    subscribe: async (_p: unknown, args: SubscriptionGraphChangedArgs, ctx: Context) => {
      const live = liveOf(ctx);
      const since = parseSince(args.since);
      const filter: ChangeFilter = {
        types: args.types ? new Set(args.types) : undefined,
        ids: args.ids ? new Set(args.ids) : undefined,
      };
      // Taken with the queue opened: what the follower delivers from now on is after it.
      const openedAt = live.follower.position ?? -1;
      const queue = follow(live);
      let replay;
      try {
        // Read the first page here, so that FEED_PRUNED answers the subscribe itself.
        if (since !== undefined) replay = { since, first: (await readFeed(ctx.db, since, REPLAY_PAGE)).changes };
      } catch (err) {
        queue.end();
        throw err;
      }
      return graphChanges(live, ctx, queue, filter, replay, openedAt);
    },
    resolve: (payload: Payload, _a: unknown, ctx: Context) => {
      liveOf(ctx);
      if ('error' in payload) throw payload.error;
      if (!('change' in payload)) throw new Error('graphChanged got a refresh');
      return payload.change;
    },
  } as never,
  articleIngested: {
    subscribe: (_p: unknown, _a: unknown, ctx: Context) => ingestions(follow(liveOf(ctx))),
    resolve: async (payload: Payload, _a: unknown, ctx: Context) => {
      const live = liveOf(ctx);
      if ('error' in payload) throw payload.error;
      if (!('change' in payload)) throw new Error('articleIngested got a refresh');
      live.renew();
      const ingested = await ingestedOf(live, ctx, payload.change);
      if (!ingested) throw new Error(`Feed record ${payload.change.seq} is an ingestion without an article.`);
      return ingested;
    },
  } as never,
};

export const GraphChange: GraphChangeResolvers = {
  seq: (c) => String(c.seq),
};
