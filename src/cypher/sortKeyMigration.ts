import type { CypherQuery } from '../db/cypherQuery.js';
import { FEED_HEAD_ID } from '../feed/feedCypher.js';
import { setSortKey, sortKeyOf } from './sortKey.js';

/**
 * Graphs written before the timeline's `sortKey` (see sortKey.ts) lack it on their
 * events and negotiations, and the timeline would skip them. These statements fill
 * it in, a batch at a time, once: the feed head records that it is done, so later
 * starts skip the scan (as for the mention move in mentionMigration.ts).
 */

/** Whether the keys were already filled (the flag on the feed head). */
export function sortKeysFilled(): CypherQuery {
  return {
    cypher: 'OPTIONAL MATCH (h:FeedHead {id: $head}) RETURN coalesce(h.sortKeysFilled, false) AS done',
    params: { head: FEED_HEAD_ID },
  };
}

/** Sets the key on up to `batch` items that lack it or hold a stale one; run until it reports 0. */
export function fillSortKeys(batch: number): CypherQuery {
  return {
    cypher: [
      'MATCH (n:Event|Negotiation)',
      `WHERE n.sortKey IS NULL OR n.sortKey <> ${sortKeyOf('n')}`,
      'WITH n LIMIT $batch',
      setSortKey('n'),
      'RETURN count(n) AS updated',
    ].join('\n'),
    params: { batch },
  };
}

/** Records that the keys are filled. */
export function markSortKeysFilled(): CypherQuery {
  return {
    cypher: [
      'MERGE (h:FeedHead {id: $head})',
      'ON CREATE SET h.seq = 0, h.prunedThrough = 0',
      'SET h.sortKeysFilled = true',
    ].join('\n'),
    params: { head: FEED_HEAD_ID },
  };
}
