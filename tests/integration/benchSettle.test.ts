import { afterAll, describe, expect, inject, it } from 'vitest';
import { settle } from '../../bench/settle.js';
import { rawTestDriver } from '../helpers/testDb.js';

describe("the bench's settle between timed runs", () => {
  const db = { raw: rawTestDriver(), database: inject('neo4j').database || undefined };
  afterAll(() => db.raw.close());

  it('returns at once on an idle database', async () => {
    const r = await settle(db.raw, db.database, 2_000);
    expect(r.terminated).toBe(0);
    expect(r.ms).toBeLessThan(2_000);
  });

  it('terminates a leftover transaction still running after the grace period, which then fails', async () => {
    const session = db.raw.session({ database: db.database });
    // Counts to ten billion: minutes of work, far longer than the grace period.
    const leftover = session.run('UNWIND range(1, 10000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n').then(
      () => 'finished',
      (e: Error) => e.message,
    );
    await new Promise((r) => setTimeout(r, 300));
    const r = await settle(db.raw, db.database, 1_000);
    expect(r.terminated).toBe(1);
    expect(r.ms).toBeGreaterThanOrEqual(1_000);
    expect(r.ms).toBeLessThan(20_000);
    expect(await leftover).toMatch(/terminated/i);
    await session.close();
    expect((await settle(db.raw, db.database, 1_000)).terminated).toBe(0);
  });
});
