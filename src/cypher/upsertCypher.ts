import type { CypherQuery } from '../db/cypherQuery.js';
import type { NodeLabel, RelationshipType } from '../model.js';
import { setNameKey } from './nameKey.js';
import { DATE_FIELDS, labelsFor } from './nodeLabels.js';

/** One node to write: its id, plain properties, and ISO dates kept apart for `date()`. */
export interface NodeRow {
  id: string;
  props: Record<string, unknown>;
  dates: Partial<Record<(typeof DATE_FIELDS)[number], string | null>>;
}

/** One relationship to write between two existing nodes. */
export interface RelationshipRow {
  id: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

/** The stable id of a relationship: readable and unique per (from, type, to). */
export function relationshipId(from: string, type: string, to: string): string {
  return `${from}:${type}:${to}`;
}

const dateSets = DATE_FIELDS.map(
  (f) => `n.${f} = CASE WHEN row.dates.${f} IS NULL THEN null ELSE date(row.dates.${f}) END`,
).join(', ');

/**
 * Creates or replaces nodes of one label. `SET n = …` replaces every property, so
 * re-running with the same rows leaves the graph exactly as it was (idempotent).
 */
export function upsertNodes(label: NodeLabel, rows: NodeRow[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $rows AS row',
      `MERGE (n:Node {id: row.id})`,
      `SET n${labelsFor(label)}`,
      'SET n = row.props, n.id = row.id',
      `SET ${dateSets}`,
      setNameKey('n'),
      'RETURN count(n) AS written',
    ].join('\n'),
    params: { rows },
  };
}

/**
 * Creates or replaces relationships of one type. Endpoints must exist; a row whose
 * endpoint is missing is reported back in `missing` so the caller can roll back.
 */
export function upsertRelationships(type: RelationshipType, rows: RelationshipRow[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $rows AS row',
      'OPTIONAL MATCH (a:Node {id: row.from})',
      'OPTIONAL MATCH (b:Node {id: row.to})',
      'CALL (a, b, row) {',
      '  WITH a, b, row WHERE a IS NOT NULL AND b IS NOT NULL',
      `  MERGE (a)-[r:${type}]->(b)`,
      '  SET r = row.props, r.id = row.id',
      '  RETURN count(r) AS done',
      '}',
      'RETURN sum(done) AS written, [x IN collect(CASE WHEN a IS NULL OR b IS NULL THEN row.id END) WHERE x IS NOT NULL] AS missing',
    ].join('\n'),
    params: { rows },
  };
}
