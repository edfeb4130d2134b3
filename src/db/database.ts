import neo4j, { Neo4jError, type Driver, type Result } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { CypherQuery } from './cypherQuery.js';
import { toParams, toPlain } from './toPlain.js';
import { Rollback } from './rollback.js';
import { translateError } from './translateError.js';
import { CodedError, ContendedError, ServiceUnavailableError } from '../errors.js';

export type Row = Record<string, unknown>;

/**
 * Statements sent for one request. The Database bumps it where each statement is
 * handed to the driver, so no caller can forget to count.
 */
export interface StatementCount {
  statements: number;
}

/** What request-scoped code uses: the Database's calls, counted into one {@link StatementCount}. */
export interface Db {
  read(query: CypherQuery): Promise<Row[]>;
  write(query: CypherQuery): Promise<Row[]>;
  writeAll(queries: CypherQuery[], options?: CallOptions): Promise<Row[][]>;
  transaction<T>(work: (run: (q: CypherQuery) => Promise<Row[]>) => Promise<T>, options?: CallOptions): Promise<T>;
}

/**
 * Driver error codes of lock contention: another transaction holds what this one
 * needs. The driver retries them for its (short) retry budget; writes get a
 * longer budget of their own before reporting CONTENDED.
 */
const CONTENTION_CODES = new Set([
  'Neo.TransientError.Transaction.DeadlockDetected',
  'Neo.TransientError.Transaction.LockAcquisitionTimeout',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.TransientError.Transaction.Outdated',
]);

/** Driver error codes that mean the database cannot be reached at all, not merely that it is busy. */
const OUTAGE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** How often a database in an outage is probed, and how long a probe may take. */
const PROBE_INTERVAL_MS = 500;
const PROBE_TIMEOUT_MS = 1_000;
/** A call in flight longer than this makes the watchdog probe the database. */
const SLOW_CALL_MS = 2_000;

/**
 * Whether the driver keeps each caller's stack for a later error (see
 * src/stackSettings.ts): process-wide, like the source-map setting it goes with.
 */
let callerStacks = true;

export function setCallerStacks(on: boolean): void {
  callerStacks = on;
}

export const callerStacksEnabled = (): boolean => callerStacks;

/**
 * Calls `send` with stack capture off when caller stacks are: the driver builds its
 * stack inside `run` itself, synchronously, so nothing else is affected.
 */
