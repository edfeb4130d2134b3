import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { gql } from 'graphql-tag';

/**
 * A second team's service for the composition tests: a sanctions screening list
 * keyed by our people's ids. It extends `Person` by its key with one field of its
 * own and has a root list of Person references; it knows nothing else about them.
 */
export interface SanctionsSubgraph {
  url: string;
  /** The `_entities` requests it has answered, each with the ids it was asked for. */
  entityRequests: string[][];
  stop(): Promise<void>;
}

const typeDefs = gql`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])

  type Person @key(fields: "id") {
    id: ID!
    "Whether the person is on this service's sanctions list."
    sanctioned: Boolean!
  }

  type Query {
    "The people this service has screened, as references to the knowledge graph's Person."
    screenedPeople: [Person!]!
  }
`;

/** Starts the subgraph on 127.0.0.1 on a free port; `screened` maps person ids to their status. */
export async function startSanctionsSubgraph(screened: ReadonlyMap<string, boolean>): Promise<SanctionsSubgraph> {
  const entityRequests: string[][] = [];
  const server = new ApolloServer({
    schema: buildSubgraphSchema({
      typeDefs,
      resolvers: {
        Query: { screenedPeople: () => [...screened.keys()].map((id) => ({ id })) },
        Person: {
          __resolveReference: (ref: { id: string }) => ({ id: ref.id, sanctioned: screened.get(ref.id) ?? false }),
          sanctioned: (p: { id: string; sanctioned?: boolean }) => p.sanctioned ?? screened.get(p.id) ?? false,
        },
      },
    }),
    plugins: [
      {
        async requestDidStart({ request }) {
          const reps = request.variables?.representations as { id: string }[] | undefined;
          if (reps) entityRequests.push(reps.map((r) => r.id));
        },
      },
    ],
  });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: 0 } });
  return { url, entityRequests, stop: () => server.stop() };
}
