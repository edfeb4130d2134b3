import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { isProcessAlive } from '../../src/db/isProcessAlive.js';
import { ThrowawayNeo4j } from '../../src/db/throwawayNeo4j.js';
import { createLogger, type Logger } from '../../src/logger.js';
import { createServer, type AppServer } from '../../src/server.js';
import { mixedQueries } from '../../scripts/mixedQueries.js';
import { testPrefix } from '../helpers/testDb.js';
import { FAULT_NEO4J, connectTo, faultConfig, heldLocksUnder, seedArticleGraph } from './faultNeo4j.js';
import { errorCodes, postGraphQL, type Reply } from './postGraphQL.js';
import { quantile } from '../../scripts/soakStats.js';
import { recordFigures, sleep } from './recordFigures.js';
import { freePort } from '../../src/db/freePort.js';

const ARTICLE = 'article-2026-01-24-kyiv-kharkiv-abu-dhabi';
const QUOTE = 'Fresh Russian air attacks';
const TOKEN = `fault-${randomBytes(16).toString('hex')}`;

interface Outcome extends Reply {
  phase: string;
  startedAt?: number;
}

/** True when a reply carries data, or only SERVICE_UNAVAILABLE errors. */
const dataOrUnavailable = (r: Reply) =>
  r.status === 200 &&
  (r.body?.errors === undefined ? r.body?.data != null : errorCodes(r).every((c) => c === 'SERVICE_UNAVAILABLE'));

