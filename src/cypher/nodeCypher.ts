import type { CypherQuery } from '../db/cypherQuery.js';
import type { NodeLabel, RelationshipType } from '../model.js';
import type { RelDirection } from '../relationFields.js';
import { fullNodeMap, nodeMap, relMap } from './projections.js';

export type { RelDirection };

/** Fetches nodes by id, optionally only of one label; one row per id found. */
export function nodesByIds(ids: readonly string[], label?: NodeLabel): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      `MATCH (n:${label ?? 'Node'} {id: id})`,
      `RETURN id, ${fullNodeMap('n')} AS node`,
    ].join('\n'),
    params: { ids },
  };
}

/** A relationship pattern of one type and direction, bound to `r`. */
export const arrow = (r: string, type: string, dir: RelDirection): string =>
  dir === 'OUT' ? `-[${r}${type}]->` : dir === 'IN' ? `<-[${r}${type}]-` : `-[${r}${type}]-`;

/**
 * The order of every relationship list: dated first by date, then alphabetically
 * ignoring case (as the connections sort), with the id settling ties. Shared by the
 * batched loader query and the prefetching projection so both return one order.
 */
export const relatedOrder = (m: string): string =>
  `coalesce(${m}.date, date("9999-12-31")), toLower(coalesce(${m}.name, ${m}.text, ${m}.id)), ${m}.id`;

/**
 * The places `p` lies in, nearest first, bound to `a` (ends with `a` ordered; the
 * caller returns it). One shortest path per ancestor gives its distance without an
 * aggregation, which Cypher does not allow inside the COLLECT subqueries of a
 * projection. Shared by {@link ancestorsOf} and the prefetching projection; helper
 * variables are named after `a` so nested uses do not collide.
 */
export const ancestorsMatch = (p: string, a: string): string[] => [
  `MATCH ${a}Path = ANY SHORTEST (${p})-[:PART_OF]->{1,6}(${a}:Place)`,
  `WITH ${a}, length(${a}Path) AS ${a}Hops ORDER BY ${a}Hops, toLower(${a}.name), ${a}.id`,
];

/**
 * For many nodes at once, the relationships of one type in one direction together
 * with the node at the far end. This is what DataLoader batches nested fields into:
 * one query per (type, direction) per request, however many parents there are.
 * Lists come in {@link relatedOrder}.
 */
export function relatedByIds(ids: readonly string[], type: RelationshipType, dir: RelDirection): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (n:Node {id: id})',
      `OPTIONAL MATCH (n)${arrow('r', `:${type}`, dir)}(m)`,
      `WITH id, r, m ORDER BY ${relatedOrder('m')}`,
      `RETURN id, [x IN collect(CASE WHEN r IS NULL THEN null ELSE {rel: ${relMap('r')}, other: ${nodeMap('m')}} END) WHERE x IS NOT NULL] AS items`,
    ].join('\n'),
    params: { ids },
  };
}

/**
 * The generic `relationships(direction, types, first)` field, batched over parents.
 * Types travel as a parameter; `first` caps each parent's list inside the query.
 */
export function relationshipsOf(
  ids: readonly string[],
  dir: RelDirection,
  types: readonly string[] | null,
  first: number,
): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (n:Node {id: id})',
      'CALL (n) {',
      `  MATCH (n)${arrow('r', '', dir)}(m)`,
      '  WHERE $types IS NULL OR type(r) IN $types',
      '  WITH r, m ORDER BY type(r), toLower(coalesce(m.name, m.text, m.id)), m.id LIMIT $first',
      `  RETURN collect({rel: ${relMap('r')}, other: ${nodeMap('m')}}) AS items`,
      '}',
      'RETURN id, items',
    ].join('\n'),
    params: { ids, types, first },
  };
}

/**
 * Events located in each place or, transitively, in any place inside it — the
 * `Place.events(includeContained: true)` field and the `place` filters.
 */
export function eventsInPlaces(ids: readonly string[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (p:Place {id: id})',
      'CALL (p) {',
      '  MATCH (e:Event)-[:OCCURRED_IN]->(:Place)-[:PART_OF*0..6]->(p)',
      '  WITH DISTINCT e ORDER BY coalesce(e.date, date("9999-12-31")), toLower(e.name), e.id',
      `  RETURN collect(${nodeMap('e')}) AS items`,
      '}',
      'RETURN id, items',
    ].join('\n'),
    params: { ids },
  };
}

/** Each place's ancestors, nearest first (`Place.partOf`). */
export function ancestorsOf(ids: readonly string[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (p:Place {id: id})',
      'CALL (p) {',
      ...ancestorsMatch('p', 'a').map((line) => `  ${line}`),
      `  RETURN collect(${nodeMap('a')}) AS items`,
      '}',
      'RETURN id, items',
    ].join('\n'),
    params: { ids },
  };
}
