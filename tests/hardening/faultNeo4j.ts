import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SEEDS_DIR } from '../../src/bootstrap.js';
import { loadConfig, type Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import type { ThrowawayNeo4j } from '../../src/db/throwawayNeo4j.js';
import type { Logger } from '../../src/logger.js';
import { seedFilesIn, seedGraph } from '../../src/seed/seedGraph.js';

/**
 * The fault tests' Neo4j is a throwaway of their own, apart from the shared test
 * instance, so it can be stopped, killed and restarted without disturbing other
 * test files. Small memory settings: the article graph is tiny, and the JVM starts
 * sooner on a busy machine.
 */
export const FAULT_NEO4J = { purpose: 'fault', heapMb: 512, pageCacheMb: 128 } as const;

/** Server configuration pointing at the running instance. */
export function faultConfig(neo: ThrowawayNeo4j, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...neo.env(),
    ...overrides,
  });
}

/** A driver connection to the instance (a fresh one reads what the graph really holds). */
export function connectTo(neo: ThrowawayNeo4j, log: Logger, config: Config = faultConfig(neo)): Database {
  return Database.connect({ ...config.neo4j, uri: neo.uri, password: neo.password }, log);
}

/** Seeds the article graph (idempotent). */
export async function seedArticleGraph(neo: ThrowawayNeo4j, log: Logger): Promise<void> {
  const db = connectTo(neo, log);
  try {
    await seedGraph(db, seedFilesIn(SEEDS_DIR), log);
  } finally {
    await db.close();
  }
}

/**
 * How many files under `dir` some process holds a lock on (POSIX or flock, from
 * /proc/locks). Neo4j locks its store files while it runs; none may stay locked once
 * it has stopped.
 */
export function heldLocksUnder(dir: string): number {
  const locked = new Set(
    readFileSync('/proc/locks', 'utf8')
      .split('\n')
      .map((line) => /\s[0-9a-f]+:[0-9a-f]+:(\d+)\s/.exec(line)?.[1])
      .filter((inode): inode is string => inode !== undefined),
  );
  return readdirSync(dir, { recursive: true }).filter((entry) => {
    try {
      return locked.has(String(statSync(path.join(dir, String(entry))).ino));
    } catch {
      return false; // removed while we looked
    }
  }).length;
}
