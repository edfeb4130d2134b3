import type { Config } from './config.js';
import type { Database, Db, StatementCount } from './db/database.js';
import type { Logger } from './logger.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { Live } from './live/liveContext.js';

/** Per-request context handed to every resolver. */
export interface Context {
  /** The database, counting this request's statements into `stats`. */
  db: Db;
  config: Config;
  log: Logger;
  loaders: Loaders;
  /** The bearer token the request carried, if any. */
  token: string | undefined;
  /** Statements this request sent, counted by the Database itself; tests and logs read it. */
  stats: StatementCount;
  /** Set on WebSocket contexts only: what subscription resolvers need (src/live). */
  live?: Live;
}

/** The bearer token of an Authorization header; the scheme name is case-insensitive (RFC 9110). */
export const bearerToken = (authorization: string | undefined): string | undefined =>
  /^bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];

/**
 * A fresh context for one request (or one subscription event): its own loaders and
 * statement count. Only `counting` is needed of the database, so a bench can hand in
 * another source of rows.
 */
export function createContext(
  database: Pick<Database, 'counting'>,
  config: Config,
  log: Logger,
  token: string | undefined,
): Context {
  const stats: StatementCount = { statements: 0 };
  const db = database.counting(stats);
  return { db, config, log, token, stats, loaders: createLoaders(db) };
}
