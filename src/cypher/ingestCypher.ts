import type { CypherQuery } from '../db/cypherQuery.js';
import { SEARCH_INDEX } from './schemaCypher.js';

/**
 * What ingestion reads of the graph, each in one statement for the whole article.
 */

/**
 * Entities the graph already holds under any of the candidate names: up to five
 * full-text hits per name (the index folds case and diacritics; `~` tolerates
 * spelling variants), with their names and aliases for the linker to judge.
 */
export function gazetteerFor(queries: string[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $queries AS q',
      'CALL db.index.fulltext.queryNodes($index, q, {limit: 5}) YIELD node',
      'WITH DISTINCT node WHERE node:Person OR node:Place OR node:Organization',
      "RETURN node.id AS id, [l IN labels(node) WHERE NOT l IN ['Node', 'Entity']][0] AS label,",
      '  node.name AS name, coalesce(node.aliases, []) AS aliases',
    ].join('\n'),
    params: { index: SEARCH_INDEX, queries },
  };
}

/**
 * For each event cue, the stored events or negotiations of its kind that happened
 * in one of its places (or a place inside one) and whose dates overlap its range:
 * the same attack or talks, reported again.
 */
export function matchingEvents(
  cues: { key: string; label: 'Event' | 'Negotiation'; places: string[]; from: string; to: string }[],
): CypherQuery {
  return {
    cypher: [
      'UNWIND $cues AS cue',
      'CALL (cue) {',
      '  MATCH (p:Place) WHERE p.id IN cue.places',
      '  MATCH (e)-[:OCCURRED_IN|HELD_IN]->(:Place)-[:PART_OF*0..3]->(p)',
      '  WHERE cue.label IN labels(e) AND e.date IS NOT NULL',
      '    AND e.date <= date(cue.to) AND coalesce(e.endDate, e.date) >= date(cue.from)',
      '  RETURN e.id AS id ORDER BY e.date, e.id LIMIT 1',
      '}',
      'RETURN cue.key AS key, id',
    ].join('\n'),
    params: { cues },
  };
}

/** Ids among `ids` that are taken, with their labels and names. */
export function takenIds(ids: string[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (n:Node {id: id})',
      "RETURN id, [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0] AS label, n.name AS name",
    ].join('\n'),
    params: { ids },
  };
}
