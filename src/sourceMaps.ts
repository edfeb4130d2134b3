import type { Config } from './config.js';

/**
 * tsx turns on Node's source maps, so every `error.stack` read maps each frame back
 * to TypeScript. The Neo4j driver reads one for every statement it runs (it keeps the
 * caller's stack to attach to a later error). Profiling `npm run bench:executor`, that
 * capture took 11% of busy CPU samples with source maps and 8% without. In
 * production, where no stack reaches a client, they are turned off; logged stacks
 * then name the transpiled lines, which tsx keeps close to the source.
 * EXPOSE_STACKTRACES keeps them on.
 */
export function applySourceMapSetting(config: Pick<Config, 'env' | 'exposeStacktraces'>): void {
  if (config.env === 'production' && !config.exposeStacktraces) process.setSourceMapsEnabled(false);
}
