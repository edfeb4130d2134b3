import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../src/db/database.js';
import { capturingLogger } from '../helpers/logLines.js';
import { testConfig } from '../helpers/testDb.js';

const config = testConfig();
const { log, lines } = capturingLogger('warn');
const db = Database.connect({ ...config.neo4j, uri: config.neo4j.uri!, password: config.neo4j.password ?? '' }, log);
afterAll(() => db.close());

describe('the Database boundary', () => {
  it('reads in auto-commit transactions that still honour the transaction timeout', async () => {
    expect(await db.read({ cypher: 'RETURN $x + 1 AS y', params: { x: 41 } })).toEqual([{ y: 42 }]);
    const slow = Database.connect(
      { ...config.neo4j, uri: config.neo4j.uri!, password: config.neo4j.password ?? '', txTimeoutMs: 200 },
      log,
    );
    try {
      const started = Date.now();
      await expect(
        slow.read({
          cypher: 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n',
          params: {},
        }),
      ).rejects.toMatchObject({ extensions: { code: 'LIMIT_EXCEEDED' } });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await slow.close();
    }
  });

  it('names the statement that failed when later ones were pipelined behind it', async () => {
    lines.length = 0;
    const failing = { cypher: 'RETURN 1 / $zero AS first', params: { zero: 0 } };
    const after = { cypher: 'RETURN 2 AS second', params: {} };
    await expect(
      db.transaction(async (run) => {
        const sent = [run(failing), run(after)];
        await Promise.allSettled(sent);
        return sent[0];
      }),
    ).rejects.toBeTruthy();
    const entry = lines.find((l) => l.msg === 'database call failed');
    expect(entry?.cypher).toBe(failing.cypher);
  });
});
