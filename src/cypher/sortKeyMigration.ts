import type { CypherQuery } from '../db/cypherQuery.js';
import { setSortKey, sortKeyOf } from './sortKey.js';

/**
 * Graphs written before the timeline's `sortKey` (see sortKey.ts) lack it on their
 * events and negotiations, and the timeline would skip them. These statements fill
 * it in, a batch at a time, once: ensureSchema sets the feed head's `sortKeysFilled` flag
 * (feedHeadFlag in src/feed/feedCypher.ts) when done, so later starts skip the scan.
 */

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
