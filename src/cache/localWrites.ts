import type { ApolloServerPlugin } from '@apollo/server';
import type { FeedFollower } from '../live/feedFollower.js';
import type { WriteResult } from '../write/writer.js';
import type { ResponseCache } from './responseCache.js';

/** What this replica needs of a write it committed: its sequence number and the ids it touched. */
export type LocalWrite = Pick<WriteResult, 'seq' | 'nodeIds' | 'relationshipIds'>;

// Keyed by the request's context object, so the resolvers need no handle on the cache
// or the follower, and an entry goes with its request.
const byRequest = new WeakMap<object, LocalWrite[]>();

/** Notes a write the request committed; {@link localWritesPlugin} acts on it before the answer is sent. */
export function noteWrite(ctx: object, write: LocalWrite): void {
  const writes = byRequest.get(ctx);
  if (writes) writes.push(write);
  else byRequest.set(ctx, [write]);
}

/** The writes a request noted, once: a second call returns none. */
export function takeWrites(ctx: object): LocalWrite[] {
  const writes = byRequest.get(ctx) ?? [];
  byRequest.delete(ctx);
  return writes;
}

/**
 * What a mutation's writes mean for this replica, before its answer is sent: the
 * response cache evicts them from their results (so the next read here sees them,
 * with no feed read), and when a subscription listens, the follower is asked to poll
 * now rather than at its next interval (not awaited), so subscribers here hear of
 * the write at once. A mutation that changed nothing does neither.
 */
export function localWritesPlugin(cache: ResponseCache | undefined, follower: FeedFollower): ApolloServerPlugin {
  // The cache follows the feed too; only listeners beyond it are subscriptions.
  const cacheListeners = cache ? 1 : 0;
  const listener = {
    async willSendResponse(rc: { contextValue: object }) {
      const writes = takeWrites(rc.contextValue).filter((w) => w.seq !== null);
      if (writes.length === 0) return;
      for (const write of writes) cache?.applyWrite(write);
      if (follower.subscribers > cacheListeners) void follower.catchUp();
    },
  };
  return { requestDidStart: async () => listener };
}
