import { createClient, type Client } from 'graphql-ws';

/** What the indicator shows: updates arriving, being set up, or not available (the page still works). */
export type LiveState = 'live' | 'connecting' | 'off';

const WATCH = `subscription Watch($ids: [ID!]) { graphChanged(ids: $ids) { seq nodeIds } }`;

/** Changes arriving this close together are drawn in one refetch. */
const SETTLE_MS = 150;

/**
 * Keeps the drawing current: one `graphChanged` subscription filtered by the ids
 * drawn, rather than one `nodeChanged` per node, so a drawing of 150 nodes costs one
 * subscription (the server allows 20 per connection) and one refetch per burst of
 * writes. The writer lists both ends of a relationship it adds, so a node that
 * appears next to a drawn one is caught by the drawn one's id. When the socket is
 * unavailable the indicator says so and the page works as before, without updates.
 */
export function liveUpdates(
  indicator: HTMLElement,
  onChange: (nodeIds: string[]) => void,
): { watch(ids: string[]): void; state(): LiveState } {
  let state: LiveState = 'off';
  let client: Client | undefined;
  let stop: (() => void) | undefined;
  let watched = '';
  let pending = new Set<string>();
  let timer: number | undefined;

  const show = (next: LiveState) => {
    state = next;
    indicator.dataset.state = next;
    indicator.textContent = next === 'live' ? 'Live' : next === 'connecting' ? 'Connecting…' : 'Not live';
    indicator.title =
      next === 'live'
        ? 'Changes to the drawn nodes are redrawn as they are written.'
        : next === 'connecting'
          ? 'Connecting for live updates.'
          : 'Live updates are unavailable; reload to see changes.';
  };
  show('off');

  const connect = (): Client => {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    return createClient({
      url: `${scheme}://${location.host}/graphql`,
      lazy: true,
      // Renewing the subscription when the drawing changes must not reopen the socket.
      lazyCloseTimeout: 5_000,
      retryAttempts: 5,
      on: {
        connecting: () => show('connecting'),
        connected: () => show('live'),
        closed: () => show('off'),
        error: () => show('off'),
      },
    });
  };

  const flush = () => {
    timer = undefined;
    const ids = [...pending];
    pending = new Set();
    onChange(ids);
  };

  return {
    watch(ids: string[]) {
      const key = [...new Set(ids)].sort().join('\n');
      if (key === watched) return;
      watched = key;
      stop?.();
      stop = undefined;
      if (!ids.length) return;
      if (typeof WebSocket === 'undefined') return;
      client ??= connect();
      stop = client.subscribe<{ graphChanged: { seq: string; nodeIds: string[] } }>(
        { query: WATCH, variables: { ids: key.split('\n') } },
        {
          next: (r) => {
            for (const id of r.data?.graphChanged.nodeIds ?? []) pending.add(id);
            timer ??= window.setTimeout(flush, SETTLE_MS);
          },
          // Quietly: the drawing stays as it is, and the indicator says updates stopped.
          error: () => show('off'),
          complete: () => undefined,
        },
      );
    },
    state: () => state,
  };
}
