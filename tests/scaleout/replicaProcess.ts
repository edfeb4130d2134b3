import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../src/db/freePort.js';

const root = path.resolve(import.meta.dirname, '../..');

/** One `npm start` process of the scale-out tests, on 127.0.0.1. */
export interface Replica {
  url: string;
  /** Everything it has logged so far. */
  output(): string;
  /** Posts one GraphQL operation; returns the parsed body. */
  post<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{ data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] }>;
  /** SIGTERM, and waits for the exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts the server's entry point (`npm start`) as a process of its own, with its
 * own driver and connection pool, and waits until it serves.
 */
export async function startReplica(env: Record<string, string>, timeoutMs = 90_000): Promise<Replica> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      LOG_LEVEL: 'info',
      PORT: String(port),
      RESPONSE_CACHE: 'false',
      ...env,
    },
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += String(d)));
  child.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const deadline = Date.now() + timeoutMs;
  while (!out.includes('serving GraphQL') && child.exitCode === null && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
  }
  if (!out.includes('serving GraphQL')) {
    child.kill('SIGKILL');
    throw new Error(`replica did not start:\n${out.slice(-2000)}`);
  }
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    output: () => out,
    async post(query, variables, token) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      return exited;
    },
  };
}
