import { readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { findJava, startLocalNeo4j, LocalNeo4jError } from '../../src/db/localNeo4j.js';
import { createLogger } from '../../src/logger.js';
import { freePort } from '../../src/db/freePort.js';

const log = createLogger('silent');
const name = `persist-${process.pid}`;
const home = path.resolve('.neo4j', 'data', name);

describe('the embedded local Neo4j', () => {
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it('refuses a Java it cannot run with the ways forward', () => {
    expect(() => findJava('/nonexistent/java')).toThrow(LocalNeo4jError);
    expect(() => findJava('/nonexistent/java')).toThrow(/docker compose up/);
  });

  it('keeps its data and generated password across a restart', async () => {
    const port = await freePort();
    const first = await startLocalNeo4j({ dir: '.neo4j', name, port, log });
    expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);
    expect(first.password).not.toBe('neo4j');
    expect(first.password.length).toBeGreaterThanOrEqual(16);
    expect(statSync(path.join(home, 'password')).mode & 0o077).toBe(0);

    let driver = neo4j.driver(first.uri, neo4j.auth.basic('neo4j', first.password));
    await driver.executeQuery('CREATE (:Marker {id: $id})', { id: name });
    await driver.close();

    // The default credentials must not work.
    const defaults = neo4j.driver(first.uri, neo4j.auth.basic('neo4j', 'neo4j'));
    await expect(defaults.verifyConnectivity()).rejects.toThrow();
    await defaults.close();
    await first.stop();

    const second = await startLocalNeo4j({ dir: '.neo4j', name, port, log });
    expect(second.password).toBe(first.password);
    expect(readFileSync(path.join(home, 'password'), 'utf8').trim()).toBe(first.password);
    driver = neo4j.driver(second.uri, neo4j.auth.basic('neo4j', second.password));
    const res = await driver.executeQuery('MATCH (m:Marker {id: $id}) RETURN count(m) AS n', { id: name });
    expect(Number(res.records[0]?.get('n'))).toBe(1);
    await driver.close();
    await second.stop();
    // Two cold JVM starts: 263 s in all was measured on a two-core machine at load 25.
  }, 420_000);
});
