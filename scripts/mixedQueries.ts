/** One GraphQL request of the mixed set: what a client of this API typically asks. */
export interface MixedQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * The mixed query set used by the soak and the fault tests: lookups by id, Relay
 * pages, search, graph traversals and the timeline, all against the seeded article.
 */
export const mixedQueries: readonly MixedQuery[] = [
  {
    name: 'person with roles',
    query: `query Person($id: ID!) {
  person(id: $id) { id name description roles { title actsFor { id name } } statements { id text } }
}`,
    variables: { id: 'vitali-klitschko' },
  },
  {
    name: 'place hierarchy',
    query: `query Place($id: ID!) {
  place(id: $id) { id name kind partOf { id name } contains { id name } events { id name date } figures { id count measure } }
}`,
    variables: { id: 'kharkiv' },
  },
  {
    name: 'events page',
    query: `query Events($first: Int) {
  events(first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name kind date places { id name } perpetrators { id name } } }
  }
}`,
    variables: { first: 10 },
  },
  {
    name: 'people page',
    query: `{ people(first: 20) { totalCount edges { node { id name roles { title } } } } }`,
  },
  {
    name: 'search',
    query: `query Search($text: String!) { search(text: $text, first: 5) { score entity { __typename id name } } }`,
    variables: { text: 'Kharkiv' },
  },
  {
    name: 'neighborhood',
    query: `{ neighborhood(id: "kyiv", depth: 2, limit: 100) { truncated nodes { id __typename } edges { id type from to } } }`,
  },
  {
    name: 'shortest path',
    query: `{ shortestPath(fromId: "vitali-klitschko", toId: "abu-dhabi", maxDepth: 6) { length nodes { id } edges { type } } }`,
  },
  {
    name: 'timeline',
    query: `{ timeline(first: 50) { __typename ... on Event { id name date } ... on Negotiation { id name date round } } }`,
  },
  {
    name: 'negotiation',
    query: `{ negotiation(id: "abu-dhabi-talks-2026") { id name date venues { id name } parties { id name } participants { role participant { id name } } rounds { id name } } }`,
  },
  {
    name: 'relationships',
    query: `{ organization(id: "ukrainian-delegation") { id name relationships(first: 20) { type direction other { id } provenance { quote start end } } } }`,
  },
];
