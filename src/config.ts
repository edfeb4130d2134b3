import { z } from 'zod';

/**
 * The server's whole configuration, read from the environment once and validated.
 * Every setting has a default that is safe for a public endpoint; see the README's
 * configuration table.
 */
const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: intFrom(0, 65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // auto: readable lines in a terminal, JSON (one object per line) when stdout is piped
  // or collected, which is what log shippers want.
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
  // Stack traces carry absolute paths and library internals; they reach clients only
  // when asked for, never because of NODE_ENV.
  EXPOSE_STACKTRACES: bool.default(false),

  NEO4J_URI: z
    .string()
    .regex(/^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/.+/, {
      message: 'must be a bolt://, neo4j://, neo4j+s:// (or +ssc) URI',
    })
    .optional(),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_MAX_POOL_SIZE: intFrom(1, 1000).default(100),
  NEO4J_TX_TIMEOUT_MS: intFrom(100, 600_000).default(10_000),
  NEO4J_CONNECTION_TIMEOUT_MS: intFrom(100, 120_000).default(5_000),
  // The driver retries transient failures while less than this has passed since the
  // first one, pausing 1 s, 2 s, 4 s… (±20 %): 1 s allows one or two retries, so an
  // outage is noticed within about 1-4 s (the Database then fails fast until it ends).
  NEO4J_RETRY_BUDGET_MS: intFrom(0, 120_000).default(1_000),

  LOCAL_NEO4J_DIR: z.string().min(1).default('.neo4j'),
  LOCAL_NEO4J_PORT: intFrom(1, 65535).default(7687),
  LOCAL_NEO4J_JAVA: z.string().min(1).optional(),
  LOCAL_NEO4J_MVN: z.string().min(1).optional(),
  // Memory of the local Neo4j: enough for the article and a few 100k nodes; raise both
  // for bigger graphs (the page cache should hold the store, .neo4j/data/<name>).
  LOCAL_NEO4J_HEAP_MB: intFrom(256, 1_048_576).default(1024),
  LOCAL_NEO4J_PAGECACHE_MB: intFrom(64, 1_048_576).default(512),

  AUTH_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SEED_ON_START: bool.default(true),

  // Query limits, checked before execution (src/limits.ts). The documented queries
  // (docs/queries.md) reach depth 6 and cost 1,317; a Relay page costs three levels
  // and every relationship hop two, so 10 leaves room for a page plus three hops.
  MAX_DEPTH: intFrom(1, 100).default(10),
  // Literal `first: N` multiplies a selection's cost by N; 20,000 admits a full page
  // of 100 with nested lists, and refuses nested pages of pages.
  MAX_COST: intFrom(1, 1_000_000).default(20_000),
  MAX_ALIASES: intFrom(0, 1000).default(15),
  MAX_TOKENS: intFrom(10, 1_000_000).default(2_000),
  MAX_DIRECTIVES: intFrom(0, 1000).default(20),
  MAX_PAGE_SIZE: intFrom(1, 10_000).default(100),
  MAX_NEIGHBORHOOD_DEPTH: intFrom(1, 10).default(3),
  MAX_NEIGHBORHOOD_NODES: intFrom(1, 100_000).default(500),
  MAX_PATH_DEPTH: intFrom(1, 15).default(8),
  MAX_BODY_BYTES: intFrom(1_024, 100_000_000).default(100_000),
  INTROSPECTION: bool.default(true),
  RATE_LIMIT_PER_MINUTE: intFrom(0, 1_000_000).default(0),

  // Levels of nested relationship fields fetched in the root field's own statement
  // (src/prefetch); deeper levels use batched loader queries. 0 turns folding off.
  PREFETCH_DEPTH: intFrom(0, 6).default(3),

  // The change feed (src/feed) keeps a day of writes, or the last 100,000, whichever
  // is less: enough for a replica or subscriber to catch up after a restart, small
  // enough (a few hundred bytes a record) to stay out of the page cache's way.
  FEED_RETENTION_HOURS: intFrom(1, 24 * 365).default(24),
  FEED_MAX_ENTRIES: intFrom(100, 100_000_000).default(100_000),
  FEED_PRUNE_INTERVAL_MS: intFrom(1_000, 86_400_000).default(60_000),
  // Serve /graphql as an Apollo Federation 2 subgraph (src/federation): the same
  // types plus `_service` and `_entities`, for a gateway or router to compose.
  FEDERATION: bool.default(false),
  // Who runs operations (src/execution): graphql-js, or graphql-jit's compiled queries.
  // graphql-jit by default: answering from the same rows, it costs 0.22-0.83x graphql-js's
  // CPU per request on the mix, least on the largest answers (bench/results/execute-share.json).
  // graphql-js stays as the reference; both give the same bytes (tests/integration/executor.test.ts).
  GRAPHQL_EXECUTOR: z.enum(['jit', 'graphql']).default('jit'),

  // Live updates (src/live): one feed follower per replica polls the feed this often,
  // whatever the number of subscribers; 250 ms keeps delivery well under a second for
  // about four small reads a second per replica.
  LIVE_POLL_INTERVAL_MS: intFrom(20, 60_000).default(250),
  LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: intFrom(1, 10_000).default(20),
  LIVE_MAX_CONNECTIONS_PER_ADDRESS: intFrom(1, 100_000).default(50),
  LIVE_CONNECTION_INIT_TIMEOUT_MS: intFrom(100, 120_000).default(5_000),
  // A socket whose unsent data passes this is a slow consumer and is closed (4009):
  // 1 MB is hundreds of events, far more than a client that keeps up ever holds.
  LIVE_MAX_BUFFERED_BYTES: intFrom(1_024, 1_000_000_000).default(1_000_000),
  // Events a subscription may hold that its socket has not taken yet (same close).
  LIVE_MAX_QUEUED_EVENTS: intFrom(1, 1_000_000).default(1_000),

  // Whole read responses kept in memory (src/cache), evicted by the change feed, so
  // never stale. 50 MB holds tens of thousands of typical answers; the budget counts
  // the JSON bytes of each answer.
  RESPONSE_CACHE: bool.default(true),
  RESPONSE_CACHE_MAX_BYTES: intFrom(1_024, 100_000_000_000).default(50_000_000),
});