describe('the server when Neo4j fails', () => {
  // Server-side errors are kept, to explain a failed assertion.
  const serverErrors: string[] = [];
  const log = process.env.TEST_LOG_LEVEL
    ? createLogger(process.env.TEST_LOG_LEVEL)
    : pino(
        { level: 'error' },
        new Writable({
          write(chunk, _encoding, done) {
            serverErrors.push(String(chunk));
            done();
          },
        }),
      );
  /** Driver error codes of the database failures logged at error level (unexpected ones), with counts. */
  const unexpectedDbCodes = () => {
    const counts: Record<string, number> = {};
    for (const line of serverErrors) {
      const entry = JSON.parse(line) as { msg?: string; err?: { code?: string; name?: string } };
      if (entry.msg !== 'database call failed') continue;
      const code = entry.err?.code ?? entry.err?.name ?? 'unknown';
      counts[code] = (counts[code] ?? 0) + 1;
    }
    return counts;
  };
  const unexpectedServerErrors = () =>
    serverErrors
      .filter((l) => l.includes('INTERNAL_SERVER_ERROR') || l.includes('unexpected error'))
      .map((l) => l.slice(0, 600))
      .join('\n');
  const prefix = testPrefix('faults');
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  let neo: ThrowawayNeo4j;

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    // Not started here: the first scenario has `npm start` start it, as in production.
    neo = await ThrowawayNeo4j.create({ ...FAULT_NEO4J, log });
  });

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    // The instance and its folder are this file's alone; nothing else to clean.
    await neo?.remove();
  }, 60_000);

  describe('npm start, on SIGTERM', () => {
    it('completes requests in flight, refuses later ones cleanly, stops its local Neo4j and exits 0', async () => {
      await sigtermScenario(neo, prefix);
    }, 600_000);

    it('leaves a data folder that opens again, with the graph it seeded', async () => {
      await neo.start();
      const check = connectTo(neo, log);
      try {
        const rows = await check.read({
          cypher: 'MATCH (n:Node {id: $id}) RETURN n.id AS id',
          params: { id: 'vitali-klitschko' },
        });
        expect(rows).toEqual([{ id: 'vitali-klitschko' }]);
      } finally {
        await check.close();
      }
    }, 600_000);
  });

  describe('when Neo4j fails under load', () => {
    let db: Database;
    let server: AppServer;
    let url: string;

    beforeAll(async () => {
      // Normally started by the test above (start() waits for a start still under way).
      if (neo.pid === undefined) await neo.start();
      await seedArticleGraph(neo, log);
      const config = faultConfig(neo, { AUTH_TOKEN: TOKEN });
      db = connectTo(neo, log, config);
      server = await createServer(config, db, log);
      url = await server.listen(0);
    }, 600_000);

    afterAll(async () => {
      await server?.stop();
      await db?.close();
    }, 60_000);

    it('answers within 5 s with data or SERVICE_UNAVAILABLE while Neo4j is stopped, keeps /health up and recovers by itself', async () => {
      // Cold query plans are not what this test measures: warm each query up once.
      for (const q of mixedQueries) await postGraphQL(url, q.query, q.variables, { timeoutMs: 60_000 });
      const outcomes: Outcome[] = [];
      let phase = 'up';
      let running = true;
      const t0 = performance.now();
      const loops = Array.from({ length: 8 }, async (_, i) => {
        for (let n = i; running; n++) {
          const q = mixedQueries[n % mixedQueries.length]!;
          const started = phase;
          const startedAt = performance.now() - t0;
          const reply = await postGraphQL(url, q.query, q.variables, { timeoutMs: 15_000 });
          outcomes.push({ phase: started, startedAt, ...reply });
        }
      });
      await sleep(1_500);
      phase = 'stopping';
      const stopStarted = performance.now();
      const stopAt = stopStarted - t0;
      await neo.stop();
      const stopMs = performance.now() - stopStarted;
      phase = 'down';
      const probeStarted = performance.now();
      const [health, ready] = await Promise.all([
        fetch(url.replace('/graphql', '/health')),
        fetch(url.replace('/graphql', '/ready')),
      ]);
      const probeMs = performance.now() - probeStarted;
      await sleep(4_000);
      running = false;
      await Promise.all(loops);

      const restartMs = await neo.start();
      const recoveryStarted = performance.now();
      let recovered: Reply | undefined;
      while (performance.now() - recoveryStarted < 30_000) {
        const r = await postGraphQL(url, mixedQueries[0]!.query, mixedQueries[0]!.variables, { timeoutMs: 15_000 });
        if (r.status === 200 && !r.body?.errors) {
          recovered = r;
          break;
        }
        await sleep(100);
      }
      const recoveryMs = performance.now() - recoveryStarted;
      const readyAfter = await fetch(url.replace('/graphql', '/ready'));

      const down = outcomes.filter((o) => o.phase !== 'up');
      const unavailable = outcomes.filter((o) => errorCodes(o).includes('SERVICE_UNAVAILABLE'));
      recordFigures('neo4j-stopped', {
        requests: outcomes.length,
        withData: outcomes.filter((o) => o.body?.data && !o.body.errors).length,
        serviceUnavailable: unavailable.length,
        other: outcomes.filter((o) => !dataOrUnavailable(o)).length,
        maxMs: Math.round(Math.max(...outcomes.map((o) => o.ms))),
        p99MsWhileDown: Math.round(
          quantile(
            down.map((o) => o.ms),
            0.99,
          ),
        ),
        neo4jStopMs: Math.round(stopMs),
        readyProbeMs: Math.round(probeMs),
        neo4jRestartMs: Math.round(restartMs),
        recoveryMsAfterNeo4jReady: Math.round(recoveryMs),
        unhandledRejections: unhandled.length,
        unexpectedDbErrors: unexpectedDbCodes(),
        stopAtMs: Math.round(stopAt),
        slowestUp: Math.round(Math.max(0, ...outcomes.filter((o) => o.phase === 'up').map((o) => o.ms))),
      });

      expect(outcomes.filter((o) => o.failure)).toEqual([]);
      expect(
        outcomes.filter((o) => !dataOrUnavailable(o)).map((o) => o.text.slice(0, 300)),
        unexpectedServerErrors(),
      ).toEqual([]);
      const slow = outcomes.filter((o) => o.ms >= 5_000);
      expect(slow.map((o) => `${o.phase} at ${Math.round(o.startedAt!)} ms for ${Math.round(o.ms)} ms`)).toEqual([]);
      // Everything answered before the stop began carried data.
      const beforeStop = outcomes.filter((o) => o.startedAt! + o.ms < stopAt);
      expect(beforeStop.length).toBeGreaterThan(0);
      expect(beforeStop.filter((o) => o.body?.errors).map((o) => o.text.slice(0, 200))).toEqual([]);
      expect(unavailable.length).toBeGreaterThan(0);
      expect([health.status, ready.status]).toEqual([200, 503]);
      expect(await ready.json()).toEqual({ status: 'unavailable', database: false });
      expect(probeMs).toBeLessThan(3_000);
      expect(recovered?.body?.data).toMatchObject({ person: { id: 'vitali-klitschko' } });
      expect(recoveryMs).toBeLessThan(10_000);
      expect(readyAfter.status).toBe(200);
      expect(unhandled).toEqual([]);
    }, 600_000);

    it('keeps every acknowledged write, and no half-applied one, when Neo4j is killed mid-stream', async () => {
      const attempted = new Map<string, 'person' | 'relationship'>();
      const acked = new Set<string>();
      const failures: Reply[] = [];
      let running = true;
      const createPerson = `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`;
      const createRelationship = `mutation ($input: RelationshipInput!) { createRelationship(input: $input) { id } }`;
      const provenance = { sourceId: ARTICLE, quote: QUOTE };
      const write = async (key: string, kind: 'person' | 'relationship', query: string, input: unknown) => {
        attempted.set(key, kind);
        const r = await postGraphQL(url, query, { input }, { token: TOKEN, timeoutMs: 15_000 });
        if (r.status === 200 && !r.body?.errors) acked.add(key);
        else failures.push(r);
        return acked.has(key);
      };
      const writers = Array.from({ length: 4 }, async (_, w) => {
        for (let i = 0; running; i++) {
          const id = `${prefix}-w${w}-${i}`;
          const input = { id, name: `Fault Tester ${w}-${i}`, provenance };
          if (await write(id, 'person', createPerson, input)) {
            const rel = { from: id, type: 'HOLDS_ROLE', to: 'kyiv', properties: { title: `Tester ${i}` }, provenance };
            await write(`${id}:HOLDS_ROLE:kyiv`, 'relationship', createRelationship, rel);
          }
        }
      });
      // Kill once the stream is well under way (bounded, for a slow machine).
      const streamStarted = performance.now();
      while (acked.size < 24 && performance.now() - streamStarted < 20_000) await sleep(50);
      const ackedBeforeKill = acked.size;
      await neo.kill();
      await sleep(2_000);
      running = false;
      await Promise.all(writers);
      await neo.start();

      // After restart, read back through a fresh connection what the graph really holds.
      const { nodes, rels, inFeed } = await readBack(neo, log, prefix);
      const found = new Set([...nodes.map((n) => n.id), ...rels.map((r) => r.id)]);
      const lost = [...acked].filter((k) => !found.has(k));
      const phantom = [...found].filter((k) => !attempted.has(k));
      const incomplete = [
        ...nodes.filter((n) => typeof n.name !== 'string' || !Array.isArray(n.quotes) || n.quotes[0] !== QUOTE),
        ...rels.filter(
          (r) =>
            r.from !== r.id.split(':')[0] ||
            typeof r.title !== 'string' ||
            !Array.isArray(r.quotes) ||
            !r.quotes.length,
        ),
      ];
      const failedButApplied = [...attempted.keys()].filter((k) => !acked.has(k) && found.has(k));
      recordFigures('neo4j-killed', {
        writesAttempted: attempted.size,
        acknowledged: acked.size,
        acknowledgedBeforeKill: ackedBeforeKill,
        acknowledgedFound: acked.size - lost.length,
        failed: failures.length,
        failedButAppliedInFull: failedButApplied.length,
        halfApplied: incomplete.length,
        nodesFound: nodes.length,
        relationshipsFound: rels.length,
        maxFailureMs: Math.round(Math.max(0, ...failures.map((f) => f.ms))),
      });

      expect(ackedBeforeKill).toBeGreaterThan(0);
      expect(failures.length).toBeGreaterThan(0);
      expect(lost).toEqual([]);
      expect(phantom).toEqual([]);
      expect(incomplete).toEqual([]);
      // The feed names exactly what was stored: every write is in it, and it holds no write that did not commit.
      expect([...found].filter((k) => !inFeed.includes(k))).toEqual([]);
      expect(inFeed.filter((k) => !found.has(k))).toEqual([]);
      // A relationship only exists when the person it starts at does.
      expect(rels.filter((r) => !nodes.some((n) => n.id === r.from))).toEqual([]);
      expect(
        failures.filter((f) => !dataOrUnavailable(f)).map((f) => f.text.slice(0, 300)),
        unexpectedServerErrors(),
      ).toEqual([]);
      expect(failures.filter((f) => f.ms >= 5_000)).toEqual([]);
      expect(unhandled).toEqual([]);
    }, 600_000);
  });
});