export function withCallerStack<T>(send: () => T): T {
  if (callerStacks) return send();
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return send();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Per-call settings. */
export interface CallOptions {
  /** Transaction timeout for this call instead of the configured one (seeding needs minutes). */
  timeoutMs?: number;
}

/** How long a write contended by other writes is retried, with jittered backoff, before CONTENDED. */
const CONTENTION_BUDGET_MS = 5_000;

export interface DatabaseOptions {
  database?: string | undefined;
  txTimeoutMs: number;
  /**
   * A call still unanswered this long after its transaction timeout is abandoned as
   * an outage (default: txTimeoutMs again).
   */
  deadlineMarginMs?: number;
  /** How long a read that failed with a retryable error is run again (default 1 s). */
  retryBudgetMs?: number;
  log: Logger;
}

/**
 * The only code that touches `neo4j-driver`. Writes run as managed transactions and
 * reads as auto-commit transactions, in the configured database, with a timeout;
 * results come back as plain rows and errors as coded GraphQL errors.
 *
 * When the database becomes unreachable (a statement fails for want of it and a
 * probe confirms, or a call fails after the driver's retries), every call waiting
 * on it is released at once with SERVICE_UNAVAILABLE and new calls fail
 * immediately, instead of each sitting out the driver's retries; a probe twice a
 * second ends the outage as soon as the database answers again. A write released
 * this way has an unknown outcome, as any write does whose commit acknowledgement
 * is lost.
 */
export class Database implements Db {
  readonly #driver: Driver;
  readonly #database: string | undefined;
  readonly #txTimeoutMs: number;
  readonly #deadlineMarginMs: number;
  readonly #retryBudgetMs: number;
  readonly #log: Logger;
  /** Rejecters of the calls in flight, with when each started, so an outage can release them all. */
  readonly #pending = new Map<(e: Error) => void, number>();
  #watchdog: NodeJS.Timeout | undefined;
  #outageSince: number | undefined;
  #confirming = false;
  #closed = false;

  constructor(driver: Driver, options: DatabaseOptions) {
    this.#driver = driver;
    this.#database = options.database;
    this.#txTimeoutMs = options.txTimeoutMs;
    this.#deadlineMarginMs = options.deadlineMarginMs ?? options.txTimeoutMs;
    this.#retryBudgetMs = options.retryBudgetMs ?? 1_000;
    this.#log = options.log;
  }

  /** Creates the driver from configuration; works with bolt, neo4j and neo4j+s URIs. */
  static connect(
    cfg: Pick<Config['neo4j'], 'database' | 'txTimeoutMs' | 'maxPoolSize' | 'connectionTimeoutMs' | 'retryBudgetMs'> & {
      uri: string;
      username: string;
      password: string;
    },
    log: Logger,
  ): Database {
    const driver = neo4j.driver(cfg.uri, neo4j.auth.basic(cfg.username, cfg.password), {
      maxConnectionPoolSize: cfg.maxPoolSize,
      connectionTimeout: cfg.connectionTimeoutMs,
      connectionAcquisitionTimeout: cfg.connectionTimeoutMs,
      // The driver's default 30 s retry budget would hold requests while the
      // database is down; a short budget makes them fail fast with SERVICE_UNAVAILABLE.
      maxTransactionRetryTime: cfg.retryBudgetMs,
      disableLosslessIntegers: true,
      userAgent: 'article-knowledge-graph',
      // The driver warns about every failed connection, with a stack trace; outages
      // are reported once, by this class, instead.
      logging: {
        level: 'error',
        logger: (level, message) => log.error({ driverLevel: level }, message),
      },
    });
    // Past its timeout, a call still gets the driver's retries and a connection attempt.
    const deadlineMarginMs = cfg.retryBudgetMs + cfg.connectionTimeoutMs;
    return new Database(driver, {
      database: cfg.database,
      txTimeoutMs: cfg.txTimeoutMs,
      deadlineMarginMs,
      retryBudgetMs: cfg.retryBudgetMs,
      log,
    });
  }

  /** Runs a read query in a read transaction (routed to a reader in a cluster). */
  read(query: CypherQuery): Promise<Row[]> {
    return this.#read(query, undefined);
  }

  /** Runs a write query in its own write transaction: all of it happens, or none. */
  write(query: CypherQuery): Promise<Row[]> {
    return this.#transaction((run) => run(query), undefined, undefined);
  }

  /**
   * Runs several write statements in one transaction, in order; if any fails,
   * none of them is applied.
   */
  writeAll(queries: CypherQuery[], options?: CallOptions): Promise<Row[][]> {
    return this.#transaction(runAll(queries), options, undefined);
  }

  /**
   * Runs `work` in one write transaction. Whatever `work` throws rolls the whole
   * transaction back, so validations can read, decide, and refuse before anything
   * is committed. `work` may be retried on transient errors and lock contention, so
   * it must only touch the database through `run`.
   */
  transaction<T>(work: (run: (q: CypherQuery) => Promise<Row[]>) => Promise<T>, options?: CallOptions): Promise<T> {
    return this.#transaction(work, options, undefined);
  }

  /** The same calls, each statement counted into `count` (one per request). */
  counting(count: StatementCount): Db {
    return {
      read: (q) => this.#read(q, count),
      write: (q) => this.#transaction((run) => run(q), undefined, count),
      writeAll: (qs, options) => this.#transaction(runAll(qs), options, count),
      transaction: (work, options) => this.#transaction(work, options, count),
    };
  }

  #transaction<T>(
    work: (run: (q: CypherQuery) => Promise<Row[]>) => Promise<T>,
    options: CallOptions | undefined,
    count: StatementCount | undefined,
  ): Promise<T> {
    const timeout = options?.timeoutMs ?? this.#txTimeoutMs;
    return this.#guard(timeout, async () => {
      const session = this.#session(neo4j.session.WRITE);
      // The statement to name in the log. The writer pipelines its statements, so the
      // last one sent is not always the one that failed, and once one fails the server
      // fails those behind it too: the earliest sent of the failed ones is the cause.
      let failed: { at: number; query: CypherQuery } | undefined;
      let current: CypherQuery | undefined;
      const started = Date.now();
      try {
        for (let attempt = 1; ; attempt++) {
          try {
            return await session.executeWrite(
              (tx) => {
                failed = undefined;
                let sent = 0;
                return work(async (q) => {
                  current = q;
                  const at = sent++;
                  try {
                    return await this.#attempt((c, p) => tx.run(c, p), q, count);
                  } catch (e) {
                    if (!failed || at < failed.at) failed = { at, query: q };
                    throw e;
                  }
                });
              },
              { timeout },
            );
          } catch (e) {
            if (!(e instanceof Neo4jError && CONTENTION_CODES.has(e.code))) throw e;
            if (Date.now() - started > CONTENTION_BUDGET_MS) throw new ContendedError(attempt);
            await backoff(attempt);
          }
        }
      } catch (e) {
        throw await this.#fail(e, failed?.query ?? current);
      } finally {
        await session.close();
      }
    });
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL in one round trip,
   * where a managed transaction adds BEGIN and a COMMIT round trip that a single read
   * does not need (bench/readTx.ts measures both forms: bench/results/read-tx.json).
   * The managed transaction's retries are redone here: a read
   * changes nothing, so one that failed with a retryable error (a cluster member
   * going away, a transient error) is run again, with jittered backoff, within the
   * retry budget.
   */
  #read(query: CypherQuery, count: StatementCount | undefined): Promise<Row[]> {
    return this.#guard(this.#txTimeoutMs, async () => {
      const started = Date.now();
      for (let attempt = 1; ; attempt++) {
        const session = this.#session(neo4j.session.READ);
        try {
          // Its own transaction, so the timeout goes with the statement.
          return await this.#attempt((c, p) => session.run(c, p, { timeout: this.#txTimeoutMs }), query, count);
        } catch (e) {
          if (!neo4j.isRetryableError(e as Error) || Date.now() - started >= this.#retryBudgetMs) {
            throw await this.#fail(e, query);
          }
        } finally {
          await session.close();
        }
        await backoff(attempt);
      }
    });
  }

  /** A session in the configured database, sharing executeQuery's bookmarks (read-your-writes in a cluster). */
  #session(mode: 'READ' | 'WRITE') {
    return this.#driver.session({
      database: this.#database,
      defaultAccessMode: mode,
      bookmarkManager: this.#driver.executeQueryBookmarkManager,
    });
  }

  /**
   * One statement in one attempt of a managed transaction, or as an auto-commit
   * transaction of its own, sent by `send`. A failure that looks like
   * an outage is checked at once with a probe, rather than after the driver's retries.
   */
  async #attempt(
    send: (cypher: string, params: Record<string, unknown>) => Result,
    q: CypherQuery,
    count: StatementCount | undefined,
  ): Promise<Row[]> {
    if (count) count.statements += 1;
    try {
      const params = toParams(q.params) as Record<string, unknown>;
      const res = await withCallerStack(() => send(q.cypher, params));
      return res.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (e) {
      if (e instanceof Neo4jError && OUTAGE_CODES.has(e.code)) void this.#confirmOutage(e.code);
      throw e;
    }
  }

  /**
   * Runs one call unless an outage is known, and lets an outage (or the call's
   * deadline) release it early. The released call keeps running in the driver
   * until it settles on its own; its result is dropped.
   */
  async #guard<T>(timeoutMs: number, call: () => Promise<T>): Promise<T> {
    if (this.#outageSince !== undefined) throw new ServiceUnavailableError();
    let release!: (e: Error) => void;
    const released = new Promise<never>((_, reject) => {
      release = reject;
    });
    this.#pending.set(release, Date.now());
    this.#watch();
    const deadlineMs = timeoutMs + this.#deadlineMarginMs;
    const deadline = setTimeout(() => {
      this.#log.error({ deadlineMs }, 'database call unanswered past its deadline');
      this.#enterOutage('a call outlived its deadline');
      release(new ServiceUnavailableError());
    }, deadlineMs);
    const running = call();
    running.catch(() => undefined);
    try {
      return await Promise.race([running, released]);
    } finally {
      clearTimeout(deadline);
      this.#pending.delete(release);
    }
  }

  async #fail(error: unknown, query: CypherQuery | undefined): Promise<Error> {
    // Validation errors raised inside a transaction are the client's, not the database's.
    if (error instanceof CodedError) return error;
    if (error instanceof Rollback) return error;
    let coded = translateError(error);
    const outage = error instanceof Neo4jError && OUTAGE_CODES.has(error.code);
    // Calls released by an outage fail again later, in the driver; it was reported once.
    if (outage && this.#outageSince !== undefined) return coded;
    // A database going down fails transactions in many ways (start failed, terminated,
    // connection torn mid-reply); an unexpected error is its doing if a probe says so.
    const unexpected = coded.extensions.code === 'INTERNAL_SERVER_ERROR';
    const down = unexpected && (this.#outageSince !== undefined || (await this.#probe(PROBE_TIMEOUT_MS)) === 'down');
    if (down) coded = new ServiceUnavailableError();
    // Refused credentials are the operator's problem even though clients see SERVICE_UNAVAILABLE.
    const misconfigured = error instanceof Neo4jError && error.code.startsWith('Neo.ClientError.Security');
    const level = unexpected || misconfigured ? 'error' : 'warn';
    this.#log[level](
      { err: error, code: coded.extensions.code, cypher: query?.cypher.slice(0, 200) },
      'database call failed',
    );
    if (outage || down) this.#enterOutage(error instanceof Neo4jError ? error.code : 'unexpected error');
    return coded;
  }

  /**
   * While calls are in flight, probes the database once a second if one of them has
   * waited longer than SLOW_CALL_MS: a database shutting down can hold running
   * transactions for many seconds before it fails them, and nothing else may be
   * asking it anything meanwhile.
   */
  #watch(): void {
    if (this.#watchdog) return;
    this.#watchdog = setInterval(() => {
      if (this.#pending.size === 0 || this.#closed) {
        clearInterval(this.#watchdog);
        this.#watchdog = undefined;
        return;
      }
      const oldest = Math.min(...this.#pending.values());
      if (Date.now() - oldest > SLOW_CALL_MS) void this.#confirmOutage('calls unanswered');
    }, 1_000).unref();
  }

  /**
   * Enters an outage if a probe fails outright. A probe that merely times out
   * proves nothing on a busy machine, and a lost connection with a healthy
   * database behind it is the driver's to retry.
   */
  async #confirmOutage(reason: string): Promise<void> {
    if (this.#outageSince !== undefined || this.#confirming || this.#closed) return;
    this.#confirming = true;
    try {
      if ((await this.#probe(PROBE_TIMEOUT_MS)) === 'down') this.#enterOutage(reason);
    } finally {
      this.#confirming = false;
    }
  }

  #enterOutage(reason: string): void {
    if (this.#outageSince !== undefined || this.#closed) return;
    this.#outageSince = Date.now();
    this.#log.error(
      { reason, released: this.#pending.size },
      'graph database unavailable; failing fast until it answers',
    );
    for (const release of this.#pending.keys()) release(new ServiceUnavailableError());
    this.#pending.clear();
    void this.#probeUntilBack();
  }

  async #probeUntilBack(): Promise<void> {
    while (!this.#closed) {
      await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS).unref());
      if (this.#closed) return;
      if ((await this.#probe(PROBE_TIMEOUT_MS)) === 'up') {
        this.#log.info({ downMs: Date.now() - (this.#outageSince ?? Date.now()) }, 'graph database available again');
        this.#outageSince = undefined;
        return;
      }
    }
  }

  /**
   * True when the database answers a trivial query within `timeoutMs`; used by
   * GET /ready. During a known outage it answers false at once (the background
   * probe decides when the outage ends).
   */
  async isReady(timeoutMs = 2_000): Promise<boolean> {
    if (this.#outageSince !== undefined) return false;
    return (await this.#probe(timeoutMs)) === 'up';
  }

  /**
   * One `RETURN 1`, without retries: a probe must answer quickly, whatever the
   * database does. 'unknown' when it did not answer in time.
   */
  async #probe(timeoutMs: number): Promise<'up' | 'down' | 'unknown'> {
    const session = this.#driver.session({ database: this.#database, defaultAccessMode: neo4j.session.READ });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<'unknown'>((resolve) => {
      timer = setTimeout(() => resolve('unknown'), timeoutMs);
    });
    const answered = session.run('RETURN 1', {}, { timeout: timeoutMs }).then(
      () => 'up' as const,
      () => 'down' as const,
    );
    try {
      return await Promise.race([answered, timedOut]);
    } finally {
      clearTimeout(timer);
      // Closing waits for the probe; a dead server must not hold the caller.
      void answered.then(() => session.close()).catch(() => undefined);
    }
  }

  close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#watchdog);
    return this.#driver.close();
  }
}

/** Full jitter: contenders that collided once should not collide again in step. */
const backoff = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(1_000, 20 * 2 ** attempt)));

const runAll =
  (queries: CypherQuery[]) =>
  async (run: (q: CypherQuery) => Promise<Row[]>): Promise<Row[][]> => {
    const out: Row[][] = [];
    for (const q of queries) out.push(await run(q));
    return out;
  };
