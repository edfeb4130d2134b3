import type { CypherQuery } from '../db/cypherQuery.js';
import { ENTITY, ENTITY_LABELS } from '../model.js';

/**
 * Name-ordered pages sort case-insensitively. `toLower(n.name)` cannot be read off
 * an index, so every write of a name also stores it lower-cased as `nameKey`, which
 * a range index per entity label serves in order: a page then reads `first + 1`
 * index entries instead of sorting every node of the label.
 */
export const nameKeyOf = (v: string): string => `toLower(${v}.name)`;

export const setNameKey = (v: string): string => `SET ${v}.nameKey = ${nameKeyOf(v)}`;

/** Range indexes on `nameKey`, one per entity label (part of the schema statements). */
export const nameKeyIndexes = (): string[] =>
  ENTITY_LABELS.map((l) => `CREATE INDEX ${l.toLowerCase()}_name_key IF NOT EXISTS FOR (n:${l}) ON (n.nameKey)`);

/**
 * Fills in `nameKey` where it is missing or stale (data written before it existed, or
 * by hand), `batch` nodes at a time; run until it reports 0.
 */
export function backfillNameKeys(batch: number): CypherQuery {
  return {
    cypher: [
      `MATCH (n:${ENTITY}) WHERE n.name IS NOT NULL AND (n.nameKey IS NULL OR n.nameKey <> toLower(n.name))`,
      'WITH n LIMIT $batch',
      setNameKey('n'),
      'RETURN count(n) AS updated',
    ].join('\n'),
    params: { batch },
  };
}
