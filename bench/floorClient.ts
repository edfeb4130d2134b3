import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopChild } from './children.js';
import type { FloorMessage, FloorStatement } from './floorWorker.js';
import type { LoadResult } from './loadResult.js';

type Reply = { type: 'ready' } | { type: 'result'; result: LoadResult } | { type: 'error'; message: string };

/** The orchestrator's handle on the floor process (floorWorker.ts). */
export class FloorClient {
  readonly #child: ChildProcess;

  private constructor(child: ChildProcess) {
    this.#child = child;
  }

  static start(): FloorClient {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'floorWorker.ts');
    return new FloorClient(
      fork(file, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
    );
  }

  get pid(): number {
    return this.#child.pid!;
  }

  #ask(msg: FloorMessage): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`floor process exited (${code})`));
      this.#child.once('exit', onExit);
      this.#child.once('message', (reply: Reply) => {
        this.#child.off('exit', onExit);
        if (reply.type === 'error') reject(new Error(reply.message));
        else resolve(reply);
      });
      this.#child.send(msg);
    });
  }

  /** Hands over the statements to replay per question; the worker checks each once against our server's rows. */
  async setup(
    connection: Extract<FloorMessage, { type: 'setup' }>['connection'],
    plans: Record<string, FloorStatement[]>,
  ) {
    await this.#ask({ type: 'setup', connection, plans });
  }

  async run(name: string, concurrency: number, durationMs: number, maxRequests: number): Promise<LoadResult> {
    const reply = await this.#ask({ type: 'run', name, concurrency, durationMs, maxRequests });
    if (reply.type !== 'result') throw new Error('floor: unexpected reply');
    return reply.result;
  }

  stop(): Promise<void> {
    return stopChild(this.#child);
  }
}
