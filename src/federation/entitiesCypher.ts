import type { CypherQuery } from '../db/cypherQuery.js';
import { projectNode } from '../cypher/prefetchCypher.js';
import type { NodeLabel } from '../model.js';
import type { FetchPlan } from '../prefetch/fetchPlan.js';

/**
 * Many nodes of one label by id, each projected as `plan` wants it (the properties
 * the query reads and, nested, the relationship lists it asks for): what the
 * `_entities` field of a federated request needs for one type, in one statement.
 * One row per id found; the label comes from the model's list, never from a request.
 */
export function entitiesWithPlan(label: NodeLabel, ids: readonly string[], plan: FetchPlan): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      // The Node id constraint's index finds each node; the label then filters.
      'MATCH (n:Node {id: id})',
      `WHERE n:${label}`,
      `RETURN id, ${projectNode('n', plan, plan.props === null)} AS node`,
    ].join('\n'),
    params: { ids },
  };
}
