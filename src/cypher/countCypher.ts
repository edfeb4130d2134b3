import type { CypherQuery } from '../db/cypherQuery.js';
import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../model.js';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

/** Counts nodes per label and relationships per type, using the count store (no scans). */
export function graphCounts(): CypherQuery {
  const nodeParts = NODE_LABELS.map((l) => `${l}: COUNT { MATCH (:${l}) }`).join(', ');
  const relParts = RELATIONSHIP_TYPE_NAMES.map((t) => `${t}: COUNT { MATCH ()-[:${t}]->() }`).join(', ');
  return { cypher: `RETURN {${nodeParts}} AS nodes, {${relParts}} AS relationships`, params: {} };
}

/** True when the graph holds no nodes at all: `npm start` seeds only then. */
export function isEmptyGraph(): CypherQuery {
  // Graph nodes only: the change feed's head exists from the first schema run on.
  return { cypher: 'MATCH (n:Node) RETURN count(n) = 0 AS empty LIMIT 1', params: {} };
}
