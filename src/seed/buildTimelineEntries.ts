import type { Db } from '../db/database.js';
import { rebuildTimelineEntries } from '../cypher/timelineEntries.js';

/**
 * Rebuilds the timeline entries (src/cypher/timelineEntries.ts) of every event and
 * negotiation, a batch per transaction, walking the items in id order. For graphs
 * written before the entries existed, and after loads that bypass the writer.
 */
export async function buildTimelineEntries(db: Pick<Db, 'write'>, batch = 2_000): Promise<number> {
  let total = 0;
  for (let after = ''; ;) {
    const [row] = await db.write(rebuildTimelineEntries(after, batch));
    const rebuilt = (row?.rebuilt as number | undefined) ?? 0;
    if (rebuilt === 0) return total;
    total += rebuilt;
    after = row!.last as string;
  }
}
