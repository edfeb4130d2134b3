import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/db/freePort.js';
import { isProcessAlive } from '../../src/db/isProcessAlive.js';
import type { InstanceOwner } from '../../src/db/localInstance.js';
import { ROOT, runEntry, spawnEntry, type Spawned } from '../helpers/spawnEntry.js';

// `npm start` with its own local Neo4j, as a new user runs it, in a folder of its own
// (the Neo4j jars are shared through a link). The steps build on each other: a
// running server, a second start, a seed beside it, a killed Neo4j, a killed server.

const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-local-'));
const home = path.join(dir, 'data', 'default');
const owner = () => JSON.parse(readFileSync(path.join(home, 'owner.json'), 'utf8')) as InstanceOwner;
let env: Record<string, string>;
let port: number;
let first: Spawned | undefined;

const ready = async () => (await fetch(`http://127.0.0.1:${port}/ready`)).status;

async function waitForStatus(status: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while ((await ready().catch(() => 0)) !== status) {
    if (Date.now() - started > timeoutMs) throw new Error(`/ready did not answer ${status} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return Date.now() - started;
}

beforeAll(async () => {
  const lib = path.join(ROOT, '.neo4j', 'lib');
  mkdirSync(lib, { recursive: true });
  symlinkSync(lib, path.join(dir, 'lib'));
  port = await freePort();
  env = {
    LOCAL_NEO4J_DIR: dir,
    LOCAL_NEO4J_PORT: String(await freePort()),
    LOCAL_NEO4J_HEAP_MB: '256',
    LOCAL_NEO4J_PAGECACHE_MB: '64',
    PORT: String(port),
    LOG_FORMAT: 'pretty',
  };
});

afterAll(async () => {
  const left = [first?.child.pid];
  try {
    left.push(owner().neo4jPid);
  } catch {
    // No record: the last server stopped cleanly and removed it.
  }
  for (const pid of left) if (pid && isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe('npm start with the local Neo4j', () => {
  it('seeds in one progress line and says once ready where to go, whether writes work, and what the graph holds', async () => {
    first = spawnEntry('src/main.ts', env, { killAfterMs: 900_000 });
    // A cold JVM on a busy two-core machine has taken two minutes to start.
    const out = await first.waitFor(/graph +\d+ nodes/, 330_000);
    const seedingLines = out.split('\n').filter((l) => /INFO: seeding/.test(l));
    expect(seedingLines).toEqual([
      expect.stringMatching(/seeding: \d+ nodes and \d+ relationships in one transaction/),
    ]);
    expect(out).toContain(`playground  http://127.0.0.1:${port}/graphql`);
    expect(out).toContain(`explorer    http://127.0.0.1:${port}/explore`);
    expect(out).toContain('mutations   disabled: set AUTH_TOKEN');
    expect(out).not.toMatch(/^\{"level"/m);

    const password = readFileSync(path.join(home, 'password'), 'utf8').trim();
    const driver = neo4j.driver(`bolt://127.0.0.1:${env.LOCAL_NEO4J_PORT}`, neo4j.auth.basic('neo4j', password));
    try {
      const res = await driver.executeQuery(
        // Graph nodes: mentions and change-feed records are not part of the counts the summary gives.
        'MATCH (n:Node) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS rels',
      );
      const nodes = Number(res.records[0]?.get('nodes'));
      const rels = Number(res.records[0]?.get('rels'));
      expect(nodes).toBeGreaterThan(0);
      expect(out).toContain(`graph       ${nodes} nodes, ${rels} relationships`);
    } finally {
      await driver.close();
    }
  }, 360_000);

  it('refuses a second npm start in one line that says where the first one runs', async () => {
    const started = Date.now();
    const second = await runEntry('src/main.ts', { ...env, PORT: String(await freePort()) }, { killAfterMs: 60_000 });
    expect(second.code).toBe(1);
    expect(second.output.trim()).toBe(
      `npm start is already running at http://127.0.0.1:${port}/graphql (pid ${first?.child.pid}); use that one, or stop it first.`,
    );
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('lets npm run seed use the running local Neo4j, with no Java stack trace', async () => {
    const seed = await runEntry('src/seed/cli.ts', env, { killAfterMs: 120_000 });
    expect(seed.code, seed.output).toBe(0);
    expect(seed.output).toContain('using the local Neo4j of the running npm start');
    expect(seed.output).toMatch(/"nodes": \{/);
    expect(seed.output).not.toMatch(/^\s+at /m);
    expect(seed.output).not.toContain('Lock file');
    expect(await ready()).toBe(200);
  }, 150_000);

  it('restarts a local Neo4j that was killed, answering /ready with 503 meanwhile', async () => {
    const before = owner();
    process.kill(before.neo4jPid!, 'SIGKILL');
    await waitForStatus(503, 15_000);
    // Bolt may answer a little before the JVM reports READY, so wait for both.
    await first!.waitFor('local Neo4j restarted', 300_000);
    await waitForStatus(200, 60_000);
    expect(first!.output()).toMatch(/local Neo4j stopped unexpectedly; restarting it.*"signal":"SIGKILL"/);
    const after = owner();
    expect(after.neo4jPid).not.toBe(before.neo4jPid);
    expect(after.url).toBe(before.url);
    // The restarted database has the same data.
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ person(id: "vitali-klitschko") { name } }' }),
    });
    expect(await res.json()).toEqual({ data: { person: { name: 'Vitali Klitschko' } } });
  }, 360_000);

  it('starts again after the server and its Neo4j were both killed', async () => {
    const { neo4jPid } = owner();
    first!.child.kill('SIGKILL');
    if (neo4jPid && isProcessAlive(neo4jPid)) process.kill(neo4jPid, 'SIGKILL');
    await first!.exited;
    const again = spawnEntry('src/main.ts', env);
    first = again;
    await again.waitFor(/graph +\d+ nodes/, 330_000);
    expect(again.output()).not.toContain('graph is empty');
    expect(await ready()).toBe(200);
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  }, 360_000);
});
