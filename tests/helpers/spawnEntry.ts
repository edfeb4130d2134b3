import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = path.resolve(import.meta.dirname, '../..');
// An absolute loader URL, so entry points also run from another working directory.
const TSX = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

export interface Spawned {
  child: ChildProcessWithoutNullStreams;
  /** stdout and stderr so far, interleaved. */
  output(): string;
  /** Resolves with the output once it contains `text`; rejects after `timeoutMs`. */
  waitFor(text: string | RegExp, timeoutMs: number): Promise<string>;
  exited: Promise<number | null>;
}

/**
 * Runs one of the project's entry points (`src/main.ts` for `npm start`,
 * `src/seed/cli.ts` for `npm run seed`) the way npm does, with only the given
 * environment plus PATH and HOME. Killed with SIGKILL after `killAfterMs`.
 */
export function spawnEntry(
  entry: string,
  env: Record<string, string>,
  opts: { cwd?: string; killAfterMs?: number } = {},
): Spawned {
  const child = spawn(process.execPath, ['--import', TSX, path.join(ROOT, entry)], {
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += String(d)));
  child.stderr.on('data', (d) => (out += String(d)));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs ?? 240_000);
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    }),
  );
  const waitFor = async (text: string | RegExp, timeoutMs: number) => {
    const deadline = Date.now() + timeoutMs;
    const seen = () => (typeof text === 'string' ? out.includes(text) : text.test(out));
    while (!seen()) {
      if (Date.now() > deadline || child.exitCode !== null) {
        throw new Error(`no ${String(text)} within ${timeoutMs} ms; output:\n${out.slice(-8000)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    return out;
  };
  return { child, output: () => out, waitFor, exited };
}

/** Runs an entry point to its end. */
export async function runEntry(
  entry: string,
  env: Record<string, string>,
  opts: { cwd?: string; killAfterMs?: number } = {},
) {
  const s = spawnEntry(entry, env, opts);
  const code = await s.exited;
  return { code, output: s.output() };
}
