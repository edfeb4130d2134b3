import type { CypherQuery } from '../db/cypherQuery.js';
import { MAX_PART_DEPTH } from './connectionCypher.js';
import { sortKeyOf } from './sortKey.js';

/**
 * The place-filtered timeline read off an index. Walking down from a place and
 * sorting what it finds costs the size of the place; instead the writer keeps, for
 * every item (event or negotiation) and every place it is in, one
 * `(:TimelineEntry {place, item, key})`, key = place id + '|' + the item's sortKey
 * (sortKey.ts). A prefix seek on the key index returns a place's items in timeline
 * order, and a page stops after `first` rows that pass the filters.
 *
 * "In a place" is what the down-walk meant: the place is an ancestor-or-self (PART_OF,
 * up to 6 hops) of a place the item OCCURRED_IN or was HELD_IN; an item without a
 * place of its own counts as where its nearest wholes with one happened (PART_OF
 * among events and negotiations, up to MAX_PART_DEPTH).
 *
 * Entries carry no :Node label and no relationships, so nothing that reads the graph
 * (queries, traversals, search, counts, the change feed) can reach them; only the
 * timeline and their upkeep name the label.
 */

/** Cannot occur in a node id (ids are slugs, SLUG in src/write/nodeFields.ts), so a place's prefix is its alone. */
export const ENTRY_SEPARATOR = '|';

/** The relationships that decide which places an item is in: its own (OCCURRED_IN, HELD_IN) and PART_OF above and below. */
export const PLACING_TYPES = ['PART_OF', 'OCCURRED_IN', 'HELD_IN'] as const;

/** The entries of the place whose id is the Cypher expression `place`, in timeline order off the key index. */
export const entriesIn = (e: string, place: string): string =>
  `MATCH (${e}:TimelineEntry) WHERE ${e}.key STARTS WITH ${place} + '${ENTRY_SEPARATOR}'`;

/** Part of the schema statements: the page's order, and the upkeep's lookup by item. */
export const TIMELINE_ENTRY_INDEXES = [
  'CREATE INDEX timeline_entry_key IF NOT EXISTS FOR (e:TimelineEntry) ON (e.key)',
  'CREATE INDEX timeline_entry_item IF NOT EXISTS FOR (e:TimelineEntry) ON (e.item)',
];

const OWN_PLACE = 'EXISTS { (part)-[:OCCURRED_IN|HELD_IN]->(:Place) }';

/**
 * Replaces the entries of item `v` (bound, an event or negotiation) with those the
 * graph now implies: up from the item through parts without a place of their own to
 * the wholes that have one, then up from their places.
 */
const rebuildEntries = (v: string): string[] => [
  `CALL (${v}) {`,
  `  MATCH (old:TimelineEntry {item: ${v}.id})`,
  '  DELETE old',
  '}',
  `CALL (${v}) {`,
  `  MATCH (${v}) ((part:Event|Negotiation)-[:PART_OF]->() WHERE NOT ${OWN_PLACE}){0,${MAX_PART_DEPTH}} (held)`,
  '  MATCH (held)-[:OCCURRED_IN|HELD_IN]->(:Place)-[:PART_OF*0..6]->(p:Place)',
  `  WITH DISTINCT ${v}, p`,
  `  CREATE (:TimelineEntry {place: p.id, item: ${v}.id, key: p.id + '${ENTRY_SEPARATOR}' + ${sortKeyOf(v)}})`,
  '}',
];

/**
 * The items whose entries a change at node `r` (bound) can alter: itself and its parts
 * that take their place from it; and the items in it, read from the entries, when `r`
 * is a place, or in the places that hang below it when it is not (PART_OF allows a
 * place to be part of an event or a figure).
 */
const itemsUnder = (r: string): string[] => [
  `CALL (${r}) {`,
  `  MATCH (${r}) (()<-[:PART_OF]-(part:Event|Negotiation) WHERE NOT ${OWN_PLACE}){0,${MAX_PART_DEPTH}} (n)`,
  '  RETURN n.id AS item',
  '  UNION',
  `  WITH ${r} WHERE ${r}:Place`,
  `  ${entriesIn('e', `${r}.id`)}`,
  '  RETURN e.item AS item',
  '  UNION',
  `  WITH ${r} WHERE NOT ${r}:Place`,
  `  MATCH (y:Place)-[:PART_OF*1..5]->(${r})`,
  `  ${entriesIn('e', 'y.id')}`,
  '  RETURN e.item AS item',
  '}',
];

/**
 * Brings the entries up to date after a write: those of `items`, and of every item a
 * change at one of `roots` can alter (see itemsUnder). An item that no longer exists
 * loses its entries; one that does gets them rebuilt from the graph as it now is.
 */
export function refreshTimelineEntries(roots: string[], items: string[]): CypherQuery {
  return {
    cypher: [
      'CALL () {',
      '  UNWIND $roots AS root',
      '  MATCH (r:Node {id: root})',
      ...itemsUnder('r').map((l) => `  ${l}`),
      '  RETURN collect(item) AS found',
      '}',
      'UNWIND found + $items AS id',
      'WITH DISTINCT id',
      'CALL (id) {',
      '  MATCH (gone:TimelineEntry {item: id})',
      '  WHERE NOT EXISTS { MATCH (:Node {id: id}) }',
      '  DELETE gone',
      '}',
      'MATCH (n:Node {id: id}) WHERE n:Event OR n:Negotiation',
      ...rebuildEntries('n'),
      'RETURN count(n) AS refreshed',
    ].join('\n'),
    params: { roots, items },
  };
}

/**
 * One batch of the one-time build for graphs written before the entries existed (and
 * after a bulk load that bypasses the writer): rebuilds the entries of up to `batch`
 * items with ids after `after`, in id order; run from '' until it reports 0, passing
 * the `last` id of each batch to the next.
 */
export function rebuildTimelineEntries(after: string, batch: number): CypherQuery {
  return {
    cypher: [
      'MATCH (n:Node) WHERE n.id > $after AND (n:Event OR n:Negotiation)',
      'WITH n ORDER BY n.id LIMIT $batch',
      ...rebuildEntries('n'),
      'RETURN count(n) AS rebuilt, max(n.id) AS last',
    ].join('\n'),
    params: { after, batch },
  };
}
