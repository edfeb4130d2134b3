import { PREFETCHED } from '../cypher/prefetchCypher.js';
import { relatedKey, toRelRecord, type Loaders, type RelItem } from '../loaders.js';
import type { NodeRecord } from '../records.js';
import type { FetchPlan } from './fetchPlan.js';

/**
 * Hands a node's prefetched lists (see projectNode) to the request's DataLoaders,
 * recursively, and strips them from the record. The resolvers then find in the
 * loaders' cache what they would otherwise have queried for.
 */
export function primeLoaders(loaders: Loaders, node: NodeRecord, plan: FetchPlan): void {
  const lists = node[PREFETCHED] as Record<string, unknown> | null | undefined;
  delete node[PREFETCHED];
  if (!lists) return;
  for (const f of plan.fetches) {
    const list = lists[f.key];
    if (!Array.isArray(list)) continue;
    if (f.source.kind === 'ancestors') {
      const places = list as NodeRecord[];
      for (const p of places) primeLoaders(loaders, p, f.child);
      loaders.ancestors.prime(node.id, places);
    } else {
      const items = list as RelItem[];
      for (const item of items) primeLoaders(loaders, item.other, f.child);
      loaders.related.prime(relatedKey(node.id, f.source.type, f.source.dir), items.map(toRelRecord(node.id)));
    }
  }
}
