import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from '../../src/db/freePort.js';
import { runEntry, spawnEntry } from '../helpers/spawnEntry.js';

/** Runs `npm start`'s entry point with the given environment; resolves when it exits. */
const runMain = (env: Record<string, string>) =>
  runEntry('src/main.ts', { LOG_LEVEL: 'info', ...env }, { killAfterMs: 60_000 });

describe('npm start', () => {
  it('exits 1 naming the variable when the configuration is invalid', async () => {
    const res = await runMain({ PORT: 'not-a-port' });
    expect(res.code).toBe(1);
    expect(res.output).toContain('PORT');
    expect(res.output).not.toMatch(/^\s+at /m);
  });

  it('explains the three ways forward when Java is missing', async () => {
    const res = await runMain({ LOCAL_NEO4J_JAVA: '/nonexistent/bin/java' });
    expect(res.code).toBe(1);
    expect(res.output).toContain('needs Java 17 or 21');
    expect(res.output).toContain('docker compose up');
    expect(res.output).toContain('NEO4J_URI');
    expect(res.output).toMatch(/install a JDK .* and Maven/);
    expect(res.output).not.toMatch(/^\s+at /m);
  });

  it('explains the ways forward when Maven is missing and Neo4j is not cached yet', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-nomvn-'));
    try {
      const res = await runMain({ LOCAL_NEO4J_MVN: '/nonexistent/bin/mvn', LOCAL_NEO4J_DIR: dir });
      expect(res.code).toBe(1);
      expect(res.output).toContain('Maven');
      expect(res.output).toContain('docker compose up');
      expect(res.output).not.toMatch(/^\s+at /m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves { __typename } over the configured Neo4j and exits 0 on SIGTERM', async () => {
    const neo = inject('neo4j');
    const port = await freePort();
    const server = spawnEntry('src/main.ts', {
      PORT: String(port),
      NEO4J_URI: neo.uri,
      NEO4J_USERNAME: neo.username,
      NEO4J_PASSWORD: neo.password,
      LOG_LEVEL: 'info',
    });
    const out = await server.waitFor('serving GraphQL', 90_000);
    expect(out).not.toContain(neo.password);

    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 150_000);
});

describe('npm start for a person', () => {
  const neo = () => inject('neo4j');
  const neoEnv = () => ({ NEO4J_URI: neo().uri, NEO4J_USERNAME: neo().username, NEO4J_PASSWORD: neo().password });
  const queryNope = (port: number) =>
    fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ nope }' }),
    }).then((r) => r.json() as Promise<{ errors: { extensions: Record<string, unknown> }[] }>);

  it('reads .env from its folder, with the real environment winning over the file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kg-dotenv-'));
    const [filePort, realPort] = [await freePort(), await freePort()];
    const token = 'dotenv-token-0123456789';
    const lines = Object.entries({ ...neoEnv(), PORT: String(filePort), AUTH_TOKEN: token, LOG_FORMAT: 'pretty' });
    writeFileSync(path.join(dir, '.env'), lines.map(([k, v]) => `${k}=${v}`).join('\n'));
    const server = spawnEntry('src/main.ts', { PORT: String(realPort) }, { cwd: dir });
    try {
      const out = await server.waitFor(/graph +\d+ nodes/, 90_000);
      expect(out).toContain(`serving GraphQL at http://127.0.0.1:${realPort}/graphql`);
      expect(out).toContain('mutations   enabled');
      expect(out).not.toContain(token);
      expect(out).not.toMatch(/^\{/m);
      // No NODE_ENV anywhere, which used to mean stack traces in every error.
      const body = await queryNope(realPort);
      expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(body.errors[0]?.extensions).not.toHaveProperty('stacktrace');
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('logs JSON lines when piped, shows stacks only with EXPOSE_STACKTRACES, leads / to the playground, and refuses a taken port in one line', async () => {
    const port = await freePort();
    const server = spawnEntry('src/main.ts', { ...neoEnv(), PORT: String(port), EXPOSE_STACKTRACES: 'true' });
    try {
      await server.waitFor('serving GraphQL', 90_000);
      const summary = server
        .output()
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => String(l.msg).startsWith('serving GraphQL'));
      expect(summary).toMatchObject({
        playground: `http://127.0.0.1:${port}/graphql`,
        explorer: `http://127.0.0.1:${port}/explore`,
        mutations: false,
      });
      expect(summary?.nodes).toBeGreaterThan(0);

      const body = await queryNope(port);
      expect(body.errors[0]?.extensions.stacktrace).toEqual(expect.arrayContaining([expect.any(String)]));

      const root = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
      expect(root.status).toBe(302);
      expect(root.headers.get('location')).toBe('/graphql');

      const second = await runEntry('src/main.ts', { ...neoEnv(), PORT: String(port) }, { killAfterMs: 60_000 });
      expect(second.code).toBe(1);
      const lastLines = second.output.trim().split('\n');
      expect(lastLines.at(-1)).toBe(
        `Port ${port} on 127.0.0.1 is already in use (another npm start?); set PORT to use another.`,
      );
      expect(second.output).not.toMatch(/^\s+at /m);
    } finally {
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    }
  }, 150_000);
});
