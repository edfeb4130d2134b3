import type { CypherQuery } from '../db/cypherQuery.js';
import type { EntityLabel } from '../model.js';
import { nodeMap } from './projections.js';
import { SEARCH_INDEX } from './schemaCypher.js';

/**
 * Folds text the way the index's `standard-folding` analyzer does: lower case, no
 * diacritics. Needed because Lucene leaves fuzzy and prefix terms unanalyzed.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Turns free text into a Lucene query that tolerates typos and partial words.
 * Only letters and digits survive tokenisation, so no user text can inject Lucene
 * syntax. Returns null when nothing searchable is left.
 */
export function luceneQuery(text: string): string | null {
  const tokens = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 12);
  if (tokens.length === 0) return null;
  return tokens
    .map((t) => {
      const edits = t.length <= 2 ? 0 : t.length <= 5 ? 1 : 2;
      const parts = [`${t}^4`, `${t}*^2`];
      if (edits > 0) parts.push(`${t}~${edits}`);
      return `(${parts.join(' OR ')})`;
    })
    .join(' OR ');
}

/** Full-text search over entities, best first, optionally limited to some labels. */
export function searchEntities(query: string, labels: readonly EntityLabel[] | null, first: number): CypherQuery {
  return {
    cypher: [
      'CALL db.index.fulltext.queryNodes($index, $query, {limit: $scan}) YIELD node, score',
      'WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)',
      'WITH node, score ORDER BY score DESC, node.name LIMIT $first',
      `RETURN score, ${nodeMap('node')} AS node`,
    ].join('\n'),
    // Filtering by label happens after Lucene's limit, so scan a wider window.
    params: { index: SEARCH_INDEX, query, labels, first, scan: labels ? first * 10 : first },
  };
}
