import neo4j, { type Driver } from 'neo4j-driver';

/** Transactions other than the probe's own SHOW/TERMINATE commands. */
const LEFTOVERS =
  "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' " +
  "AND NOT currentQuery STARTS WITH 'TERMINATE TRANSACTIONS' RETURN collect(transactionId) AS ids";

/** How long a timed run's leftovers get to finish, and then how long they get to die once terminated. */
export interface SettleResult {
  ms: number;
  /** Transactions still running after `graceMs`, terminated so the next run starts on an idle database. */
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
  const leftovers = async () => {
    const res = await driver.executeQuery(LEFTOVERS, {}, { database, routing: neo4j.routing.READ });
    return (res.records[0]?.get('ids') ?? []) as string[];
  };
  let terminated = 0;
  for (;;) {
    const ids = await leftovers();
    if (ids.length === 0) return { ms: Date.now() - t0, terminated };
    const waited = Date.now() - t0;
    if (waited > graceMs && terminated === 0) {
      await driver.executeQuery('TERMINATE TRANSACTIONS $ids', { ids }, { database });
      terminated = ids.length;
    } else if (waited > graceMs * 3) {
      // Terminated transactions that have not ended yet, or a stream of new ones: go on rather than hang.
      return { ms: waited, terminated };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
