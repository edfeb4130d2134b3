import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { createLoaders } from '../loaders.js';
import { cacheKey, sha256 } from './cacheKey.js';
import type { Logger } from '../logger.js';
import { planOperation } from './operationDependencies.js';
import type { ResponseCache } from './responseCache.js';
import { trackingDb } from './trackingDb.js';

/** Tells clients and tests whether an answer came from the cache; absent when the operation is not cacheable. */
export const CACHE_HEADER = 'x-response-cache';

/**
 * Serves repeated queries from {@link ResponseCache} before execution (Apollo's
 * responseForOperation), and stores answers without errors when they are sent.
 * Over HTTP most hits are answered earlier, by cacheLane.ts; this path serves the
 * rest (in-process operations, requests the lane leaves to Apollo). It
 * sees only the document, variables and context, so it works whatever executes
 * the operation. A mutation's writes are evicted by localWritesPlugin
 * (src/cache/localWrites.ts) before it is answered, so the next read here sees them.
 *
 * GET answers get `Cache-Control: no-cache`: a CDN or browser may keep them but
 * must revalidate each time (Express answers 304 when the ETag still matches), so
 * a copy outside the server is never served stale either.
 */
export function responseCachePlugin(cache: ResponseCache, log: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let key: string | undefined;
      let generation = 0;
      let hit = false;
      let deps: { global: boolean; ids: Set<string> } | undefined;
      return {
        async responseForOperation(rc) {
          // No operation by that name: Apollo's execution reports it.
          if (!rc.operation) return null;
          const plan = planOperation(rc.document, rc.operation, rc.request.variables);
          if (!plan.cacheable || !cache.serving) return null;
          const hash = rc.queryHash ?? sha256(rc.source);
          key = cacheKey(hash, rc.request.operationName, rc.request.variables);
          const cached = cache.get(key);
          if (cached) {
            hit = true;
            cache.hits++;
            log.debug({ operation: rc.operationName ?? hash.slice(0, 12) }, 'response cache hit');
            return { http: rc.response.http, body: { kind: 'single', singleResult: cached } };
          }
          cache.misses++;
          // Taken before any read: an eviction from now on means this answer may predate a write.
          generation = cache.generation;
          deps = { global: plan.global, ids: plan.askedIds };
          // The answer depends on every record its reads return; loaders are rebuilt over the tracking Db.
          const ctx = rc.contextValue;
          ctx.db = trackingDb(ctx.db, deps.ids);
          ctx.loaders = createLoaders(ctx.db);
          return null;
        },
        async willSendResponse(rc) {
          if (key === undefined) return;
          rc.response.http.headers.set(CACHE_HEADER, hit ? 'hit' : 'miss');
          if (rc.request.http?.method === 'GET') rc.response.http.headers.set('cache-control', 'no-cache');
          const body = rc.response.body;
          if (hit || !deps || body.kind !== 'single' || body.singleResult.errors) return;
          const stored = cache.set(key, body.singleResult, deps, generation);
          if (!stored)
            log.debug({ operation: rc.operationName }, 'response cache: answer not stored (a write overlapped it)');
        },
      };
    },
  };
}
