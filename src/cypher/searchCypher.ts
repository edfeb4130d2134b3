import type { CypherQuery } from '../db/cypherQuery.js';
import type { EntityLabel } from '../model.js';
import { EMPTY_PLAN, type FetchPlan } from '../prefetch/fetchPlan.js';
import { projectNode } from './prefetchCypher.js';
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

/** The indexed fields, with how much a match in each counts. */
const FIELD_BOOSTS = [
  ['name', 3],
  ['aliasesText', 2],
  ['description', 1],
] as const;

/**
 * The words of a text as the full-text index sees them: diacritics folded, split on
 * anything but letters and digits (so no text can inject Lucene syntax), at most 12.
 */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 12);
}

/**
 * Turns free text into a Lucene query that tolerates typos and partial words.
 * Each word may match exactly, as a prefix or within an edit distance, in any field;
 * a match in the name counts more than one in an alias, which counts more than one
 * in the description, so "Kyiv" ranks the city above things merely described as
 * being in Kyiv. Only letters and digits survive tokenisation, so no user text can
 * inject Lucene syntax. Returns null when nothing searchable is left.
 */
export function luceneQuery(text: string): string | null {
  const tokens = searchWords(text);
  if (tokens.length === 0) return null;
  return tokens
    .map((t) => {
      const edits = t.length <= 2 ? 0 : t.length <= 5 ? 1 : 2;
      const terms = [`${t}^4`, `${t}*^2`];
      if (edits > 0) terms.push(`${t}~${edits}`);
      const inner = terms.join(' ');
      return `(${FIELD_BOOSTS.map(([field, boost]) => `${field}:(${inner})^${boost}`).join(' OR ')})`;
    })
    .join(' OR ');
}

/**
 * The forms in which the search text counts as an exact name: lower case with
 * single spaces, as typed and with diacritics folded away (so "Kyïv" is exactly Kyiv).
 */
export function exactForms(text: string): string[] {
  const typed = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return [...new Set([typed, foldText(typed)])];
}

/**
 * Full-text search over entities, best first, optionally limited to some labels.
 * An entity whose whole name (or an alias) is the search text gets its score
 * doubled (or raised by half), so an exact hit outranks longer names that merely
 * contain the words. Lucene's own top list is cut before that boost and before the
 * label filter, so it is read over a wider window than `first`.
 */
export function searchEntities(
  query: string,
  labels: readonly EntityLabel[] | null,
  first: number,
  exact: readonly string[] = [],
  plan: FetchPlan = EMPTY_PLAN,
): CypherQuery {
  return {
    cypher: [
      'CALL db.index.fulltext.queryNodes($index, $query, {limit: $scan}) YIELD node, score',
      'WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)',
      'WITH node, score * CASE',
      '    WHEN toLower(node.name) IN $exact THEN 2.0',
      '    WHEN any(a IN coalesce(node.aliases, []) WHERE toLower(a) IN $exact) THEN 1.5',
      '    ELSE 1.0 END AS score',
      'WITH node, score ORDER BY score DESC, node.name LIMIT $first',
      `RETURN score, ${projectNode('node', plan)} AS node`,
    ].join('\n'),
    params: { index: SEARCH_INDEX, query, labels, first, exact, scan: first * (labels ? 10 : 3) + 20 },
  };
}
