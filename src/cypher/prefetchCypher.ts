import type { CypherQuery } from '../db/cypherQuery.js';
import { PREFETCHED, type Fetch, type FetchPlan } from '../prefetch/fetchPlan.js';
import { ancestorsMatch, arrow, relatedOrder } from './nodeCypher.js';
import { fullNodeMap, nodeMap, relMap, sparseNodeMap } from './projections.js';

/**
 * A node's projection as `plan` wants it: only the properties the query reads
 * (all of them with `full`, or when the plan does not say), and, nested inside, the
 * relationship lists it asks for: one `COLLECT` subquery per list, projecting its
 * nodes the same way in turn. Each list has the shape and order of the loader
 * query it stands in for (relatedByIds, ancestorsOf). Relationship types, labels
 * and the schema's field names are inlined; nothing else from the request is.
 */
export function projectNode(v: string, plan: FetchPlan, full = false, depth = 0): string {
  const lists = plan.fetches.map((f) => `${f.key}: ${guarded(v, f, fetchList(v, f, depth))}`);
  const extra = lists.length ? [`${PREFETCHED}: {${lists.join(', ')}}`] : [];
  if (full) return fullNodeMap(v, extra);
  return plan.props ? sparseNodeMap(v, plan.props, extra) : nodeMap(v, extra);
}

// A list that only some labels need is null elsewhere; resolvers then use the loaders.
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
    `WITH ${r}, ${m} ORDER BY ${relatedOrder(m)} RETURN {rel: ${relMap(r, f.relProps)}, other: ${item}} }`
  );
}

/** One node by id as `plan` projects it, with the lists it asks for. */
export function nodeWithPlan(id: string, plan: FetchPlan): CypherQuery {
  return {
    cypher: ['MATCH (n:Node {id: $id})', `RETURN ${projectNode('n', plan, plan.props === null)} AS node`].join('\n'),
    params: { id },
  };
}