/**
 * The settings as the server uses them, grouped. The type is derived from this
 * mapping, so each setting is written twice: its variable in the schema above,
 * and its place here.
 */
const fromEnv = (e: z.output<typeof envSchema>) => ({
  env: e.NODE_ENV,
  host: e.HOST,
  port: e.PORT,
  logLevel: e.LOG_LEVEL,
  /** `auto` picks pretty for a terminal and JSON otherwise (see {@link createLogger}). */
  logFormat: e.LOG_FORMAT,
  /** Include `extensions.stacktrace` in error responses. */
  exposeStacktraces: e.EXPOSE_STACKTRACES,
  neo4j: {
    /** Unset means: start the embedded local server. */
    uri: e.NEO4J_URI,
    username: e.NEO4J_USERNAME,
    password: e.NEO4J_PASSWORD,
    database: e.NEO4J_DATABASE,
    maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
    txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    connectionTimeoutMs: e.NEO4J_CONNECTION_TIMEOUT_MS,
    retryBudgetMs: e.NEO4J_RETRY_BUDGET_MS,
  },
  /** The embedded server started when `neo4j.uri` is unset; java/mvn override the executables. */
  localNeo4j: {
    dir: e.LOCAL_NEO4J_DIR,
    port: e.LOCAL_NEO4J_PORT,
    java: e.LOCAL_NEO4J_JAVA,
    mvn: e.LOCAL_NEO4J_MVN,
    heapMb: e.LOCAL_NEO4J_HEAP_MB,
    pageCacheMb: e.LOCAL_NEO4J_PAGECACHE_MB,
  },
  authToken: e.AUTH_TOKEN,
  seedOnStart: e.SEED_ON_START,
  /** Nesting levels folded into a root field's statement (0: none). */
  prefetchDepth: e.PREFETCH_DEPTH,
  /** How long and how many change-feed records are kept, and how often replicas prune. */
  feed: {
    retentionMs: e.FEED_RETENTION_HOURS * 3_600_000,
    maxEntries: e.FEED_MAX_ENTRIES,
    pruneIntervalMs: e.FEED_PRUNE_INTERVAL_MS,
  },
  /** Serve the schema as a Federation 2 subgraph (`_service`, `_entities`, `@key`). */
  federation: e.FEDERATION,
  /** What executes operations over HTTP (subscriptions always use graphql-js). */
  executor: e.GRAPHQL_EXECUTOR,
  /** GraphQL subscriptions over WebSocket (src/live). */
  live: {
    pollIntervalMs: e.LIVE_POLL_INTERVAL_MS,
    maxSubscriptionsPerConnection: e.LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    maxConnectionsPerAddress: e.LIVE_MAX_CONNECTIONS_PER_ADDRESS,
    connectionInitTimeoutMs: e.LIVE_CONNECTION_INIT_TIMEOUT_MS,
    maxBufferedBytes: e.LIVE_MAX_BUFFERED_BYTES,
    maxQueuedEvents: e.LIVE_MAX_QUEUED_EVENTS,
  },
  /** Whole query responses cached in memory, bounded by their JSON bytes (src/cache). */
  responseCache: { enabled: e.RESPONSE_CACHE, maxBytes: e.RESPONSE_CACHE_MAX_BYTES },
  limits: {
    maxDepth: e.MAX_DEPTH,
    maxCost: e.MAX_COST,
    maxAliases: e.MAX_ALIASES,
    maxTokens: e.MAX_TOKENS,
    maxDirectives: e.MAX_DIRECTIVES,
    maxPageSize: e.MAX_PAGE_SIZE,
    maxNeighborhoodDepth: e.MAX_NEIGHBORHOOD_DEPTH,
    maxNeighborhoodNodes: e.MAX_NEIGHBORHOOD_NODES,
    maxPathDepth: e.MAX_PATH_DEPTH,
    maxBodyBytes: e.MAX_BODY_BYTES,
    introspection: e.INTROSPECTION,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
  },
});

export type Config = ReturnType<typeof fromEnv>;

// Passwords that examples and tutorials suggest: a database started with one of them is
// as good as open, so they are refused rather than used.
const PLACEHOLDER_PASSWORDS = new Set(['change-me-please', 'change-me', 'changeme', 'password', 'neo4j']);

/** Thrown by {@link loadConfig}; its message names every offending variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the configuration. Throws {@link ConfigError} naming each bad
 * variable and why, so `npm start` can print it and exit non-zero.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset": docker env files and shells produce them often.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError('Invalid configuration:\n  NEO4J_PASSWORD: required when NEO4J_URI is set');
  }
  if (e.NEO4J_PASSWORD && PLACEHOLDER_PASSWORDS.has(e.NEO4J_PASSWORD.toLowerCase())) {
    throw new ConfigError(
      'Invalid configuration:\n  NEO4J_PASSWORD: is a placeholder; choose a password of your own (8+ characters)',
    );
  }
  return fromEnv(e);
}
