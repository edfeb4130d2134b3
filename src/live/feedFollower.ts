import type { Db } from '../db/database.js';
import { labelsOfIds } from '../cypher/labelsCypher.js';
import { CodedError, ServiceUnavailableError } from '../errors.js';
import { FeedPrunedError, readFeed, readFeedHead, type ChangeRecord } from '../feed/changeFeed.js';
import type { Logger } from '../logger.js';

export type { ChangeRecord };

/** What the follower hands its listeners, in order. */
export type FeedEvent =
  | { kind: 'change'; change: ChangeRecord }
  /** Reading the feed failed; the follower keeps retrying from the last record it delivered. */
  | { kind: 'unavailable'; error: CodedError }
  /** Reads work again; nothing was skipped. */
  | { kind: 'recovered' }
  /** The outage outlasted the feed's retention: records were lost, listeners must reload. */
  | { kind: 'pruned'; error: FeedPrunedError };

export type FeedListener = (event: FeedEvent) => void;

/** Records read per poll; a longer backlog is read in further polls at once. */
const PAGE = 500;
/** Label lookups kept for the `types` filter: one per recent record, shared by all subscribers. */
const LABEL_CACHE = 256;

/**
 * Follows the change feed for one replica: one poll every `intervalMs`, however
 * many subscribers there are, fanned out in memory. Starts at the head, so a
 * replica delivers what is written after it started (graphChanged's `since`
 * replays older records straight from the feed). When reads fail, listeners are
 * told once, and polling resumes from the last delivered record when Neo4j is back:
 * nothing is skipped unless pruning removed it meanwhile.
 */
export class FeedFollower {
  private last: number | undefined;
  private readonly listeners = new Set<FeedListener>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private failing: CodedError | undefined;
  private readonly labels = new Map<number, Promise<Set<string>>>();
  /** The poll running now, and the one queued behind it that catchUp callers share. */
  private running: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;
  /** Polls made, for the idle read-cost measurement. */
  polls = 0;

  constructor(
    private readonly db: Db,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  /**
   * Begins polling; the first poll reads the head. Not awaited, so a server starts
   * at once even while Neo4j is unreachable (polling retries).
   */
  start(): void {
    void this.catchUp().finally(() => this.schedule());
  }

  /**
   * Polls once more as soon as the poll in flight (if any) ends, and resolves when
   * listeners have been handed every record committed before the call. Polls never
   * overlap, so no record is delivered twice; callers arriving meanwhile share the
   * queued poll.
   */
  catchUp(): Promise<void> {
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      this.running = this.poll();
      return this.running;
    });
    return this.queued;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.listeners.clear();
  }

  /** The last sequence number delivered; undefined until the feed's head has been read once. */
  get position(): number | undefined {
    return this.last;
  }

  get healthy(): boolean {
    return this.failing === undefined;
  }

  /** Adds a listener; one that joins during an outage is told at once. */
  subscribe(listener: FeedListener): () => void {
    this.listeners.add(listener);
    if (this.failing) listener({ kind: 'unavailable', error: this.failing });
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  /** The type labels of the nodes a record names (read once per record, whoever asks). */
  labelsOf(change: ChangeRecord): Promise<Set<string>> {
    let found = this.labels.get(change.seq);
    if (!found) {
      found = change.nodeIds.length
        ? this.db.read(labelsOfIds(change.nodeIds)).then(([row]) => new Set((row?.labels ?? []) as string[]))
        : Promise.resolve(new Set<string>());
      // A failed lookup is not kept: the next subscriber asks again.
      found.catch(() => this.labels.delete(change.seq));
      this.labels.set(change.seq, found);
      if (this.labels.size > LABEL_CACHE) this.labels.delete(this.labels.keys().next().value as number);
    }
    return found;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.catchUp().finally(() => this.schedule()), this.intervalMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    this.polls++;
    try {
      if (this.last === undefined) {
        this.last = (await readFeedHead(this.db)).head;
      } else {
        // Drain a backlog (after an outage, or a burst) page by page before sleeping.
        for (let full = true; full && !this.stopped;) {
          const page = await readFeed(this.db, this.last, PAGE);
          this.recover();
          for (const change of page.changes) {
            this.last = change.seq;
            this.emit({ kind: 'change', change });
          }
          full = page.changes.length === PAGE;
        }
      }
      this.recover();
    } catch (err) {
      if (err instanceof FeedPrunedError) {
        // Too far behind: tell everyone, then carry on from the current head.
        this.log.warn(
          { since: this.last },
          'live updates: the feed was pruned past this replica; resuming at the head',
        );
        this.emit({ kind: 'pruned', error: err });
        this.last = undefined;
        return;
      }
      if (!this.failing) {
        this.failing = err instanceof CodedError ? err : new ServiceUnavailableError();
        this.log.warn({ err, since: this.last }, 'live updates: reading the change feed failed; retrying');
        this.emit({ kind: 'unavailable', error: this.failing });
      }
    }
  }

  private recover(): void {
    if (!this.failing) return;
    this.failing = undefined;
    this.log.info({ since: this.last }, 'live updates: the change feed is readable again');
    this.emit({ kind: 'recovered' });
  }

  private emit(event: FeedEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}
