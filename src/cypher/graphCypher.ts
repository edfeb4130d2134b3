import type { CypherQuery } from '../db/cypherQuery.js';
import { RELATIONSHIP_TYPE_NAMES, type RelationshipType } from '../model.js';
import { EMPTY_PLAN, type FetchPlan, type RelProps } from '../prefetch/fetchPlan.js';
import { endsOnOrAfter, startsOnOrBefore } from './dateOverlap.js';
import { projectNode } from './prefetchCypher.js';
import { entriesIn } from './timelineEntries.js';
import { relMap } from './projections.js';

/** How a subgraph or path is projected: its nodes by plan, its edges with the properties asked for. */
export interface GraphShape {
  nodes: FetchPlan;
  edgeProps: RelProps;
}

const WHOLE: GraphShape = { nodes: EMPTY_PLAN, edgeProps: 'all' };

/**
 * Relationship types are identifiers, which Cypher cannot take as parameters. They
 * are only ever inlined after this check against the fixed list.
 */
function typeFilter(types: readonly RelationshipType[] | null): string {
  if (!types || types.length === 0) return '';
  for (const t of types) if (!RELATIONSHIP_TYPE_NAMES.includes(t)) throw new Error(`unknown relationship type ${t}`);
  return `:${types.join('|')}`;
}

function checkedInt(n: number, name: string): number {
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer`);
  return n;
}

/**
 * The nodes within `depth` hops of a start node (at most `limit` of them counting
 * the start, nearest first) and every edge among them. Depth is a validated integer
 * inlined into the variable-length pattern (Cypher does not accept a parameter
 * there); with DISTINCT end nodes the planner uses a pruning breadth-first expand,
 * not path enumeration. The start node is reachable from itself through any cycle
 * (Kyiv is both PART_OF and CAPITAL_OF Ukraine), so it is excluded from `found`.
 */
export function neighborhood(
  id: string,
  depth: number,
  types: readonly RelationshipType[] | null,
  limit: number,
  shape: GraphShape = WHOLE,
): CypherQuery {
  const d = checkedInt(depth, 'depth');
  const t = typeFilter(types);
  return {
    cypher: [
      'MATCH (s:Node {id: $id})',
      'CALL (s) {',
      `  MATCH (s)-[${t}*1..${d}]-(m) WHERE m <> s`,
      '  WITH DISTINCT m LIMIT $scan',
      '  RETURN collect(m) AS found',
      '}',
      'WITH s, found, size(found) >= $limit AS truncated',
      'WITH s, truncated, [s] + found[0..$limit - 1] AS ns',
      'CALL (ns) {',
      '  UNWIND ns AS a',
      `  MATCH (a)-[r${t}]->(b) WHERE b IN ns`,
      `  RETURN collect(DISTINCT ${relMap('r', shape.edgeProps)}) AS edges`,
      '}',
      `RETURN [n IN ns | ${projectNode('n', shape.nodes)}] AS nodes, edges, truncated`,
    ].join('\n'),
    params: { id, limit, scan: limit },
  };
}

/**
 * One shortest path between two nodes, ignoring direction, of at most `maxDepth`
 * hops. Returns no row when there is none.
 */
export function shortestPath(
  fromId: string,
  toId: string,
  maxDepth: number,
  types: readonly RelationshipType[] | null,
  shape: GraphShape = WHOLE,
): CypherQuery {
  const d = checkedInt(maxDepth, 'maxDepth');
  const t = typeFilter(types);
  // One round trip: the endpoints' existence comes back with the path, so the
  // resolver can tell "unknown id" (NOT_FOUND) from "no path" (null).
  return {
    cypher: [
      'OPTIONAL MATCH (a:Node {id: $fromId})',
      'OPTIONAL MATCH (b:Node {id: $toId})',
      `OPTIONAL MATCH p = shortestPath((a)-[${t}*..${d}]-(b))`,
      'RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound,',
      `  CASE WHEN p IS NULL THEN null ELSE [n IN nodes(p) | ${projectNode('n', shape.nodes)}] END AS nodes,`,
      `  CASE WHEN p IS NULL THEN null ELSE [r IN relationships(p) | ${relMap('r', shape.edgeProps)}] END AS edges`,
    ].join('\n'),
    params: { fromId, toId },
  };
}

export interface TimelineFilter {
  place: string | null;
  participant: string | null;
  eventKinds: readonly string[] | null;
  negotiationKinds: readonly string[] | null;
  includeEvents: boolean;
  includeNegotiations: boolean;
  dateFrom: string | null;
  dateTo: string | null;
}

/** A filter that keeps every event and negotiation, with `narrow` applied over it. */
export const timelineFilter = (narrow: Partial<TimelineFilter> = {}): TimelineFilter => ({
  place: null,
  participant: null,
  eventKinds: null,
  negotiationKinds: null,
  includeEvents: true,
  includeNegotiations: true,
  dateFrom: null,
  dateTo: null,
  ...narrow,
});

/**
 * Events and negotiations in date order, undated last. The place filter includes
 * every place inside the given one, and parts (PART_OF) without a place of their own
 * count as where their whole happened; the dates match items under way in the range
 * (see dateOverlap.ts); the participant filter follows any direct link (carried out
 * by, party to, took part in, responded to).
 */
export function timeline(f: TimelineFilter, first: number, plan: FetchPlan = EMPTY_PLAN): CypherQuery {
  // With a place, a prefix seek on the place's timeline entries (timelineEntries.ts)
  // returns its items in timeline order, so the page stops after `first` kept rows
  // whatever the size of the place. Only a place has entries, so the place needs no
  // lookup of its own; with one (a cartesian product) the planner sorted the page
  // instead of reading it in index order.
  const source = f.place
    ? [entriesIn('e', '$place'), 'MATCH (n:Node {id: e.item})']
    : // The sortKey index holds exactly the timeline's items, in its order (see sortKey.ts),
      // so the page is read off it, filters applied as it goes, and no sort runs.
      ['MATCH (n:Node) WHERE n.sortKey IS NOT NULL'];
  return {
    cypher: [
      ...source,
      // A CASE, not an OR of labels: the planner splits such an OR into a union of
      // two scans, which loses the index order and sorts everything again.
      `${f.place ? 'WHERE' : '  AND'} CASE`,
      '    WHEN n:Event THEN $includeEvents AND ($eventKinds IS NULL OR n.kind IN $eventKinds)',
      '    WHEN n:Negotiation THEN $includeNegotiations AND ($negotiationKinds IS NULL OR n.kind IN $negotiationKinds)',
      '    ELSE false END',
      // Only the bounds given: an absent one would still cost its test on every row.
      ...(f.dateFrom !== null ? [`  AND ${endsOnOrAfter('n', 'dateFrom')}`] : []),
      ...(f.dateTo !== null ? [`  AND ${startsOnOrBefore('n', 'dateTo')}`] : []),
      '  AND ($participant IS NULL OR EXISTS {',
      '    MATCH (n)-[:CARRIED_OUT_BY|PARTY_TO|PARTICIPATED_IN|RESPONDED_TO]-(:Node {id: $participant}) })',
      // Within one place's prefix, key order is sortKey order.
      `WITH n ORDER BY ${f.place ? 'e.key' : 'n.sortKey'} LIMIT $first`,
      `RETURN ${projectNode('n', plan)} AS node`,
    ].join('\n'),
    params: { ...f, first },
  };
}
