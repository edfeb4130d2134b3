import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface ServerChild {
  name: string;
  pid: number;
  url: string;
  /** The last lines it wrote to stderr, for error messages. */
  tail: string[];
  /** Sends a signal and waits for the child to print a line starting with `ack`. */
  signal(sig: NodeJS.Signals, ack: string, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a TypeScript entry point of bench/ as a plain `node --import tsx` process
 * (no npx or tsx wrapper in between, so the pid is the server's own) and waits for
 * its `BENCH_URL <url>` line.
 */
export function startServer(
  name: string,
  file: string,
  env: NodeJS.ProcessEnv,
  opts: { timeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<ServerChild> {
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), '--import', 'tsx', path.join(here, file)], {
    // Every target runs as it would in production: graphql-js reads NODE_ENV once, at import.
    env: { ...process.env, NODE_ENV: 'production', ...env },
    // stdin stays open: when this process dies, the child sees it close and exits.
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    tail.push(line);
    if (tail.length > 60) tail.shift();
  });
  const waiting = new Map<string, () => void>();
  const signal = (sig: NodeJS.Signals, ack: string, timeoutMs = 10_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name} did not answer ${sig}`)), timeoutMs);
      waiting.set(ack, () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill(sig);
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start within ${opts.timeoutMs ?? 60_000} ms:\n${tail.join('\n')}`));
    }, opts.timeoutMs ?? 60_000);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      for (const [ack, done] of waiting) {
        if (line.startsWith(ack)) {
          waiting.delete(ack);
          done();
        }
      }
      if (!line.startsWith('BENCH_URL ')) return;
      clearTimeout(timer);
      resolve({
        name,
        pid: child.pid!,
        url: line.slice('BENCH_URL '.length).trim(),
        tail,
        signal,
        stop: () => stopChild(child),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with code ${code} before it listened:\n${tail.join('\n')}`));
    });
  });
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
