import type { Db } from '../db/database.js';
import { CodedError, ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { feedHead, pruneChanges, readChanges, type ChangeRecord } from './feedCypher.js';

export type { ChangeRecord };

/** What a reader gets: records after its sequence number, and where the feed stands. */
export interface FeedPage {
  changes: ChangeRecord[];
  /** The last sequence number written. */
  head: number;
}

/** A reader asked for records that pruning has already removed: it must reload instead. */
export class FeedPrunedError extends CodedError {
  constructor(since: number, prunedThrough: number) {
    super(
      ErrorCode.FEED_PRUNED,
      `Changes after ${since} are no longer in the feed (pruned through ${prunedThrough}); reload and resume from the current head.`,
      { since: String(since), prunedThrough: String(prunedThrough) },
    );
  }
}

/**
 * Reads up to `limit` records after `since`, in sequence order. Every replica reads
 * the same feed, so what one replica wrote reaches the others' readers too.
 */
export async function readFeed(db: Db, since: number, limit = 1_000): Promise<FeedPage> {
  const [row] = await db.read(readChanges(since, limit));
  const prunedThrough = Number(row?.prunedThrough ?? 0);
  if (since < prunedThrough) throw new FeedPrunedError(since, prunedThrough);
  return { changes: (row?.changes ?? []) as ChangeRecord[], head: Number(row?.head ?? 0) };
}

/** Where the feed stands: the last sequence number written, and the last one pruned. */
export async function readFeedHead(db: Db): Promise<{ head: number; prunedThrough: number }> {
  const [row] = await db.read(feedHead());
  return { head: Number(row?.head ?? 0), prunedThrough: Number(row?.prunedThrough ?? 0) };
}

/**
 * Prunes the feed by age and size on a timer. Every replica runs one; the deletes
 * are idempotent, so they need no coordination. Returns a stop function.
 */
export function startFeedPruner(
  db: Db,
  opts: { retentionMs: number; maxEntries: number; intervalMs: number },
  log: Logger,
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      for (let pruned = Infinity; pruned >= PRUNE_BATCH;) {
        const [row] = await db.write(pruneChanges(opts.retentionMs, opts.maxEntries, PRUNE_BATCH));
        pruned = Number(row?.pruned ?? 0);
        if (pruned) log.debug({ pruned, prunedThrough: row?.prunedThrough }, 'change feed pruned');
      }
    } catch (err) {
      log.warn({ err }, 'change feed pruning failed; retrying at the next interval');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), opts.intervalMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}

/** Records deleted per pruning transaction: small enough never to hold locks for long. */
export const PRUNE_BATCH = 5_000;
