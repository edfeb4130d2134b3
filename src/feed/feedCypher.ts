import type { CypherQuery } from '../db/cypherQuery.js';
import type { ChangeKind } from '../write/changeSet.js';

/**
 * The change feed lives in the graph: one `:Change` node per committed write, and
 * one `:FeedHead` node holding the last sequence number. A writer takes the next
 * number by incrementing the head in its own transaction; the head's write lock is
 * held until commit, so numbers are committed in order, without gaps, by every
 * replica alike, and a rolled-back write takes its number back with it.
 */

export const FEED_HEAD_ID = 'feed';

/** The feed head, created once by ensureSchema (src/seed/seedGraph.ts) before any write. */
export function createFeedHead(): CypherQuery {
  return {
    cypher: 'MERGE (h:FeedHead {id: $head}) ON CREATE SET h.seq = 0, h.prunedThrough = 0',
    params: { head: FEED_HEAD_ID },
  };
}

/**
 * Appends the record of one write; the caller runs it last in the write's
 * transaction. Returns no row when the feed head is missing (ensureSchema not run).
 */
export function appendChange(record: {
  kind: ChangeKind;
  nodeIds: string[];
  relationshipIds: string[];
  /** The nodes this write created (a subset of nodeIds): a reader on another replica cannot tell them apart otherwise. */
  createdIds: string[];
  /** False when the write touched more ids than a record lists: readers treat it as "anything may have changed". */
  complete: boolean;
  actor: string | null;
}): CypherQuery {
  return {
    cypher: [
      // MATCH takes no lock and the first SET takes the write lock before seq is read:
      // a MERGE here would take a shared lock first, and two writers upgrading theirs
      // at once deadlock.
      'MATCH (h:FeedHead {id: $head})',
      'SET h._lock = true',
      'WITH h',
      'SET h.seq = h.seq + 1',
      'CREATE (c:Change {seq: h.seq, at: datetime(), kind: $kind, nodeIds: $nodeIds, relationshipIds: $relationshipIds, createdIds: $createdIds, complete: $complete, actor: $actor})',
      'RETURN c.seq AS seq, toString(c.at) AS committedAt',
    ].join('\n'),
    params: { head: FEED_HEAD_ID, ...record },
  };
}

/** A feed record as readers get it. */
export interface ChangeRecord {
  seq: number;
  committedAt: string;
  kind: ChangeKind;
  nodeIds: string[];
  relationshipIds: string[];
  /** Nodes the write created; empty in records written before the feed listed them. */
  createdIds: string[];
  complete: boolean;
}

/**
 * Up to `limit` records after `since`, in order, and the feed's bounds: the last
 * sequence number written and the last one pruned (a reader that asks for less
 * than that has missed records).
 */
export function readChanges(since: number, limit: number): CypherQuery {
  return {
    cypher: [
      'OPTIONAL MATCH (h:FeedHead {id: $head})',
      'CALL () {',
      '  MATCH (c:Change) WHERE c.seq > $since',
      '  WITH c ORDER BY c.seq LIMIT $limit',
      '  RETURN collect(c {.seq, committedAt: toString(c.at), .kind, .nodeIds, .relationshipIds, createdIds: coalesce(c.createdIds, []), .complete}) AS changes',
      '}',
      'RETURN coalesce(h.seq, 0) AS head, coalesce(h.prunedThrough, 0) AS prunedThrough, changes',
    ].join('\n'),
    params: { head: FEED_HEAD_ID, since, limit },
  };
}

/**
 * Deletes up to `batch` records that are older than `maxAgeMs` or beyond the
 * newest `maxEntries`, and moves the head's `prunedThrough` past them. Safe to run
 * from every replica at once: each run deletes what is still there.
 */
export function pruneChanges(maxAgeMs: number, maxEntries: number, batch: number): CypherQuery {
  return {
    cypher: [
      'MATCH (h:FeedHead {id: $head})',
      'WITH h, h.seq - $maxEntries AS bySize, datetime() - duration({milliseconds: $maxAgeMs}) AS cutoff',
      'CALL (h, bySize, cutoff) {',
      // Oldest first, off the seq index; records are committed in time order, so the
      // old ones are a prefix.
      '  MATCH (c:Change) WHERE c.seq > h.prunedThrough',
      '  WITH c ORDER BY c.seq LIMIT $batch',
      '  WITH c WHERE c.seq <= bySize OR c.at < cutoff',
      '  WITH collect(c) AS old',
      '  WITH old, reduce(m = 0, c IN old | CASE WHEN c.seq > m THEN c.seq ELSE m END) AS last',
      '  FOREACH (c IN old | DELETE c)',
      '  RETURN size(old) AS pruned, last',
      '}',
      'SET h.prunedThrough = CASE WHEN last > h.prunedThrough THEN last ELSE h.prunedThrough END',
      'RETURN pruned, h.prunedThrough AS prunedThrough',
    ].join('\n'),
    params: { head: FEED_HEAD_ID, maxAgeMs, maxEntries, batch },
  };
}

/** The last sequence number written and the last one pruned. */
export function feedHead(): CypherQuery {
  return {
    cypher:
      'OPTIONAL MATCH (h:FeedHead {id: $head}) RETURN coalesce(h.seq, 0) AS head, coalesce(h.prunedThrough, 0) AS prunedThrough',
    params: { head: FEED_HEAD_ID },
  };
}

/**
 * One-time data migrations, each recorded as done by a flag on the feed head. The
 * name is written into the Cypher (a property key cannot be a parameter), so it is
 * one of these literals, never outside input.
 */
export type FeedHeadFlag = 'mentionsMigrated' | 'sortKeysFilled' | 'timelineEntriesBuilt';

/** Whether a migration's flag is set on the feed head (false while the head is missing). */
export function feedHeadFlag(name: FeedHeadFlag): CypherQuery {
  return {
    cypher: `OPTIONAL MATCH (h:FeedHead {id: $head}) RETURN coalesce(h.${name}, false) AS done`,
    params: { head: FEED_HEAD_ID },
  };
}

/** Sets a migration's flag; creates the head if ensureSchema has not yet (it merges the same way). */
export function markFeedHeadFlag(name: FeedHeadFlag): CypherQuery {
  return {
    cypher: [
      'MERGE (h:FeedHead {id: $head})',
      'ON CREATE SET h.seq = 0, h.prunedThrough = 0',
      `SET h.${name} = true`,
    ].join('\n'),
    params: { head: FEED_HEAD_ID },
  };
}
