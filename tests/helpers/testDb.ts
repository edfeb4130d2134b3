import { randomBytes } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';

/** Configuration for tests: the test Neo4j from global setup, quiet logs. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  const neo = inject('neo4j');
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    NEO4J_URI: neo.uri,
    NEO4J_USERNAME: neo.username,
    NEO4J_PASSWORD: neo.password,
    ...(neo.database ? { NEO4J_DATABASE: neo.database } : {}),
    // Most tests count the statements of repeated reads or write fixtures with plain
    // Cypher (outside the change feed); the response-cache tests turn it on.
    RESPONSE_CACHE: 'false',
    ...overrides,
  });
}

/** A connected Database for one test file; close it in afterAll. */
export function testDb(config: Config = testConfig()): Database {
  return Database.connect(
    { ...config.neo4j, uri: config.neo4j.uri!, password: config.neo4j.password ?? '' },
    createLogger(config.logLevel),
  );
}

/** A bare driver on the test Neo4j, for what the Database does not offer (PROFILE, transaction commands); close it. */
export function rawTestDriver(): Driver {
  const neo = inject('neo4j');
  return neo4j.driver(neo.uri, neo4j.auth.basic(neo.username, neo.password));
}

/**
 * A prefix unique to one test file and run. Every node a file creates has an id
 * starting with it, and cleanup deletes exactly those, so files cannot disturb
 * each other or the seeded article graph.
 */
export function testPrefix(name: string): string {
  return `t-${name}-${randomBytes(3).toString('hex')}`;
}

/** Deletes every node whose id starts with the prefix (and its relationships), and their mentions. */
export async function cleanup(db: Database, prefix: string): Promise<void> {
  await db.write({ cypher: 'MATCH (n:Node) WHERE n.id STARTS WITH $prefix DETACH DELETE n', params: { prefix } });
  await db.write({ cypher: 'MATCH (m:Mention) WHERE m.target STARTS WITH $prefix DELETE m', params: { prefix } });
}
