import neo4j, { type Driver } from 'neo4j-driver';

/** Transactions other than the probe's own SHOW/TERMINATE commands. */
const LEFTOVERS =
  "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' " +
  "AND NOT currentQuery STARTS WITH 'TERMINATE TRANSACTIONS' RETURN collect(transactionId) AS ids";

export interface SettleResult {
  /** From the call until the database was idle, or until settle gave up. */
  ms: number;
  /** Transactions still running after the grace period, terminated so the next run starts on an idle database. */
  terminated: number;
}

/**
 * Waits until the database runs no transaction but this probe's, so requests a
 * timed run left in flight (load generators stop counting at the deadline; the
 * servers and Neo4j keep working on them until they finish or time out) do not
 * slow the next run. What is still running after `graceMs` is terminated: a
 * target's unanswered requests are already counted as such, and letting them run
 * on would bill their cost to whichever target is timed next.
 */
export async function settle(driver: Driver, database: string | undefined, graceMs = 10_000): Promise<SettleResult> {
  const t0 = Date.now();
  /** Polls until idle or `untilMs` after t0; returns what is still running. */
  const waitIdle = async (untilMs: number) => {
    for (;;) {
      const res = await driver.executeQuery(LEFTOVERS, {}, { database, routing: neo4j.routing.READ });
      const ids = (res.records[0]?.get('ids') ?? []) as string[];
      if (ids.length === 0 || Date.now() - t0 > untilMs) return ids;
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const left = await waitIdle(graceMs);
  if (left.length > 0) {
    await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids: left }, { database });
    // Terminated transactions take a moment to end; a stream of new ones should not hang the bench.
    await waitIdle(graceMs * 3);
  }
  return { ms: Date.now() - t0, terminated: left.length };
}
