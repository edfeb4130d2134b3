import type { CypherQuery } from '../db/cypherQuery.js';
import type { NodeLabel } from '../model.js';
import { EMPTY_PLAN, type FetchPlan } from '../prefetch/fetchPlan.js';
import { projectNode } from './prefetchCypher.js';

/** Filters of the plain list fields (statements, figures); each value is a parameter. */
export const LIST_FILTERS = {
  none: '',
  statements:
    'WHERE ($attribution IS NULL OR n.attribution = $attribution) AND ($speaker IS NULL OR EXISTS { MATCH (n)-[:SAID_BY]->(:Node {id: $speaker}) })',
  figures:
    'WHERE ($measure IS NULL OR n.measure = $measure) AND ($event IS NULL OR EXISTS { MATCH (n)-[:FIGURE_OF]->(:Event {id: $event}) })',
} as const;

export type ListFilter = keyof typeof LIST_FILTERS;

/**
 * Up to `$first` nodes of one label in a stable order (name, else title or text, then
 * id), filtered by one of {@link LIST_FILTERS}, projected as `plan` says.
 */
export function listNodes(
  label: NodeLabel,
  filter: ListFilter,
  params: Record<string, unknown> & { first: number },
  plan: FetchPlan = EMPTY_PLAN,
): CypherQuery {
  return {
    cypher: [
      `MATCH (n:${label}) ${LIST_FILTERS[filter]}`.trimEnd(),
      'WITH n ORDER BY coalesce(n.name, n.title, n.text), n.id LIMIT $first',
      `RETURN ${projectNode('n', plan)} AS node`,
    ].join('\n'),
    params,
  };
}
