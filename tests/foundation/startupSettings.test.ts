import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { cause, restartDelayMs } from '../../src/db/localNeo4j.js';
import { resolveLogFormat } from '../../src/logger.js';

describe('start-up settings', () => {
  it('logs readable lines in a terminal and JSON otherwise, unless LOG_FORMAT says which', () => {
    expect(loadConfig({}).logFormat).toBe('auto');
    expect(resolveLogFormat('auto', true)).toBe('pretty');
    expect(resolveLogFormat('auto', false)).toBe('json');
    expect(resolveLogFormat('json', true)).toBe('json');
    expect(resolveLogFormat('pretty', false)).toBe('pretty');
    expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow('LOG_FORMAT');
  });

  it('keeps stack traces out of responses unless EXPOSE_STACKTRACES is set, whatever NODE_ENV says', () => {
    expect(loadConfig({}).exposeStacktraces).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).exposeStacktraces).toBe(false);
    expect(loadConfig({ EXPOSE_STACKTRACES: 'true' }).exposeStacktraces).toBe(true);
  });

  it('restarts a dead local Neo4j after 1 s, 2 s, 4 s… and never waits more than 30 s', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map(restartDelayMs)).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it("reduces a JVM's dying words to one line, without stack frames", () => {
    const stderr = [
      'Exception in thread "main" java.lang.RuntimeException: Error starting Neo4j database server',
      '\tat org.neo4j.graphdb.facade.DatabaseManagementServiceFactory.startDatabaseServer(X.java:227)',
      'Caused by: org.neo4j.kernel.internal.locker.FileLockException: Lock file has been locked by another process: /x/store_lock',
      '\tat org.neo4j.kernel.internal.locker.Locker.checkLock(Locker.java:80)',
      '\t... 12 more',
    ];
    expect(cause(stderr)).toBe(
      ' Neo4j said: org.neo4j.kernel.internal.locker.FileLockException: Lock file has been locked by another process: /x/store_lock',
    );
    expect(cause([])).toBe('');
  });
});
