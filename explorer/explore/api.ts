interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

/** Thrown when the server answers with GraphQL errors. */
export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
}

/** Runs one operation against this server's public endpoint (POST /graphql, JSON). */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body: GraphQLResponse<T>;
  try {
    body = (await res.json()) as GraphQLResponse<T>;
  } catch {
    throw new GraphQLRequestError(`The server answered ${res.status} without JSON.`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join(' '));
  if (!body.data) throw new GraphQLRequestError(`The server answered ${res.status} without data.`);
  return body.data;
}
