import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from '../../src/db/freePort.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Runs `npm start`'s entry point with the given environment; resolves when it exits. */
function runMain(env: Record<string, string>, timeoutMs = 60_000) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LOG_LEVEL: 'info', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm start', () => {
  it('exits 1 naming the variable when the configuration is invalid', async () => {
    const res = await runMain({ PORT: 'not-a-port' });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('PORT');
    expect(res.stderr).not.toMatch(/^\s+at /m);
  });

  it('explains the three ways forward when Java is missing', async () => {
    const res = await runMain({ LOCAL_NEO4J_JAVA: '/nonexistent/bin/java' });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('needs Java 17 or 21');
    expect(res.stderr).toContain('docker compose up');
    expect(res.stderr).toContain('NEO4J_URI');
    expect(res.stderr).toMatch(/install a JDK .* and Maven/);
    expect(res.stderr).not.toMatch(/^\s+at /m);
  });

  it('explains the ways forward when Maven is missing and Neo4j is not cached yet', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-nomvn-'));
    try {
      const res = await runMain({ LOCAL_NEO4J_MVN: '/nonexistent/bin/mvn', LOCAL_NEO4J_DIR: dir });
      expect(res.code).toBe(1);
      expect(res.stderr).toContain('Maven');
      expect(res.stderr).toContain('docker compose up');
      expect(res.stderr).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves { __typename } over the configured Neo4j and exits 0 on SIGTERM', async () => {
    const neo = inject('neo4j');
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: String(port),
        NEO4J_URI: neo.uri,
        NEO4J_USERNAME: neo.username,
        NEO4J_PASSWORD: neo.password,
        LOG_LEVEL: 'info',
      },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (out += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 90_000;
    while (!out.includes('serving GraphQL') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(out, out.slice(-2000)).toContain('serving GraphQL');
    expect(out).not.toContain(neo.password);

    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 150_000);
});
