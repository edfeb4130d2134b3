import type { Db } from '../db/database.js';
import type { CypherQuery } from '../db/cypherQuery.js';

/**
 * A Db that notes the `id` of every record its reads return, at any depth (nested
 * relationship lists folded into root statements included). That is a superset of
 * the ids the answer shows, whether or not the query selected `id`: a node's name
 * changed behind `person { memberOf { name } }` is found by the organisation's id.
 */
export function trackingDb(db: Db, ids: Set<string>): Db {
  return {
    read: async (query: CypherQuery) => {
      const rows = await db.read(query);
      collectIds(rows, ids);
      return rows;
    },
    write: (query) => db.write(query),
    writeAll: (queries, options) => db.writeAll(queries, options),
    transaction: (work, options) => db.transaction(work, options),
  };
}

function collectIds(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectIds(v, into);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') into.add(v);
      else if (v && typeof v === 'object') collectIds(v, into);
    }
  }
}
