import type { FeedFollower } from './feedFollower.js';

/** The socket a subscription is delivered on, as far as live updates need it. */
export interface LiveSocket {
  /** Bytes queued on the socket but not yet sent. */
  readonly bufferedAmount: number;
  close(code: number, reason: string): void;
}

/** What a subscription resolver needs beyond the request context; set only on WebSocket contexts. */
export interface Live {
  follower: FeedFollower;
  socket: LiveSocket;
  maxQueuedEvents: number;
  maxBufferedBytes: number;
  /** Fresh loaders and statement count for one event, so each event's reads are batched and counted on their own. */
  renew(): void;
}

/** Close codes of live updates beyond graphql-ws's own (4400 bad request, 4408 init timeout, 4429 too many inits…). */
export const CloseCode = {
  /** RFC 6455: the server is going away (SIGTERM, stop()). */
  GoingAway: 1001,
  /** The client did not take its events fast enough; reconnect with `since` to resume. */
  SlowConsumer: 4009,
} as const;
