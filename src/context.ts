import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Logger } from './logger.js';
import type { Loaders } from './loaders.js';

/** Per-request context handed to every resolver. */
export interface Context {
  db: Database;
  config: Config;
  log: Logger;
  loaders: Loaders;
  /** The bearer token the request carried, if any. */
  token: string | undefined;
  /** Database round trips made for this request; tests and logs read it. */
  stats: { queries: number };
}
