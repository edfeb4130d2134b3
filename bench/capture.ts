import type { Config } from '../src/config.js';
import type { CypherQuery } from '../src/db/cypherQuery.js';
import type { Database, Db, Row, StatementCount } from '../src/db/database.js';
import type { Logger } from '../src/logger.js';
import { createServer } from '../src/server.js';
import { postGraphQL } from './http.js';
import type { MixQuery, QueryName } from './queryMix.js';

/** One database call our server made for a request, in the order it was issued. */
export interface RecordedStatement {
  cypher: string;
  params: Record<string, unknown>;
  /** Calls issued together (none waiting on another) share a wave; waves run one after another. */
  wave: number;
  /** What it returned, as the server's Database handed it to the resolvers. */
  rows: Row[];
}

export interface Capture {
  /** Our server's answer (the `data` of the response). */
  data: unknown;
  statements: RecordedStatement[];
}

/**
 * A Database that records every read the resolvers make. A call's wave is the
 * number of earlier calls that had finished when it was issued: calls issued before
 * any of their predecessors finished ran in parallel (DataLoader batches of one
 * tick), later ones depended on results. The floor replays waves in that order.
 */
const FEED_STATEMENT = /:(FeedHead|Change)\b/;

function recording(db: Database, tape: { log: RecordedStatement[]; finished: number }): Database {
  const record =
    (view: Db) =>
    async (q: CypherQuery): Promise<Row[]> => {
      // The server's change-feed follower and pruner read through the same Database
      // on their own timers; their statements belong to no request.
      if (FEED_STATEMENT.test(q.cypher)) return view.read(q);
      const entry: RecordedStatement = { cypher: q.cypher, params: q.params, wave: tape.finished, rows: [] };
      tape.log.push(entry);
      const rows = await view.read(q);
      // Resolvers may reshape the rows they get (prefetched lists are taken off the
      // records), so the tape keeps its own copy of what the database returned.
      entry.rows = structuredClone(rows);
      tape.finished += 1;
      return rows;
    };
  // Requests read through a counting view of the Database; the tape wraps that view.
  const counting = (count: StatementCount): Db => {
    const view = db.counting(count);
    return { ...view, read: record(view) };
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'counting') return counting;
      if (prop === 'read') return record(target);
      const v = Reflect.get(target, prop, target) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/** Renumbers recorded waves 0, 1, 2… (the raw numbers count finished calls). */
function compactWaves(list: RecordedStatement[]): RecordedStatement[] {
  const distinct = [...new Set(list.map((s) => s.wave))].sort((a, b) => a - b);
  return list.map((s) => ({ ...s, wave: distinct.indexOf(s.wave) }));
}

/**
 * Runs each question once through our real server, in this process, over a
 * recording Database, and returns what it answered and every statement it sent.
 * The floor replays exactly these statements; the peer's @cypher fields reuse them.
 */
export async function captureStatements(
  config: Config,
  db: Database,
  log: Logger,
  mix: MixQuery[],
): Promise<Map<QueryName, Capture>> {
  const out = new Map<QueryName, Capture>();
  const tape = { log: [] as RecordedStatement[], finished: 0 };
  const server = await createServer(config, recording(db, tape), log);
  const url = await server.listen(0);
  try {
    for (const q of mix) {
      tape.log = [];
      tape.finished = 0;
      const res = await postGraphQL(url, q.ours);
      if (res.errors) throw new Error(`our server answered ${q.name} with errors: ${JSON.stringify(res.errors)}`);
      out.set(q.name, { data: res.data, statements: compactWaves(tape.log) });
    }
  } finally {
    await server.stop();
  }
  return out;
}
