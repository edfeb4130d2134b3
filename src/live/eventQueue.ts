import { CloseCode, type Live } from './liveContext.js';

/**
 * A subscription's buffer between the feed follower (which pushes at once) and the
 * socket (which takes events as fast as the client reads them). When the client
 * falls behind, by events held here or by bytes the socket has not sent, the socket
 * is closed with {@link CloseCode.SlowConsumer} before the backlog can grow further.
 */
export class EventQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiting: ((r: IteratorResult<T>) => void) | undefined;
  private done = false;

  constructor(
    private readonly live: Pick<Live, 'socket' | 'maxQueuedEvents' | 'maxBufferedBytes'>,
    private readonly onClose: () => void,
  ) {}

  push(item: T): void {
    if (this.done) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: item, done: false });
      return;
    }
    const { socket, maxQueuedEvents, maxBufferedBytes } = this.live;
    if (this.items.length >= maxQueuedEvents || socket.bufferedAmount > maxBufferedBytes) {
      this.end();
      socket.close(CloseCode.SlowConsumer, 'Slow consumer: events arrived faster than they were read');
      return;
    }
    this.items.push(item);
  }

  /** Takes every item queued now without waiting (for coalescing). */
  drain(): T[] {
    return this.items.splice(0);
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length) return Promise.resolve({ value: this.items.shift() as T, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<T>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    this.items.length = 0;
    this.onClose();
    const resolve = this.waiting;
    this.waiting = undefined;
    resolve?.({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
