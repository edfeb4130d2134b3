import type { CypherQuery } from '../db/cypherQuery.js';
import { searchWords } from './searchCypher.js';
import { SEARCH_INDEX } from './schemaCypher.js';

/**
 * What ingestion reads of the graph, each in one statement for the whole article.
 */

/**
 * The full-text query that finds the stored entities a name may link to: each word
 * exactly, or one edit away (Zelensky/Zelenskyy, Yury/Yuri), in the name or an alias.
 * Leaner than the search box's query: linking needs no prefixes and no description
 * matches, and a second edit made the lookup the costliest statement of an ingestion
 * (docs/ingestion.md, "Speed"). Only letters and digits survive, so no text injects
 * Lucene syntax; null when nothing is left.
 */
export function gazetteerQuery(name: string): string | null {
  const words = searchWords(name);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const terms = w.length <= 2 ? `${w}^4` : `${w}^4 ${w}~1`;
      return `(name:(${terms})^3 OR aliasesText:(${terms})^2)`;
    })
    .join(' OR ');
}

/**
 * Entities the graph already holds under any of the candidate names: up to five
 * full-text hits per name ({@link gazetteerQuery}; the index folds case and diacritics), with their names and aliases for the linker to judge.
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
 * Both reads ingestion makes once its entities are linked, in one statement: the
 * ids among `ids` that are taken (with their labels and names), and for each event cue and
 * each candidate place id, the earliest stored event of the cue's kind in that
 * place (or a place inside it) whose dates overlap the cue's range (the same attack or
 * talks, reported again). A new place's id is not known before the taken ids are,
 * so its cue lists both ids it may get; the caller keeps the rows of the id it got.
 */
export function takenIdsAndEvents(
  ids: string[],
  cues: { key: string; label: 'Event' | 'Negotiation'; places: string[]; from: string; to: string }[],
): CypherQuery {
  return {
    cypher: [
      'CALL () {',
      '  UNWIND $ids AS id',
      '  MATCH (n:Node {id: id})',
      "  RETURN collect({id: id, label: [l IN labels(n) WHERE NOT l IN ['Node', 'Entity']][0], name: n.name}) AS taken",
      '}',
      'CALL () {',
      '  UNWIND $cues AS cue',
      '  UNWIND cue.places AS place',
      '  CALL (cue, place) {',
      '    MATCH (p:Place {id: place})',
      '    MATCH (e)-[:OCCURRED_IN|HELD_IN]->(:Place)-[:PART_OF*0..3]->(p)',
      '    WHERE cue.label IN labels(e) AND e.date IS NOT NULL',
      '      AND e.date <= date(cue.to) AND coalesce(e.endDate, e.date) >= date(cue.from)',
      '    RETURN e.id AS id, toString(e.date) AS date ORDER BY e.date, e.id LIMIT 1',
      '  }',
      '  RETURN collect({key: cue.key, place: place, id: id, date: date}) AS events',
      '}',
      'RETURN taken, events',
    ].join('\n'),
    params: { ids, cues },
  };
}
