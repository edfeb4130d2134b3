import type { CypherQuery } from '../db/cypherQuery.js';

/**
 * Graphs written before mentions became nodes carry them as four parallel lists
 * (mentionSource, mentionStart, mentionEnd, mentionQuote) on each node and
 * relationship. These statements move them into :Mention nodes, a batch at a time,
 * once: ensureSchema sets the feed head's `mentionsMigrated` flag
 * (feedHeadFlag in src/feed/feedCypher.ts) when done, so later starts skip the scan.
 */

const moveLists = (v: string, id: string) => [
  `CALL (${v}) {`,
  `  UNWIND range(0, size(${v}.mentionSource) - 1) AS i`,
  `  WITH ${v}, ${v}.mentionSource[i] AS source, ${v}.mentionStart[i] AS start, ${v}.mentionEnd[i] AS end, ${v}.mentionQuote[i] AS quote`,
  `  MERGE (m:Mention {key: ${id} + '|' + source + ':' + toString(start) + '-' + toString(end)})`,
  `  ON CREATE SET m.target = ${id}, m.source = source, m.start = start, m.end = end, m.quote = quote`,
  '}',
  `REMOVE ${v}.mentionSource, ${v}.mentionStart, ${v}.mentionEnd, ${v}.mentionQuote`,
];

/** Moves the lists of up to `batch` nodes; run until it reports 0. */
export function migrateNodeMentions(batch: number): CypherQuery {
  return {
    cypher: [
      'MATCH (n:Node) WHERE n.mentionSource IS NOT NULL',
      'WITH n LIMIT $batch',
      ...moveLists('n', 'n.id'),
      'RETURN count(n) AS migrated',
    ].join('\n'),
    params: { batch },
  };
}

/** Moves the lists of up to `batch` relationships; run until it reports 0. */
export function migrateRelationshipMentions(batch: number): CypherQuery {
  return {
    cypher: [
      'MATCH ()-[r]->() WHERE r.mentionSource IS NOT NULL',
      'WITH r LIMIT $batch',
      ...moveLists('r', 'r.id'),
      'RETURN count(r) AS migrated',
    ].join('\n'),
    params: { batch },
  };
}
