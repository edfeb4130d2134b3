import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../logger.js';
import { freePort } from './freePort.js';
import { isProcessAlive } from './isProcessAlive.js';
import { startLocalNeo4j, type LocalNeo4j } from './localNeo4j.js';

/** Written into every throwaway folder: the pid of the process that owns it. */
const OWNER_MARKER = '.throwaway-owner';
/** startLocalNeo4j keeps an instance in `<dir>/data/<name>`; a throwaway folder holds exactly one. */
const INSTANCE = 'default';

export interface ThrowawayNeo4jOptions {
  /** What the instance is for ("test", "fault", "bench", "soak"); it names the folder. */
  purpose: string;
  log: Logger;
  /** The local Neo4j folder whose jars are shared (default `.neo4j`). */
  dir?: string;
  /** JVM heap and page cache (defaults those of startLocalNeo4j). */
  heapMb?: number;
  pageCacheMb?: number;
}

let created = 0;

/**
 * A temporary local Neo4j for tests, the benchmark and the soak run: its own folder
 * (`<dir>/throwaway/<purpose>-<pid>-<n>`, marked with the owning pid), a free port,
 * and removal of the folders of runs that died. The folder is laid out as a complete
 * `LOCAL_NEO4J_DIR` (its `lib` links to the shared jars), so a child `npm start` can
 * also be pointed at it with {@link localEnv} and start this very instance itself.
 */
export class ThrowawayNeo4j {
  #running: LocalNeo4j | undefined;
  #starting: Promise<number> | undefined;
  #password: string | undefined;

  private constructor(
    /** The instance's own folder; deleted by {@link remove}. */
    readonly root: string,
    readonly port: number,
    private readonly opts: ThrowawayNeo4jOptions,
  ) {}

  /**
   * Makes the folder and picks the port without starting anything; {@link start}
   * starts it. Removes first the folders of earlier owners that are gone.
   */
  static async create(opts: ThrowawayNeo4jOptions): Promise<ThrowawayNeo4j> {
    const base = path.resolve(opts.dir ?? '.neo4j');
    removeStaleThrowaways(base);
    created += 1;
    const root = path.join(base, 'throwaway', `${opts.purpose}-${process.pid}-${created}`);
    mkdirSync(root, { recursive: true });
    writeFileSync(path.join(root, OWNER_MARKER), String(process.pid));
    // Jars are resolved once per machine into `<base>/lib`; share them, never copy 130 MB.
    mkdirSync(path.join(base, 'lib'), { recursive: true });
    symlinkSync(path.join(base, 'lib'), path.join(root, 'lib'), 'dir');
    return new ThrowawayNeo4j(root, await freePort(), opts);
  }

  /** {@link create}, then {@link start}. */
  static async start(opts: ThrowawayNeo4jOptions): Promise<ThrowawayNeo4j> {
    const neo = await ThrowawayNeo4j.create(opts);
    await neo.start();
    return neo;
  }

  /** The Neo4j home (data, logs, password file). */
  get home(): string {
    return path.join(this.root, 'data', INSTANCE);
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  readonly username = 'neo4j';

  /** The instance's generated password (known once it has been started, by us or by a child). */
  get password(): string {
    this.#password ??= readFileSync(path.join(this.home, 'password'), 'utf8').trim();
    return this.#password;
  }

  /** Process id of the JVM while this process runs it; undefined when stopped or killed. */
  get pid(): number | undefined {
    return this.#running?.pid();
  }

  /** The environment that points a server (in process or a child) at this running instance. */
  env(): Record<string, string> {
    return { NEO4J_URI: this.uri, NEO4J_USERNAME: this.username, NEO4J_PASSWORD: this.password };
  }

  /** The environment under which a child `npm start` (NEO4J_URI unset) starts this instance itself. */
  localEnv(): Record<string, string> {
    return { LOCAL_NEO4J_DIR: this.root, LOCAL_NEO4J_PORT: String(this.port) };
  }

  /**
   * Starts it (again, on the same port and data); resolves with the milliseconds it
   * took. A call while a start is under way waits for that one: two JVMs on one
   * folder would fail on Neo4j's store lock.
   */
  start(): Promise<number> {
    if (this.#running) return Promise.reject(new Error(`the Neo4j in ${this.root} is already running`));
    this.#starting ??= this.#start().finally(() => (this.#starting = undefined));
    return this.#starting;
  }

  async #start(): Promise<number> {
    const started = performance.now();
    this.#running = await startLocalNeo4j({
      dir: this.root,
      name: INSTANCE,
      port: this.port,
      log: this.opts.log,
      // A machine busy with other work can take minutes; the launcher's default is 3.
      startTimeoutMs: 600_000,
      ...(this.opts.heapMb ? { heapMb: this.opts.heapMb } : {}),
      ...(this.opts.pageCacheMb ? { pageCacheMb: this.opts.pageCacheMb } : {}),
    });
    this.#password = this.#running.password;
    return performance.now() - started;
  }

  /** Whether it runs (or is starting) under this process. */
  get running(): boolean {
    return this.#running !== undefined || this.#starting !== undefined;
  }

  /** Stops it cleanly (SIGTERM, as an operator would); its data stays. */
  async stop(): Promise<void> {
    await this.#running?.stop();
    this.#running = undefined;
  }

  /**
   * SIGKILLs the JVM, as a crash or the OOM killer would, and resolves once the
   * process is gone (reaped, so the launcher knows it exited).
   */
  async kill(): Promise<void> {
    const pid = this.pid;
    if (pid === undefined) throw new Error(`the Neo4j in ${this.root} is not running`);
    process.kill(pid, 'SIGKILL');
    while (isProcessAlive(pid)) await new Promise((r) => setTimeout(r, 20));
    this.#running = undefined;
  }

  /** Stops it if it runs and deletes its folder. */
  async remove(): Promise<void> {
    await this.#starting?.catch(() => undefined);
    // A JVM frozen by SIGSTOP would not act on the SIGTERM of stop().
    if (this.pid !== undefined && isProcessAlive(this.pid)) process.kill(this.pid, 'SIGCONT');
    await this.stop();
    rmSync(this.root, { recursive: true, force: true });
  }
}

/**
 * Deletes the throwaway folders under `<dir>/throwaway` whose owning process is gone
 * (a run that crashed or was killed before cleaning up). A folder without the owner
 * marker is never touched. Their JVMs are gone too: the launcher exits when its
 * parent's end of stdin closes.
 */
export function removeStaleThrowaways(dir: string): void {
  const parent = path.join(dir, 'throwaway');
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    const marker = path.join(parent, entry, OWNER_MARKER);
    if (!existsSync(marker)) continue;
    const owner = Number(readFileSync(marker, 'utf8'));
    if (Number.isInteger(owner) && owner > 0 && !isProcessAlive(owner)) {
      rmSync(path.join(parent, entry), { recursive: true, force: true });
    }
  }
}
