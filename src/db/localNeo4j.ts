import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.js';

/** The Neo4j version the embedded server runs; docker-compose.yml pins the same one. */
export const NEO4J_VERSION = '5.26.30';
/** Java feature releases that Neo4j 5.26 LTS supports. */
export const SUPPORTED_JAVA = [17, 21] as const;

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pomPath = path.join(projectRoot, 'neo4j', 'pom.xml');
const launcherPath = path.join(projectRoot, 'neo4j', 'LocalNeo4j.java');

/** Raised when the local Neo4j cannot be started; its message says what to do. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export const WAYS_FORWARD = [
  'Ways forward:',
  '  1. docker compose up            (runs Neo4j and this server in containers)',
  '  2. set NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD to use an existing Neo4j or Aura',
  `  3. install a JDK (${SUPPORTED_JAVA.join(' or ')}) and Maven, e.g. apt-get install openjdk-17-jdk-headless maven`,
].join('\n');

export interface LocalNeo4jOptions {
  /** Folder for jars and data, git-ignored (default `.neo4j`). */
  dir: string;
  /** Name of the instance; each gets its own data folder and password. */
  name: string;
  port: number;
  log: Logger;
  /** Override the java / mvn executables (tests use this to simulate their absence). */
  javaCommand?: string;
  mvnCommand?: string;
  startTimeoutMs?: number;
  /** JVM heap and page cache of the instance (defaults 1024 and 512 MB). */
  heapMb?: number;
  pageCacheMb?: number;
  /**
   * Start the server again when it exits without being stopped, after 1 s, 2 s, 4 s…
   * (at most 30 s), logging each attempt. `npm start` turns this on.
   */
  supervise?: boolean;
  /** Called with the new JVM's pid after each restart. */
  onRestart?: (pid: number | undefined) => void;
}

export interface LocalNeo4j {
  uri: string;
  username: string;
  password: string;
  home: string;
  /** The pid of the JVM running now (it changes when a supervised server restarts). */
  pid(): number | undefined;
  stop(): Promise<void>;
}

