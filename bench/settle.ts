import neo4j, { type Driver } from 'neo4j-driver';

/**
 * Waits until the database runs no transaction but this probe's, so requests a
 * timed run left in flight (load generators stop counting at the deadline; the
 * server and Neo4j keep working on them until they finish or time out) do not
 * slow the next run. Gives up after `maxMs`; returns how long it waited.
 */
export async function settle(driver: Driver, database: string | undefined, maxMs = 30_000): Promise<number> {
  const t0 = Date.now();
  for (;;) {
    const res = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS busy",
      {},
      { database, routing: neo4j.routing.READ },
    );
    const busy = Number(res.records[0]?.get('busy') ?? 0);
    if (busy === 0 || Date.now() - t0 > maxMs) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 200));
  }
}
