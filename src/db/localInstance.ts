import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isProcessAlive } from './isProcessAlive.js';

/**
 * Who is using a local Neo4j instance right now, kept beside its data as
 * `<home>/owner.json`. A second `npm start` reads it to say where the first one
 * runs, and `npm run seed` reads it to join the running instance instead of
 * starting a second one on the same store (which Neo4j refuses with a lock error).
 */
export interface InstanceOwner {
  /** The Node process that started the instance (`npm start` or `npm run seed`). */
  pid: number;
  command: string;
  /** The JVM running Neo4j, so a later start can stop it if its owner died. */
  neo4jPid: number | undefined;
  boltPort: number;
  /** Where the GraphQL server answers, once it does. */
  url?: string;
}

const FILE = 'owner.json';

/**
 * Whether `pid` is alive and, where /proc tells, runs a command containing `needle`:
 * a pid in a stale record may since have been given to an unrelated process.
 */
function runs(pid: number, needle: string): boolean {
  if (!isProcessAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle);
  } catch {
    return true;
  }
}

export function readOwner(home: string): InstanceOwner | undefined {
  const file = path.join(home, FILE);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as InstanceOwner;
  } catch {
    // A file cut short by a crash says nothing reliable.
    return undefined;
  }
}

/** The owner, if its process still runs; a record left by a killed process is ignored. */
export function liveOwner(home: string): InstanceOwner | undefined {
  const owner = readOwner(home);
  return owner && owner.pid !== process.pid && runs(owner.pid, 'node') ? owner : undefined;
}

export function writeOwner(home: string, owner: InstanceOwner): void {
  writeFileSync(path.join(home, FILE), `${JSON.stringify(owner)}\n`, { mode: 0o600 });
}

/** Removes the record, but only this process's own. */
export function removeOwner(home: string): void {
  if (readOwner(home)?.pid === process.pid) rmSync(path.join(home, FILE), { force: true });
}

/**
 * Stops a Neo4j left running by an owner that was killed (its stdin watchdog
 * normally ends it within a second; this covers a JVM stuck in shutdown), so the
 * next start does not meet a locked store.
 */
export async function stopOrphan(home: string, timeoutMs = 20_000): Promise<boolean> {
  const owner = readOwner(home);
  const pid = owner?.neo4jPid;
  if (!owner || runs(owner.pid, 'node') || pid === undefined || !runs(pid, 'LocalNeo4j')) return false;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}
