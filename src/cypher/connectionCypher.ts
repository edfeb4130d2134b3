import type { CypherQuery } from '../db/cypherQuery.js';
import type { EntityLabel } from '../model.js';
import { EMPTY_PLAN, type FetchPlan } from '../prefetch/fetchPlan.js';
import { endsOnOrAfter, startsOnOrBefore } from './dateOverlap.js';
import { projectNode } from './prefetchCypher.js';

/** A keyset position: the sort key and id of the last row a client saw. */
export interface Keyset {
  key: string;
  id: string;
}

export type SortField = 'name' | 'date';

/** A filter clause with its parameters, as connection builders compose them. */
export interface Filter {
  where: string;
  params: Record<string, unknown>;
  /**
   * A clause binding `n` (of the given label) to exactly the rows the filter keeps,
   * for filters that are cheaper walked from their side: the first filter that has
   * one becomes where the page starts, instead of every node of the label.
   */
  source?: (label: string) => string;
}

// Undated rows sort last in both directions; these sentinels make that a plain
// comparison that the keyset predicate can use. Names sort by the stored
// lower-case `nameKey`, which a range index returns in order (src/cypher/nameKey.ts).
const sortKey = (field: SortField, desc: boolean): string =>
  field === 'date' ? `toString(coalesce(n.date, date('${desc ? '0001-01-01' : '9999-12-31'}')))` : 'n.nameKey';

/**
 * The predicate that lets the planner read a name-ordered page straight off the
 * `nameKey` index, starting at the cursor: a range on the key itself.
 */
const indexRange = (field: SortField, desc: boolean, after: Keyset | null): string | null =>
  field !== 'name' ? null : after ? `n.nameKey ${desc ? '<=' : '>='} $after.key` : 'n.nameKey IS NOT NULL';

/**
 * One page of a connection plus the total count, in a single round trip. Paging is
 * keyset-based: the cursor holds (sort key, id) of the last row, and the next page
 * starts strictly after it, so rows added earlier in the order never shift it.
 * Fetches `first + 1` rows to learn whether another page follows. `plan` nests the
 * relationship lists the query will ask of each node (see projectNode).
 */
export function connectionPage(
  label: EntityLabel,
  filters: Filter[],
  sort: { field: SortField; desc: boolean },
  first: number,
  after: Keyset | null,
  plan: FetchPlan = EMPTY_PLAN,
): CypherQuery {
  const key = sortKey(sort.field, sort.desc);
  const cmp = sort.desc ? '<' : '>';
  const from = filters.find((f) => f.source);
  const head = from ? `${from.source!(label)} WITH n` : `MATCH (n:${label})`;
  const where = filters.filter((f) => f !== from).map((f) => `(${f.where})`);
  const whereAll = where.length ? `WHERE ${where.join(' AND ')}` : '';
  // Reading a name order off the index only pays when the page starts from the whole label.
  const range = from ? null : indexRange(sort.field, sort.desc, after);
  const wherePage = [...(range ? [range] : []), ...where];
  const wherePageAll = wherePage.length ? `WHERE ${wherePage.join(' AND ')}` : '';
  const params: Record<string, unknown> = { first: first + 1, after };
  for (const f of filters) Object.assign(params, f.params);
  const dir = sort.desc ? 'DESC' : 'ASC';
  return {
    cypher: [
      `CALL () { ${head} ${whereAll} RETURN count(n) AS totalCount }`,
      `CALL () {`,
      `  ${head} ${wherePageAll}`,
      `  WITH n, ${key} AS sortKey`,
      `  WHERE $after IS NULL OR sortKey ${cmp} $after.key OR (sortKey = $after.key AND n.id ${cmp} $after.id)`,
      `  WITH n, sortKey ORDER BY sortKey ${dir}, n.id ${dir} LIMIT $first`,
      `  RETURN collect({sortKey: sortKey, node: ${projectNode('n', plan)}}) AS rows`,
      `}`,
      'RETURN totalCount, rows',
    ].join('\n'),
    params,
  };
}

/** How deep parts of parts (PART_OF) take their place from the whole; the seed nests two deep. */
export const MAX_PART_DEPTH = 3;

