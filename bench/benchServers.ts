import { startServer, type ServerChild } from './children.js';
import type { PeerField } from './peer/cypherFields.js';

/** The HTTP targets of one size: ours, ours with the response cache (if asked), the peer. */
export interface SizeServers {
  ours: ServerChild;
  cached: ServerChild | undefined;
  peer: ServerChild;
}

/**
 * The server processes the benchmark times, kept across sizes where they can be:
 *
 * - ours, without the response cache, for every comparison: started once;
 * - ours with the cache (the server's default), only for the repeated-read
 *   measurement, started anew at each size: the bulk load writes around the change
 *   feed, so a cache kept from the size before would not know the graph grew;
 * - the peer, restarted when its @cypher fields change (they are built from the
 *   statements our server sent at this size).
 */
export class BenchServers {
  #ours: ServerChild | undefined;
  #cached: ServerChild | undefined;
  #peer: ServerChild | undefined;
  #peerFields = '';

  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly cache: boolean,
  ) {}

  /** The servers for the next size, whose peer serves `peerFields`. */
  async forSize(peerFields: readonly PeerField[]): Promise<SizeServers> {
    this.#ours ??= await startServer('ours', 'serveOurs.ts', { ...this.env, RESPONSE_CACHE: 'false' });
    if (this.cache) {
      await this.#cached?.stop();
      this.#cached = await startServer('cached', 'serveOurs.ts', { ...this.env, RESPONSE_CACHE: 'true' });
    }
    const fields = JSON.stringify(peerFields);
    if (!this.#peer || fields !== this.#peerFields) {
      await this.#peer?.stop();
      this.#peer = await startServer('peer', 'peer/servePeer.ts', { ...this.env, BENCH_PEER_FIELDS: fields });
      this.#peerFields = fields;
    }
    return { ours: this.#ours, cached: this.#cached, peer: this.#peer };
  }

  async stop(): Promise<void> {
    for (const s of [this.#peer, this.#cached, this.#ours]) await s?.stop();
    this.#ours = this.#cached = this.#peer = undefined;
  }
}
