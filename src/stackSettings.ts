import type { Config } from './config.js';
import { setCallerStacks } from './db/database.js';

/**
 * Stack traces cost CPU on the hot path, and in production no stack reaches a client.
 *
 * - tsx turns on Node's source maps, so every `error.stack` read maps each frame back
 *   to TypeScript. In a profile of the in-process executor bench of round 2
 *   (bench/results/executor-profile.json), the driver's stack capture
 *   (below) took 11% of busy CPU samples with source maps and 8% without.
 * - The Neo4j driver builds a stack for every statement it runs, to attach the
 *   caller's frames to a later error. bench/readTx.ts measured about 20% of the
 *   driver's CPU per statement for it (source maps off); the Database logs a failed
 *   statement's Cypher instead.
 *
 * Both are turned off in production; logged stacks then name the transpiled lines,
 * which tsx keeps close to the source. EXPOSE_STACKTRACES keeps them on.
 */
export function applyStackSettings(config: Pick<Config, 'env' | 'exposeStacktraces'>): void {
  if (config.env !== 'production' || config.exposeStacktraces) return;
  process.setSourceMapsEnabled(false);
  setCallerStacks(false);
}
