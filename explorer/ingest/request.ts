/** A GraphQL error as the page shows it: its `extensions.code` and message. */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

interface Response<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Runs one operation against POST /graphql, with the bearer token when one is given.
 * Unlike the explorer's `gql`, it keeps each error's code, which this page shows.
 */
export async function call<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  let body: Response<T>;
  try {
    body = (await res.json()) as Response<T>;
  } catch {
    throw new RequestError(`HTTP_${res.status}`, `The server answered ${res.status} without JSON.`);
  }
  const first = body.errors?.[0];
  if (first) throw new RequestError(first.extensions?.code ?? `HTTP_${res.status}`, first.message);
  if (!body.data) throw new RequestError(`HTTP_${res.status}`, `The server answered ${res.status} without data.`);
  return body.data;
}
