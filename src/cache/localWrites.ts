import type { WriteResult } from '../write/writer.js';

/** What the response cache needs of a write to evict it. */
export type LocalWrite = Pick<WriteResult, 'seq' | 'nodeIds' | 'relationshipIds'>;

// Keyed by the request's context object, so the resolvers need no handle on the cache
// and an entry goes with its request.
const byRequest = new WeakMap<object, LocalWrite[]>();

/** Notes a write the request committed; the response cache evicts it before the answer is sent. */
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
