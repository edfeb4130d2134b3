import { LRUCache } from 'lru-cache';
import type { FormattedExecutionResult } from 'graphql';
import type { FeedEvent, FeedFollower } from '../live/feedFollower.js';
import type { LocalWrite } from './localWrites.js';
import type { Logger } from '../logger.js';
import { resultBody } from './resultBody.js';

/** What a cached answer depends on: ids it contains or asked about, or any write at all. */
export interface Dependencies {
  /** Evicted by any write (lists, search, timeline, neighbourhood, paths). */
  global: boolean;
  ids: Set<string>;
}

interface Entry {
  /**
   * The answer as Apollo sends it, serialized once and kept only in that form: the
   * HTTP lane (cacheLane.ts) sends these bytes, and the plugin's rarer hits parse them.
   */
  cached: CachedBody;
  deps: Dependencies;
}

/** A stored answer's bytes, and their ETag once the HTTP lane has computed it. */
export interface CachedBody {
  body: Buffer;
  etag?: string;
}

/**
 * Whole query answers in memory, bounded by their JSON bytes, evicted by writes.
 * It serves only while it follows this replica's change feed: before the feed's head
 * is known, during a feed outage and after records were pruned unread it cannot
 * know what changed, so it empties itself and neither serves nor stores until the
 * follower is back in step.
 *
 * `generation` counts evictions: an answer computed while an eviction happened may
 * have read data from before that write, so it is stored only if the generation it
 * started under is still current (see {@link ResponseCache.set}).
 *
 * A write through this replica is evicted from its WriteResult before the mutation
 * is answered ({@link ResponseCache.applyWrite}), with no feed read; the follower's
 * record of it is then skipped by its sequence number. Other replicas' writes arrive
 * through the follower, within its poll interval.
 */
export class ResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  /** id → keys of the entries that depend on it. */
  private readonly byId = new Map<string, Set<string>>();
  private readonly globals = new Set<string>();
  private follower: FeedFollower | undefined;
  private unsubscribe: (() => void) | undefined;
  /** Sequence numbers of this replica's writes evicted before the follower read them. */
  private readonly applied = new Set<number>();
  generation = 0;
  /** Every answer served from the cache, by the HTTP lane or by the plugin. */
  hits = 0;
  /** Of {@link hits}, those the HTTP lane served before Apollo saw the request. */
  laneHits = 0;
  misses = 0;

  constructor(
    maxBytes: number,
    private readonly log: Logger,
  ) {
    this.entries = new LRUCache<string, Entry>({
      maxSize: maxBytes,
      sizeCalculation: (entry) => Math.max(1, entry.cached.body.length),
      dispose: (entry, key) => this.unindex(key, entry.deps),
    });
  }

  /** Starts evicting from the feed; until then, and whenever the feed is not followed, nothing is served. */
  follow(follower: FeedFollower): void {
    this.follower = follower;
    this.unsubscribe = follower.subscribe((event) => this.onFeed(event));
  }

  /** Stops serving for good: the server is stopping, and Apollo would refuse what the lane might still answer. */
  stop(): void {
    this.unsubscribe?.();
    this.follower = undefined;
    this.clear();
  }

  /** True while the follower is in step with the feed, so that every write will reach {@link evict}. */
  get serving(): boolean {
    return this.follower !== undefined && this.follower.healthy && this.follower.position !== undefined;
  }

  /**
   * Evicts a write this replica committed, from the ids it reports (all of them,
   * even when its feed record lists none). Once the follower has delivered the
   * write's record it was evicted then; otherwise the record is skipped when it comes.
   */
  applyWrite(write: LocalWrite): void {
    if (write.seq === null) return; // it changed nothing
    const position = this.follower?.position;
    if (position !== undefined && write.seq <= position) return;
    this.applied.add(write.seq);
    this.evict([...write.nodeIds, ...write.relationshipIds]);
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.entries.calculatedSize;
  }

  get(key: string): FormattedExecutionResult | undefined {
    const cached = this.body(key);
    return cached && (JSON.parse(cached.body.toString()) as FormattedExecutionResult);
  }

  /** The stored bytes of an answer, for the HTTP lane; the object is the entry's own, so an ETag set on it stays. */
  body(key: string): CachedBody | undefined {
    if (!this.serving) return undefined;
    return this.entries.get(key)?.cached;
  }

  /**
   * Stores an answer computed under `generation`; refused if any eviction happened
   * since (the answer may predate that write) or if the feed is not followed.
   */
  set(key: string, result: FormattedExecutionResult, deps: Dependencies, generation: number): boolean {
    if (generation !== this.generation || !this.serving) return false;
    this.entries.delete(key);
    this.entries.set(key, { cached: { body: resultBody(result) }, deps });
    if (!this.entries.has(key)) return false; // larger than the whole budget
    if (deps.global) this.globals.add(key);
    for (const id of deps.ids) {
      let keys = this.byId.get(id);
      if (!keys) this.byId.set(id, (keys = new Set()));
      keys.add(key);
    }
    return true;
  }

  /** Drops every answer that any write could change, and those that contain or asked about one of `ids`. */
  evict(ids: Iterable<string>): void {
    this.generation++;
    const keys = new Set(this.globals);
    for (const id of ids) for (const key of this.byId.get(id) ?? []) keys.add(key);
    for (const key of keys) this.entries.delete(key);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.byId.clear();
    this.globals.clear();
  }

  private onFeed(event: FeedEvent): void {
    switch (event.kind) {
      case 'change': {
        const { change } = event;
        if (this.skip(change.seq)) return;
        // An incomplete record lists no ids: anything may have changed.
        if (!change.complete) this.clear();
        else this.evict([...change.nodeIds, ...change.relationshipIds]);
        return;
      }
      case 'unavailable':
      case 'pruned':
        this.log.warn({ reason: event.kind }, 'response cache: the change feed is not followed; cache emptied');
        this.clear();
        return;
      case 'recovered':
        // Nothing was skipped and the cache was emptied at the outage: serving resumes by itself.
        this.generation++;
        return;
    }
  }

  /** True for a record already evicted by applyWrite; forgets those it can no longer meet (records come in order). */
  private skip(seq: number): boolean {
    if (!this.applied.size) return false;
    const seen = this.applied.has(seq);
    for (const s of this.applied) if (s <= seq) this.applied.delete(s);
    return seen;
  }

  private unindex(key: string, deps: Dependencies): void {
    this.globals.delete(key);
    for (const id of deps.ids) {
      const keys = this.byId.get(id);
      if (!keys) continue;
      keys.delete(key);
      if (!keys.size) this.byId.delete(id);
    }
  }
}
