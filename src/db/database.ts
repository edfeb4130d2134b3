import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { CypherQuery } from './cypherQuery.js';
import { toParams, toPlain } from './toPlain.js';
import { translateError } from './translateError.js';
import { CodedError } from '../errors.js';

export type Row = Record<string, unknown>;

/** Called once per database round trip; request contexts use it to count them. */
export type QueryListener = (query: CypherQuery) => void;

/**
 * The only code that touches `neo4j-driver`. Reads and writes run as managed
 * transactions in the configured database, with a timeout; results come back as
 * plain rows and errors as coded GraphQL errors.
 */
export class Database {
  readonly #driver: Driver;
  readonly #database: string | undefined;
  readonly #txTimeoutMs: number;
  readonly #log: Logger;

  constructor(driver: Driver, options: { database?: string | undefined; txTimeoutMs: number; log: Logger }) {
    this.#driver = driver;
    this.#database = options.database;
    this.#txTimeoutMs = options.txTimeoutMs;
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
      logging: {
        level: 'warn',
        logger: (level, message) => log.warn({ driverLevel: level }, message),
      },
    });
    return new Database(driver, { database: cfg.database, txTimeoutMs: cfg.txTimeoutMs, log });
  }

  /** Runs a read query in a read transaction (routed to a reader in a cluster). */
  read(query: CypherQuery, listener?: QueryListener): Promise<Row[]> {
    return this.#run(query, neo4j.routing.READ, listener);
  }

  /** Runs a write query in its own write transaction: all of it happens, or none. */
  write(query: CypherQuery, listener?: QueryListener): Promise<Row[]> {
    return this.#run(query, neo4j.routing.WRITE, listener);
  }

  /**
   * Runs several write statements in one transaction, in order; if any fails,
   * none of them is applied.
   */
  writeAll(queries: CypherQuery[], listener?: QueryListener): Promise<Row[][]> {
    return this.transaction(async (run) => {
      const out: Row[][] = [];
      for (const q of queries) out.push(await run(q));
      return out;
    }, listener);
  }

  /**
   * Runs `work` in one write transaction. Whatever `work` throws rolls the whole
   * transaction back, so validations can read, decide, and refuse before anything
   * is committed. `work` may be retried on transient errors, so it must only touch
   * the database through `run`.
   */
  async transaction<T>(
    work: (run: (q: CypherQuery) => Promise<Row[]>) => Promise<T>,
    listener?: QueryListener,
  ): Promise<T> {
    const session = this.#driver.session({ database: this.#database, defaultAccessMode: neo4j.session.WRITE });
    let current: CypherQuery | undefined;
    try {
      return await session.executeWrite(
        (tx) =>
          work(async (q) => {
            current = q;
            listener?.(q);
            const res = await tx.run(q.cypher, toParams(q.params) as Record<string, unknown>);
            return res.records.map((r) => toPlain(r.toObject()) as Row);
          }),
        { timeout: this.#txTimeoutMs },
      );
    } catch (e) {
      throw this.#fail(e, current);
    } finally {
      await session.close();
    }
  }

  async #run(query: CypherQuery, routing: 'READ' | 'WRITE', listener?: QueryListener): Promise<Row[]> {
    listener?.(query);
    try {
      const res = await this.#driver.executeQuery(query.cypher, toParams(query.params) as Record<string, unknown>, {
        database: this.#database,
        routing,
        transactionConfig: { timeout: this.#txTimeoutMs },
      });
      return res.records.map((r) => toPlain(r.toObject()) as Row);
    } catch (e) {
      throw this.#fail(e, query);
    }
  }

  #fail(error: unknown, query: CypherQuery | undefined) {
    // Validation errors raised inside a transaction are the client's, not the database's.
    if (error instanceof CodedError) return error;
    const coded = translateError(error);
    const level = coded.extensions.code === 'INTERNAL_SERVER_ERROR' ? 'error' : 'warn';
    this.#log[level](
      { err: error, code: coded.extensions.code, cypher: query?.cypher.slice(0, 200) },
      'database call failed',
    );
    return coded;
  }

  /** True when the database answers a trivial query; used by GET /ready. */
  async isReady(): Promise<boolean> {
    try {
      await this.#driver.executeQuery('RETURN 1', {}, { database: this.#database, routing: neo4j.routing.READ });
      return true;
    } catch {
      return false;
    }
  }

  close(): Promise<void> {
    return this.#driver.close();
  }
}
