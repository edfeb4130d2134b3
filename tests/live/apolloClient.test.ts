import { ApolloClient, gql, HttpLink, InMemoryCache, split } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import { afterAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ENTITY_LABELS, NODE_LABELS } from '../../src/model.js';
import { testPrefix } from '../helpers/testDb.js';
import { useTestServer } from '../helpers/testServer.js';
import { post } from './liveClient.js';

// Apollo Client end to end: a watched query changes through the normalised cache
// when nodeChanged delivers, with no code beyond the subscription itself.

const P = testPrefix('live-apollo');
const TOKEN = 'live-apollo-token'.padEnd(32, 'x');
const provenance = { sourceId: 'article-2026-01-24-kyiv-kharkiv-abu-dhabi', quote: 'Kyiv Mayor Vitali Klitschko' };
const t = useTestServer({ listen: true, cleanupPrefix: P, env: { AUTH_TOKEN: TOKEN, LIVE_POLL_INTERVAL_MS: '100' } });

let wsClient: ReturnType<typeof createClient> | undefined;
let apollo: ApolloClient | undefined;
afterAll(async () => {
  apollo?.stop();
  await wsClient?.dispose();
});

it('updates a watched query through the cache when nodeChanged delivers', async () => {
  const id = `${P}-watched`;
  const created = await post(
    t.url,
    'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
    { input: { id, name: 'Before', provenance } },
    TOKEN,
  );
  expect(created.errors).toBeUndefined();

  wsClient = createClient({ url: t.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket });
  const link = split(
    ({ query }) => {
      const def = getMainDefinition(query);
      return def.kind === 'OperationDefinition' && def.operation === 'subscription';
    },
    new GraphQLWsLink(wsClient),
    new HttpLink({ uri: t.url }),
  );
  apollo = new ApolloClient({
    link,
    cache: new InMemoryCache({ possibleTypes: { Node: [...NODE_LABELS], Entity: [...ENTITY_LABELS] } }),
  });

  const names: string[] = [];
  const watched = apollo
    .watchQuery({
      query: gql`
        query ($id: ID!) {
          person(id: $id) {
            id
            name
          }
        }
      `,
      variables: { id },
    })
    .subscribe((r) => {
      const name = (r.data as { person?: { name: string } } | undefined)?.person?.name;
      if (name) names.push(name);
    });
  const live = apollo
    .subscribe({
      query: gql`
        subscription ($id: ID!) {
          nodeChanged(id: $id) {
            id
            ... on Person {
              name
            }
          }
        }
      `,
      variables: { id },
    })
    .subscribe(() => undefined);

  const until = async (pred: () => boolean) => {
    const deadline = Date.now() + 15_000;
    while (!pred()) {
      if (Date.now() > deadline) throw new Error(`names seen: ${JSON.stringify(names)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await until(() => names.includes('Before'));
  await new Promise((r) => setTimeout(r, 300));

  // The write goes around Apollo Client: only the subscription can tell the cache.
  const updated = await post(
    t.url,
    'mutation($id: ID!, $patch: PersonPatch!) { updatePerson(id: $id, patch: $patch) { id } }',
    { id, patch: { name: 'After', provenance } },
    TOKEN,
  );
  expect(updated.errors).toBeUndefined();
  await until(() => names.at(-1) === 'After');
  expect(names[0]).toBe('Before');
  watched.unsubscribe();
  live.unsubscribe();
});
