import { ENTITY, ENTITY_LABELS, NODE, NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../model.js';
import type { CypherQuery } from '../db/cypherQuery.js';
import { nameKeyIndexes } from './nameKey.js';
import { SORT_KEY_INDEX } from './sortKey.js';
import { TIMELINE_ENTRY_INDEXES } from './timelineEntries.js';

/** Name of the full-text index behind `search`. */
export const SEARCH_INDEX = 'entity_search';

/**
 * Constraints and indexes the graph relies on, all `IF NOT EXISTS` so they can run
 * on every start. Schema statements cannot share a transaction with data writes,
 * so each is its own query.
 */
export function schemaStatements(): CypherQuery[] {
  const q = (cypher: string): CypherQuery => ({ cypher, params: {} });
  const out: CypherQuery[] = [q(`CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:${NODE}) REQUIRE n.id IS UNIQUE`)];
  for (const label of NODE_LABELS) {
    out.push(q(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`));
  }
  for (const label of ENTITY_LABELS) {
    out.push(q(`CREATE INDEX ${label.toLowerCase()}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`));
  }
  out.push(q(`CREATE INDEX entity_name IF NOT EXISTS FOR (n:${ENTITY}) ON (n.name)`));
  out.push(...nameKeyIndexes().map(q));
  for (const label of ['Place', 'Organization', 'Event', 'Negotiation', 'Proposal']) {
    out.push(q(`CREATE INDEX ${label.toLowerCase()}_kind IF NOT EXISTS FOR (n:${label}) ON (n.kind)`));
  }
  out.push(q('CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)'));
  out.push(q('CREATE INDEX negotiation_date IF NOT EXISTS FOR (n:Negotiation) ON (n.date)'));
  // With the date indexes, what a dateFrom filter seeks before its exact overlap test (see dateOverlap.ts).
  out.push(q('CREATE INDEX event_end_date IF NOT EXISTS FOR (n:Event) ON (n.endDate)'));
  out.push(q('CREATE INDEX negotiation_end_date IF NOT EXISTS FOR (n:Negotiation) ON (n.endDate)'));
  out.push(q(SORT_KEY_INDEX));
  out.push(...TIMELINE_ENTRY_INDEXES.map(q));
  out.push(q('CREATE INDEX figure_measure IF NOT EXISTS FOR (n:Figure) ON (n.measure)'));
  for (const type of RELATIONSHIP_TYPE_NAMES) {
    out.push(q(`CREATE INDEX rel_${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.id)`));
  }
  // Mentions: one per target and span (the writer MERGEs on the key), read a page
  // at a time in (source, start, end) order per target.
  out.push(q('CREATE CONSTRAINT mention_key IF NOT EXISTS FOR (m:Mention) REQUIRE m.key IS UNIQUE'));
  out.push(q('CREATE INDEX mention_target IF NOT EXISTS FOR (m:Mention) ON (m.target, m.source, m.start, m.end)'));
  // The change feed: its head, and its records by sequence number.
  out.push(q('CREATE CONSTRAINT feed_head_id IF NOT EXISTS FOR (h:FeedHead) REQUIRE h.id IS UNIQUE'));
  out.push(q('CREATE CONSTRAINT change_seq IF NOT EXISTS FOR (c:Change) REQUIRE c.seq IS UNIQUE'));
  out.push(
    q(
      `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ` +
        "ON EACH [n.name, n.aliasesText, n.description] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
    ),
  );
  return out;
}

/** Waits until every index is online, so the first search after seeding finds data. */
export function awaitIndexes(): CypherQuery {
  return { cypher: 'CALL db.awaitIndexes(300)', params: {} };
}