interface StoredWrites {
  nodes: { id: string; name: unknown; quotes: unknown }[];
  rels: { id: string; from: string; to: string; title: unknown; quotes: unknown }[];
  /** Every id under the prefix that a change-feed record names. */
  inFeed: string[];
}

/** What the graph holds of the writes under `prefix`, read through a fresh connection. */
async function readBack(neo: ThrowawayNeo4j, log: Logger, prefix: string): Promise<StoredWrites> {
  const check = connectTo(neo, log);
  try {
    const deadline = Date.now() + 30_000;
    while (!(await check.isReady()) && Date.now() < deadline) await sleep(200);
    const quotes = (v: string) => `COLLECT { MATCH (m:Mention {target: ${v}.id}) RETURN m.quote }`;
    const nodes = await check.read({
      cypher: `MATCH (n:Node) WHERE n.id STARTS WITH $prefix RETURN n.id AS id, n.name AS name, ${quotes('n')} AS quotes`,
      params: { prefix },
    });
    const rels = await check.read({
      cypher:
        'MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $prefix OR b.id STARTS WITH $prefix ' +
        `RETURN r.id AS id, a.id AS from, b.id AS to, r.title AS title, ${quotes('r')} AS quotes`,
      params: { prefix },
    });
    const [feed] = await check.read({
      cypher: `MATCH (c:Change) UNWIND c.nodeIds + c.relationshipIds AS id WITH DISTINCT id WHERE id STARTS WITH $prefix
               RETURN collect(id) AS ids`,
      params: { prefix },
    });
    return { nodes, rels, inFeed: (feed?.ids ?? []) as string[] } as StoredWrites;
  } finally {
    await check.close();
  }
}

