import type { CypherQuery } from '../db/cypherQuery.js';
import { ENTITY, NODE } from '../model.js';

/** The distinct type labels (`Person`, `Article`…) of the nodes with these ids; shared labels left out. */
export function labelsOfIds(ids: string[]): CypherQuery {
  return {
    cypher: [
      'MATCH (n:Node) WHERE n.id IN $ids',
      'UNWIND labels(n) AS label',
      'WITH DISTINCT label WHERE NOT label IN $shared',
      'RETURN collect(label) AS labels',
    ].join('\n'),
    params: { ids, shared: [NODE, ENTITY] },
  };
}