function javaMajor(javaCmd: string): number | undefined {
  const r = spawnSync(javaCmd, ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return undefined;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  if (!m?.[1]) return undefined;
  // Java 8 and older report "1.8".
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

/**
 * Picks a Java runtime Neo4j 5.26 accepts: an explicit override, then JAVA_HOME, then
 * `java` on PATH, then any JDK 17/21 under /usr/lib/jvm. Throws with the ways forward
 * when none is found.
 */
export function findJava(override?: string): string {
  const candidates: string[] = [];
  if (override) candidates.push(override);
  else {
    if (process.env.JAVA_HOME) candidates.push(path.join(process.env.JAVA_HOME, 'bin', 'java'));
    candidates.push('java');
    const jvmRoot = '/usr/lib/jvm';
    if (existsSync(jvmRoot)) {
      for (const d of readdirSync(jvmRoot).sort()) candidates.push(path.join(jvmRoot, d, 'bin', 'java'));
    }
  }
  const seen: string[] = [];
  for (const c of candidates) {
    const major = javaMajor(c);
    if (major === undefined) continue;
    seen.push(`${c} (Java ${major})`);
    if ((SUPPORTED_JAVA as readonly number[]).includes(major)) return c;
  }
  const found = seen.length ? `Found only: ${seen.join(', ')}.` : 'No Java runtime was found.';
  throw new LocalNeo4jError(
    `NEO4J_URI is not set, so the server wants to start a local Neo4j ${NEO4J_VERSION}, ` +
      `which needs Java ${SUPPORTED_JAVA.join(' or ')}. ${found}\n${WAYS_FORWARD}`,
  );
}

function checkMaven(mvnCmd: string): void {
  const r = spawnSync(mvnCmd, ['-v'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new LocalNeo4jError(
      `NEO4J_URI is not set, so the server wants to fetch Neo4j ${NEO4J_VERSION} from Maven Central, ` +
        `but Maven ('${mvnCmd}') is not installed or does not run.\n${WAYS_FORWARD}`,
    );
  }
}

/**
 * Resolves Neo4j's jars through Maven into `<dir>/lib/<version>`, once. Later calls
 * find the completion marker and return at once, with no network.
 */
export async function ensureNeo4jJars(opts: LocalNeo4jOptions): Promise<string> {
  const libDir = path.resolve(opts.dir, 'lib', NEO4J_VERSION);
  const marker = path.join(libDir, '.complete');
  if (existsSync(marker)) return libDir;
  const mvn = opts.mvnCommand ?? 'mvn';
  checkMaven(mvn);
  mkdirSync(libDir, { recursive: true });
  opts.log.info({ version: NEO4J_VERSION, libDir }, 'resolving Neo4j through Maven (first start only, ~130 MB)');
  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      mvn,
      ['-B', '-f', pomPath, 'dependency:copy-dependencies', `-DoutputDirectory=${libDir}`, '-DincludeScope=runtime'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let downloaded = 0;
    const tail: string[] = [];
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      if (line.includes('Downloaded from')) {
        downloaded += 1;
        if (downloaded % 25 === 0) opts.log.info({ downloaded }, 'downloading Neo4j artifacts');
      }
    };
    readline.createInterface({ input: child.stdout! }).on('line', onLine);
    readline.createInterface({ input: child.stderr! }).on('line', onLine);
    child.on('error', (e) => reject(new LocalNeo4jError(`could not run Maven: ${e.message}\n${WAYS_FORWARD}`)));
    child.on('exit', (code) => {
      if (code === 0) {
        opts.log.info({ downloaded, seconds: (Date.now() - started) / 1000 }, 'Neo4j artifacts resolved');
        resolve();
      } else {
        reject(
          new LocalNeo4jError(`Maven failed (exit ${code}) resolving Neo4j:\n${tail.join('\n')}\n${WAYS_FORWARD}`),
        );
      }
    });
  });
  writeFileSync(marker, new Date().toISOString());
  return libDir;
}

/** Reads the instance's password, generating one on first use (never neo4j/neo4j). */
export function instancePassword(home: string): string {
  const file = path.join(home, 'password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(home, { recursive: true });
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts the embedded Neo4j Community server on 127.0.0.1 and resolves once Bolt
 * accepts connections. Data persists in `<dir>/data/<name>` across restarts. With
 * `supervise`, a server that dies is started again (see {@link LocalNeo4jOptions}).
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const java = findJava(opts.javaCommand);
  const libDir = await ensureNeo4jJars(opts);
  const home = path.resolve(opts.dir, 'data', opts.name);
  const password = instancePassword(home);
  let child = await launch(opts, java, libDir, home, password);
  let stopping = false;
  let retry: NodeJS.Timeout | undefined;

  const supervise = (running: ChildProcess) => {
    running.once('exit', (code, signal) => {
      if (stopping) return;
      const restart = (attempt: number) => {
        const delayMs = restartDelayMs(attempt);
        opts.log.warn(
          { code, signal, attempt: attempt + 1, retryInMs: delayMs },
          'local Neo4j stopped unexpectedly; restarting it',
        );
        retry = setTimeout(() => {
          retry = undefined;
          if (stopping) return;
          launch(opts, java, libDir, home, password).then(
            (next) => {
              if (stopping) {
                void stopChild(next, opts.log);
                return;
              }
              child = next;
              opts.log.warn({ attempt: attempt + 1 }, 'local Neo4j restarted');
              opts.onRestart?.(next.pid);
              supervise(next);
            },
            (err: unknown) => {
              opts.log.error({ err: err instanceof Error ? err.message : err }, 'local Neo4j restart failed');
              restart(attempt + 1);
            },
          );
        }, delayMs);
      };
      restart(0);
    });
  };
  if (opts.supervise) supervise(child);

  return {
    uri: `bolt://127.0.0.1:${opts.port}`,
    username: 'neo4j',
    password,
    home,
    pid: () => child.pid,
    stop: () => {
      stopping = true;
      if (retry) clearTimeout(retry);
      return stopChild(child, opts.log);
    },
  };
}

/**
 * How long a supervised server waits before restart attempt `attempt` (0-based):
 * 1 s, 2 s, 4 s… up to 30 s, so a store that cannot start (disk full, say) is not hammered.
 */
export function restartDelayMs(attempt: number): number {
  return Math.min(1_000 * 2 ** attempt, 30_000);
}

/** Spawns the JVM and resolves with it once it prints READY. */
async function launch(
  opts: LocalNeo4jOptions,
  java: string,
  libDir: string,
  home: string,
  password: string,
): Promise<ChildProcess> {
  opts.log.info({ home, port: opts.port }, 'starting local Neo4j');
  const started = Date.now();
  const child = spawn(
    java,
    [
      '-Xms256m',
      `-Xmx${opts.heapMb ?? 1024}m`,
      '-XX:+UseG1GC',
      '-cp',
      `${libDir}${path.sep}*`,
      launcherPath,
      home,
      String(opts.port),
      String(opts.pageCacheMb ?? 512),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LOCAL_NEO4J_PASSWORD: password } },
  );
  const tail: string[] = [];
  readline.createInterface({ input: child.stderr! }).on('line', (line) => {
    tail.push(line);
    if (tail.length > 40) tail.shift();
    opts.log.debug({ neo4j: line }, 'neo4j stderr');
  });

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new LocalNeo4jError(`local Neo4j did not start within ${opts.startTimeoutMs ?? 180_000} ms.${cause(tail)}`),
      );
    }, opts.startTimeoutMs ?? 180_000);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('READY')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new LocalNeo4jError(
          `local Neo4j exited with code ${code} before it was ready (is port ${opts.port} or ${home} in use?).${cause(tail)}`,
        ),
      );
    });
  });
  opts.log.info({ seconds: (Date.now() - started) / 1000, port: opts.port, pid: child.pid }, 'local Neo4j ready');
  return child;
}

/**
 * The useful line of a JVM's dying words: the innermost "Caused by" or the first
 * exception line, never the stack frames (LOG_LEVEL=debug shows them all).
 */
export function cause(stderr: string[]): string {
  const lines = stderr.map((l) => l.trim()).filter((l) => l && !l.startsWith('at ') && !/^\.\.\. \d+ more$/.test(l));
  const causedBy = lines.filter((l) => l.startsWith('Caused by:')).at(-1);
  const first = causedBy ?? lines.find((l) => /(Exception|Error)\b/.test(l)) ?? lines.at(-1);
  return first ? ` Neo4j said: ${first.replace(/^Caused by:\s*/, '')}` : '';
}

function stopChild(child: ChildProcess, log: Logger): Promise<void> {
  // A process killed by a signal has signalCode set and exitCode null; either way it is gone.
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    // The exit code tells a clean stop (143: the JVM ran its shutdown hook on SIGTERM) from a SIGKILL.
    child.once('exit', (code, signal) => {
      clearTimeout(killer);
      log.info({ code, signal }, 'local Neo4j stopped');
      resolve();
    });
    child.kill('SIGTERM');
  });
}
