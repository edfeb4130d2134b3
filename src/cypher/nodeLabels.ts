import { ENTITY, ENTITY_LABELS, NODE, type NodeLabel } from '../model.js';

/** The full label set a node of this type carries, as a Cypher label expression. */
export function labelsFor(label: NodeLabel): string {
  return (ENTITY_LABELS as readonly string[]).includes(label) ? `:${NODE}:${ENTITY}:${label}` : `:${NODE}:${label}`;
}

/** Date-valued properties, stored as Neo4j `date` so range indexes and comparisons work. */
export const DATE_FIELDS = ['date', 'endDate', 'publishedOn'] as const;