/**
 * `npm start` (src/main.ts, a child process) with NEO4J_URI unset, so it starts the
 * throwaway Neo4j itself and seeds it. Eight loops of queries and one request with a
 * half-sent body are in flight when it gets SIGTERM.
 */
async function sigtermScenario(neo: ThrowawayNeo4j, prefix: string): Promise<void> {
  const port = await freePort();
  // Nothing of an external or other local Neo4j may leak in from the developer's environment.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LOCAL_)?NEO4J_/.test(k)));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...inherited,
      ...neo.localEnv(),
      LOCAL_NEO4J_HEAP_MB: String(FAULT_NEO4J.heapMb),
      LOCAL_NEO4J_PAGECACHE_MB: String(FAULT_NEO4J.pageCacheMb),
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
      SEED_ON_START: 'true',
      // A slow machine may take seconds for a query; draining, not timeouts, is tested here.
      NEO4J_TX_TIMEOUT_MS: '30000',
      AUTH_TOKEN: TOKEN,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      if (line.includes('serving GraphQL')) resolve();
    });
    readline.createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
    void exited.then((code) => reject(new Error(`server exited early (${code}):\n${output.join('\n')}`)));
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  try {
    await listening;
    const jvmPid = logEntries(output).find((e) => e.msg === 'local Neo4j ready')?.pid;
    expect(jvmPid).toBeTypeOf('number');
    const locksWhileRunning = heldLocksUnder(neo.home);

    // Secrets sent over the wire must not come back in errors or logs.
    const wrongToken = await postGraphQL(url, `mutation { deletePerson(id: "${prefix}-nobody") { id } }`, undefined, {
      token: `${TOKEN}-wrong`,
    });
    expect(errorCodes(wrongToken)).toEqual(['UNAUTHENTICATED']);

    // Cold query plans on a freshly started Neo4j are not what this test measures.
    for (const q of mixedQueries) await postGraphQL(url, q.query, q.variables, { timeoutMs: 60_000 });

    // A request whose body is still arriving is in flight for certain.
    const slowBody = JSON.stringify({ query: mixedQueries[0]!.query, variables: mixedQueries[0]!.variables });
    const slow = slowRequest(url, slowBody);
    await slow.accepted;
    const loads: Outcome[] = [];
    const loopsStarted = performance.now();
    const loops = Array.from({ length: 8 }, async (_, i) => {
      // Each loop ends when its connection is refused (bounded in time all the same).
      for (let n = i; performance.now() - loopsStarted < 60_000; n++) {
        const q = mixedQueries[n % mixedQueries.length]!;
        const startedAt = performance.now();
        const r = await postGraphQL(url, q.query, q.variables, { timeoutMs: 15_000 });
        loads.push({ phase: '', startedAt, ...r });
        if (r.failure) return;
      }
    });
    await sleep(1_000);
    const termAt = performance.now();
    child.kill('SIGTERM');
    await sleep(300);
    slow.finish();
    const slowReply = await slow.reply;
    await Promise.all(loops);
    const code = await exited;
    const exitMs = performance.now() - termAt;
    const jvmGone = !isProcessAlive(jvmPid!);
    const locksAfterExit = heldLocksUnder(neo.home);
    const neo4jExit = logEntries(output).find((e) => e.msg === 'local Neo4j stopped');

    const ok = (l: Reply) => l.status === 200 && l.body?.data != null && l.body.errors === undefined;
    const refusedWith503 = (l: Reply) =>
      l.status === 503 && errorCodes(l).length === 1 && errorCodes(l)[0] === 'SERVICE_UNAVAILABLE';
    const refusedConnection = (l: Reply) => l.failure === 'ECONNREFUSED';
    const inFlightAtSignal = loads.filter((l) => l.startedAt! < termAt && l.startedAt! + l.ms > termAt);
    recordFigures('sigterm', {
      requestsAnswered: loads.filter(ok).length,
      inFlightAtSignalCompleted: inFlightAtSignal.filter(ok).length,
      refused503: loads.filter(refusedWith503).length,
      refusedConnection: loads.filter(refusedConnection).length,
      other: loads.filter((l) => !ok(l) && !refusedWith503(l) && !refusedConnection(l)).length,
      slowRequestStatus: slowReply.status,
      exitCode: code,
      exitMs: Math.round(exitMs),
      neo4jProcessGone: jvmGone,
      locksWhileRunning,
      locksAfterExit,
      neo4jExit: { code: neo4jExit?.code, signal: neo4jExit?.signal },
    });

    // The request the server held when signalled was answered in full.
    expect(slowReply.status).toBe(200);
    expect(JSON.parse(slowReply.text)).toMatchObject({ data: { person: { id: 'vitali-klitschko' } } });
    // Every other request got data, or a clean refusal: a coded 503 on a connection it
    // already had, or a refused connection. No reset, no hang, no cut-off answer.
    expect(loads.filter((l) => !ok(l) && !refusedWith503(l) && !refusedConnection(l)).map(describeReply)).toEqual([]);
    expect(loads.filter((l) => l.startedAt! + l.ms < termAt && !ok(l)).map(describeReply)).toEqual([]);
    expect(inFlightAtSignal.filter(ok).length).toBeGreaterThan(0);
    // Refusals only for what was sent about when the signal came or later.
    expect(loads.filter((l) => !ok(l) && l.startedAt! < termAt - 1_000).map(describeReply)).toEqual([]);
    expect(loads.filter(refusedConnection).length).toBe(8);
    expect(code).toBe(0);
    const logText = output.join('\n');
    for (const step of ['shutting down', 'HTTP server drained', 'local Neo4j stopped', 'database connection closed']) {
      expect(logText).toContain(step);
    }
    expect(logText).not.toContain('error during shutdown');
    expect(jvmGone).toBe(true);
    // 143 = 128 + SIGTERM after the JVM's shutdown hook stopped the database; not the SIGKILL fallback.
    expect(neo4jExit).toMatchObject({ code: 143, signal: null });
    expect(locksWhileRunning).toBeGreaterThan(0);
    expect(locksAfterExit).toBe(0);
    expect(logText).not.toContain(TOKEN);
    expect(logText).not.toContain(neo.password);
    expect(wrongToken.text).not.toContain(TOKEN);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}

interface LogEntry {
  msg?: string;
  pid?: number;
  code?: number | null;
  signal?: string | null;
}

/** The JSON log lines of a server's output. */
function logEntries(lines: string[]): LogEntry[] {
  return lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as LogEntry];
    } catch {
      return [];
    }
  });
}

const describeReply = (l: Outcome) => `${l.failure ?? l.status} after ${Math.round(l.ms)} ms: ${l.text.slice(0, 200)}`;

/**
 * Sends the headers now, half the body once the server has accepted them, and the
 * rest on `finish()`: until then the server holds a request it has not answered.
 */
function slowRequest(url: string, body: string) {
  const req = http.request(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      // The server answers "100 Continue" once it has parsed the headers: proof it holds the request.
      expect: '100-continue',
    },
  });
  const half = Math.floor(body.length / 2);
  const accepted = new Promise<void>((resolve) => req.once('continue', resolve));
  req.flushHeaders();
  void accepted.then(() => req.write(body.slice(0, half)));
  const reply = new Promise<{ status: number; text: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
  });
  return { accepted, reply, finish: () => req.end(body.slice(half)) };
}