/**
 * A MATCH binding `n` to `whole` and to its parts, parts of parts and so on, that
 * have no `rel` (OCCURRED_IN, HELD_IN) place of their own and so take the whole's.
 * A quantified path pattern: the inner WHERE stops the walk at a part placed elsewhere.
 */
export const partsOf = (whole: string, n: string, labels: string, rel: string): string =>
  `MATCH (${whole}) ((:${labels})<-[:PART_OF]-(part:${labels}) WHERE NOT EXISTS { (part)-[:${rel}]->(:Place) })` +
  `{0,${MAX_PART_DEPTH}} (${n}:${labels})`;

/** Filter builders shared by the connection fields; every value is a parameter. */
export const filters = {
  nameContains: (text: string, p: string): Filter => ({
    where: `toLower(n.name) CONTAINS $${p} OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS $${p})`,
    params: { [p]: text.toLowerCase() },
  }),
  /** Curated records carry no origin property: they match CURATED. */
  origin: (origin: string, p: string): Filter => ({
    where: `coalesce(n.origin, 'CURATED') = $${p}`,
    params: { [p]: origin },
  }),
  kindIn: (kinds: readonly string[], p: string): Filter => ({ where: `n.kind IN $${p}`, params: { [p]: kinds } }),
  equals: (field: string, value: unknown, p: string): Filter => ({
    where: `n.${field} = $${p}`,
    params: { [p]: value },
  }),
  /** Dated nodes under way on or after the date (see dateOverlap.ts); undated ones never match. */
  dateFrom: (d: string, p: string): Filter => ({ where: endsOnOrAfter('n', p), params: { [p]: d } }),
  /** Dated nodes that started on or before the date. */
  dateTo: (d: string, p: string): Filter => ({ where: startsOnOrBefore('n', p), params: { [p]: d } }),
  /** Places inside another place, at any depth. */
  within: (id: string, p: string): Filter => ({
    where: `EXISTS { MATCH (n)-[:PART_OF*1..6]->(:Place {id: $${p}}) }`,
    params: { [p]: id },
  }),
  /**
   * Nodes linked by `rel` (outgoing) to a place or any place inside it, found by
   * walking down from the place, so the work follows the place's size, not the graph's.
   */
  inPlace: (rel: string, id: string, p: string): Filter => ({
    where: `EXISTS { MATCH (n)-[:${rel}]->(:Place)-[:PART_OF*0..6]->(:Place {id: $${p}}) }`,
    params: { [p]: id },
    source: (label) =>
      `MATCH (within:Place {id: $${p}}) CALL (within) { ` +
      `MATCH (within)<-[:PART_OF*0..6]-(:Place)<-[:${rel}]-(n:${label}) RETURN DISTINCT n }`,
  }),
  /**
   * Events or negotiations linked by `rel` (OCCURRED_IN, HELD_IN) to a place or any
   * place inside it, and their parts that have no place of their own: the first round
   * of talks held in Abu Dhabi is in Abu Dhabi too. Walked down from the place.
   */
  heldIn: (label: 'Event' | 'Negotiation', rel: string, id: string, p: string): Filter => ({
    where:
      `EXISTS { MATCH (n) ((part:${label})-[:PART_OF]->(:${label}) WHERE NOT EXISTS { (part)-[:${rel}]->(:Place) })` +
      `{0,${MAX_PART_DEPTH}} (held:${label}) MATCH (held)-[:${rel}]->(:Place)-[:PART_OF*0..6]->(:Place {id: $${p}}) }`,
    params: { [p]: id },
    source: () =>
      `MATCH (within:Place {id: $${p}}) CALL (within) { ` +
      `MATCH (within)<-[:PART_OF*0..6]-(:Place)<-[:${rel}]-(held:${label}) WITH DISTINCT held ` +
      `${partsOf('held', 'n', label, rel)} RETURN DISTINCT n }`,
  }),
  /** Nodes one hop from the given node through any of the listed relationship types. */
  linkedTo: (rels: readonly string[], id: string, p: string): Filter => ({
    where: `EXISTS { MATCH (n)-[:${rels.join('|')}]-(:Node {id: $${p}}) }`,
    params: { [p]: id },
  }),
};
