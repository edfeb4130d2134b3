import type { CypherQuery } from '../db/cypherQuery.js';
import type { Fetch, FetchPlan } from '../prefetch/fetchPlan.js';
import { ancestorsMatch, arrow, relatedOrder } from './nodeCypher.js';
import { fullNodeMap, nodeMap, relMap } from './projections.js';

/** The key under which a projected node carries its prefetched lists. */
export const PREFETCHED = '__prefetched';

/**
 * A node's projection with, nested inside it, the relationship lists `plan` asks
 * for: one `COLLECT` subquery per list, each projecting its nodes the same way in
 * turn. Each list has the shape, order and node projection of the loader query it
 * stands in for (relatedByIds, ancestorsOf), so priming the loaders with it gives
 * resolvers exactly what they would have fetched. Only relationship types from the
 * model and labels are inlined; nothing from the request is.
 */
export function projectNode(v: string, plan: FetchPlan, full = false, depth = 0): string {
  const lists = plan.fetches.map((f) => `${f.key}: ${guarded(v, f, fetchList(v, f, depth))}`);
  const extra = lists.length ? [`${PREFETCHED}: {${lists.join(', ')}}`] : [];
  return full ? fullNodeMap(v, extra) : nodeMap(v, extra);
}

// A list that only some labels need is null elsewhere, and null is never primed.
const guarded = (v: string, f: Fetch, list: string): string =>
  f.on ? `CASE WHEN ${f.on.map((l) => `${v}:${l}`).join(' OR ')} THEN ${list} END` : list;

function fetchList(v: string, f: Fetch, depth: number): string {
  const m = `m${depth + 1}`;
  const item = projectNode(m, f.child, false, depth + 1);
  if (f.source.kind === 'ancestors') {
    return `COLLECT { ${[...ancestorsMatch(v, m), `RETURN ${item}`].join(' ')} }`;
  }
  const r = `r${depth + 1}`;
  return (
    `COLLECT { MATCH (${v})${arrow(r, `:${f.source.type}`, f.source.dir)}(${m}) ` +
    `WITH ${r}, ${m} ORDER BY ${relatedOrder(m)} RETURN {rel: ${relMap(r)}, other: ${item}} }`
  );
}

/** One node by id, complete, with the lists `plan` asks for. */
export function nodeWithPlan(id: string, plan: FetchPlan): CypherQuery {
  return {
    cypher: ['MATCH (n:Node {id: $id})', `RETURN ${projectNode('n', plan, true)} AS node`].join('\n'),
    params: { id },
  };
}
