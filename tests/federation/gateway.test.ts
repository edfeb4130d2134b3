import { ApolloServer } from '@apollo/server';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTestServer } from '../helpers/testServer.js';
import { startSanctionsSubgraph, type SanctionsSubgraph } from './sanctionsSubgraph.js';

// This server (FEDERATION=true, over real HTTP) composed with a second subgraph by
// @apollo/gateway, as a router would: the gateway introspects both `_service { sdl }`
// and plans every query across them. Introspection is off, as in production: the
// gateway needs only `_service`.

const ours = useTestServer({ env: { FEDERATION: 'true', INTROSPECTION: 'false' }, listen: true });
const SCREENED = new Map([
  ['vladimir-putin', true],
  ['volodymyr-zelenskyy', false],
]);

let sanctions: SanctionsSubgraph;
let gateway: ApolloServer;

async function viaGateway<T>(query: string): Promise<T> {
  const res = await gateway.executeOperation({ query });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  expect(res.body.singleResult.errors).toBeUndefined();
  return res.body.singleResult.data as T;
}

beforeAll(async () => {
  sanctions = await startSanctionsSubgraph(SCREENED);
  gateway = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: new IntrospectAndCompose({
        subgraphs: [
          { name: 'knowledge', url: ours.url },
          { name: 'sanctions', url: sanctions.url },
        ],
      }),
    }),
  });
  await gateway.start();
});

afterAll(async () => {
  await gateway?.stop();
  await sanctions?.stop();
});

type Person = { id: string; name: string; roles: { title: string | null; actsFor: { name: string } }[] };

describe('behind @apollo/gateway with a second subgraph', () => {
  it("resolves the other subgraph's list of Person references by key, with our fields and relationships", async () => {
    const { screenedPeople } = await viaGateway<{ screenedPeople: (Person & { sanctioned: boolean })[] }>(
      '{ screenedPeople { id sanctioned name roles { title actsFor { name } } } }',
    );
    // The same people read from this server directly.
    const direct = await Promise.all(
      [...SCREENED.keys()].map(async (id) => {
        const { person } = await ours.data<{ person: Person }>(
          'query($id: ID!) { person(id: $id) { id name roles { title actsFor { name } } } }',
          { id },
        );
        return { ...person, sanctioned: SCREENED.get(id) };
      }),
    );
    expect(direct.every((p) => p.name && p.roles.length > 0)).toBe(true);
    expect(screenedPeople).toEqual(direct);
  });

  it("joins a root field of ours with the other subgraph's field, in one batched fetch from it", async () => {
    const { people } = await viaGateway<{
      people: { totalCount: number; edges: { node: { id: string; name: string; sanctioned: boolean } }[] };
    }>('{ people(first: 100) { totalCount edges { node { id name sanctioned } } } }');
    const direct = await ours.data<{ people: { edges: { node: { id: string; name: string } }[] } }>(
      '{ people(first: 100) { edges { node { id name } } } }',
    );
    expect(people.edges.map((e) => ({ id: e.node.id, name: e.node.name }))).toEqual(
      direct.people.edges.map((e) => e.node),
    );
    expect(people.edges.length).toBe(people.totalCount);
    for (const { node } of people.edges) expect(node.sanctioned, node.id).toBe(SCREENED.get(node.id) ?? false);
    expect(people.edges.filter((e) => e.node.sanctioned).map((e) => e.node.id)).toEqual(['vladimir-putin']);
    // Every person of the page reached the other subgraph in a single `_entities` request.
    expect(sanctions.entityRequests.at(-1)?.sort()).toEqual(people.edges.map((e) => e.node.id).sort());
  });
});
